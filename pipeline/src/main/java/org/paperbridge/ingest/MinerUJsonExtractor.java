package org.paperbridge.ingest;

import org.paperbridge.model.Stage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.paperbridge.model.PipelineException;

/**
 * Reads MinerU's {@code content_list.json}: an array of typed blocks (text with text_level,
 * title, table, image, equation, list, page_footnote, header/footer…) with a 0-based page_idx.
 */
public final class MinerUJsonExtractor implements Extractor {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Blocks extract(byte[] bytes, String name) throws PipelineException {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new PipelineException(Stage.INGEST, "damaged MinerU JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isArray()) {
            throw new PipelineException(Stage.INGEST, "not a MinerU content list: the JSON is not an array of blocks");
        }
        List<Block> blocks = new ArrayList<>();
        int pages = 0;
        for (JsonNode item : root) {
            int page = item.path("page_idx").asInt(-1) + 1;
            pages = Math.max(pages, page);
            add(blocks, item, Math.max(page, 0));
        }
        return new Blocks("mineru-json", pages > 0 ? pages : null, blocks);
    }

    private static void add(List<Block> blocks, JsonNode item, int page) {
        String type = item.path("type").asText("text");
        String text = item.path("text").asText("").strip();
        int level = item.path("text_level").asInt(0);
        switch (type) {
            case "title" -> add(blocks, text, BlockKind.HEADING, page, level > 0 ? level : 1);
            case "text", "ref_text" -> add(blocks, text, level > 0 ? BlockKind.HEADING
                    : "ref_text".equals(type) ? BlockKind.LIST_ITEM : BlockKind.PARAGRAPH, page, level);
            case "list" -> {
                if (item.path("list_items").isArray()) {
                    item.path("list_items").forEach(li -> add(blocks, li.asText("").strip(), BlockKind.LIST_ITEM, page, 0));
                } else {
                    add(blocks, text, BlockKind.LIST_ITEM, page, 0);
                }
            }
            case "page_footnote", "footnote" -> add(blocks, text, BlockKind.FOOTNOTE, page, 0);
            case "header", "footer", "page_number", "aside_text", "page_header", "page_footer" ->
                    add(blocks, text, BlockKind.RUNNING, page, 0);
            case "equation", "interline_equation" -> add(blocks, text, BlockKind.EQUATION, page, 0);
            case "table" -> {
                captions(blocks, item.path("table_caption"), page);
                String body = item.path("table_body").asText(text);
                add(blocks, body.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip(), BlockKind.TABLE, page, 0);
                notes(blocks, item.path("table_footnote"), page);
            }
            case "image", "chart" -> {
                captions(blocks, item.path("image_caption"), page);
                notes(blocks, item.path("image_footnote"), page);
            }
            default -> add(blocks, text, BlockKind.PARAGRAPH, page, 0);
        }
    }

    private static void captions(List<Block> blocks, JsonNode captions, int page) {
        for (String caption : strings(captions)) {
            add(blocks, caption, BlockKind.CAPTION, page, 0);
        }
    }

    private static void notes(List<Block> blocks, JsonNode notes, int page) {
        for (String note : strings(notes)) {
            add(blocks, note, BlockKind.FOOTNOTE, page, 0);
        }
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText("").strip()));
        } else if (node.isTextual()) {
            out.add(node.asText().strip());
        }
        return out;
    }

    private static void add(List<Block> blocks, String text, BlockKind kind, int page, int level) {
        if (!text.isBlank()) {
            blocks.add(new Block(text, kind, Zone.UNKNOWN, page, kind == BlockKind.HEADING ? level : 0));
        }
    }
}
