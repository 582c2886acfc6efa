package org.paperbridge.structure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.paperbridge.clean.HeadingNumber;
import org.paperbridge.ingest.Block;
import org.paperbridge.ingest.BlockKind;
import org.paperbridge.ingest.Zone;

/** Test-only access to the seed article, cut into blocks roughly as the clean stage will. */
final class SeedFixture {
    private SeedFixture() {
    }

    static Path root() {
        return Path.of(System.getProperty("paperbridge.root"));
    }

    static List<String> lines() throws IOException {
        return Files.readAllLines(root().resolve("fixtures/seed/000_ce62bb77f3435be5.txt"), StandardCharsets.UTF_8);
    }

    static JsonNode expected() throws IOException {
        return new ObjectMapper().readTree(root().resolve("fixtures/seed/expected.json").toFile());
    }

    /**
     * The body between the keyword lines and the reference list: numbered short lines are
     * headings, first-page footnotes are FOOTNOTE blocks, a paragraph cut by a page break (not
     * ending in 。) is rejoined with the next, and ^[n] markers become [n], as clean will do.
     */
    static List<Block> bodyBlocks() throws IOException {
        List<Block> blocks = new ArrayList<>();
        boolean inBody = false;
        boolean continues = false;
        for (String line : lines()) {
            String s = line.strip();
            if (s.startsWith("Key words")) {
                inBody = true;
                continue;
            }
            if (s.startsWith("参考文献")) {
                break;
            }
            if (!inBody || s.isEmpty()) {
                continue;
            }
            if (s.startsWith("收稿日期") || s.startsWith("基金项目") || s.startsWith("*")) {
                blocks.add(new Block(s, BlockKind.FOOTNOTE, Zone.BODY, 1, 0));
            } else if (s.length() < 40 && !s.contains("。") && HeadingNumber.parse(s).isPresent()) {
                blocks.add(new Block(s, BlockKind.HEADING, Zone.BODY, 1, 0));
            } else {
                s = s.replace("^[", "[");
                if (continues) {
                    int last = lastParagraph(blocks);
                    blocks.set(last, blocks.get(last).withText(blocks.get(last).text() + s));
                } else {
                    blocks.add(new Block(s, BlockKind.PARAGRAPH, Zone.BODY, 1, 0));
                }
                continues = !s.endsWith("。");
            }
        }
        return blocks;
    }

    private static int lastParagraph(List<Block> blocks) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (blocks.get(i).kind() == BlockKind.PARAGRAPH) {
                return i;
            }
        }
        throw new IllegalStateException("no paragraph to continue");
    }

    /**
     * The reference list, one block per non-empty line with the list bullet removed; with
     * {@code joinBroken} a line not starting with "[" is appended to the block before, mending
     * the hyphen in a DOI as clean does.
     */
    static List<Block> referenceBlocks(boolean joinBroken) throws IOException {
        List<String> texts = new ArrayList<>();
        boolean inRefs = false;
        for (String line : lines()) {
            String s = line.strip().replaceFirst("^- ", "");
            if (s.startsWith("参考文献")) {
                inRefs = true;
                texts.add(s);
                continue;
            }
            if (!inRefs || s.isEmpty()) {
                continue;
            }
            if (joinBroken && !s.startsWith("[")) {
                String prev = texts.remove(texts.size() - 1);
                texts.add(prev.substring(0, prev.length() - 1) + s);
            } else {
                texts.add(s);
            }
        }
        List<Block> blocks = new ArrayList<>();
        for (String t : texts) {
            BlockKind kind = t.startsWith("参考文献") ? BlockKind.HEADING : BlockKind.PARAGRAPH;
            blocks.add(new Block(t, kind, Zone.REFERENCES, 1, 0));
        }
        return blocks;
    }
}
