package org.paperbridge.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The seed article read into parts for the format fixtures: front matter, first-page notes,
 * body (headings and paragraphs, with paragraphs cut by the converter's page breaks rejoined)
 * and references. Inline markup stays as in the seed: {@code ^[n]}, {@code ^{x}}, {@code *it*}.
 */
record SeedArticle(List<String> front, List<String> notes, List<Part> body, String referencesTitle,
                   List<String> references) {

    /** A heading or a paragraph of the body. */
    record Part(boolean heading, String text) {
    }

    private static final Pattern HEADING = Pattern.compile("^\\d+(\\.\\d+)*\\s+\\S.{0,40}$");
    private static final Pattern NOTE = Pattern.compile("^(\\*\\s*)?(收稿日期|基金项目|通信作者)");
    private static final Pattern SENTENCE_END = Pattern.compile("[。.!?！？)）]$");

    static Path root() {
        return Path.of(System.getProperty("paperbridge.root", "..")).toAbsolutePath().normalize();
    }

    static SeedArticle load() throws IOException {
        String text = Files.readString(root().resolve("fixtures/seed/000_ce62bb77f3435be5.txt"), StandardCharsets.UTF_8);
        int refs = text.indexOf("\n参考文献");
        List<String> references = new ArrayList<>();
        for (String line : text.substring(text.indexOf('\n', refs + 1) + 1).split("\n")) {
            String item = line.strip();
            if (item.startsWith("- [")) {
                references.add(item.substring(2).strip());
            } else if (!item.isEmpty() && !references.isEmpty()) {
                int last = references.size() - 1; // a reference the converter cut in two
                references.set(last, asPublished(references.get(last), item.replaceFirst("^-\\s*", "")));
            }
        }
        List<String> blocks = new ArrayList<>();
        for (String b : text.substring(0, refs + 1).split("\\n\\s*\\n")) {
            if (!b.isBlank()) {
                blocks.add(b.strip().replaceAll("\\s*\\n\\s*", " "));
            }
        }
        List<String> front = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Part> body = new ArrayList<>();
        String referencesTitle = text.substring(refs + 1, text.indexOf('\n', refs + 1)).strip();
        int i = 0;
        while (i < blocks.size()) {
            String b = blocks.get(i++);
            front.add(b);
            if (b.startsWith("Key words")) {
                break;
            }
        }
        for (; i < blocks.size(); i++) {
            String b = blocks.get(i);
            if (NOTE.matcher(b).find()) {
                notes.add(b);
            } else if (HEADING.matcher(b).matches()) {
                body.add(new Part(true, b));
            } else if (!body.isEmpty() && !body.get(body.size() - 1).heading()
                    && !SENTENCE_END.matcher(body.get(body.size() - 1).text()).find()) {
                Part previous = body.remove(body.size() - 1);
                body.add(new Part(false, previous.text() + b)); // a paragraph the page break cut
            } else {
                body.add(new Part(false, b));
            }
        }
        return new SeedArticle(front, notes, body, referencesTitle, references);
    }

    /**
     * A reference the converter cut at a line end, as the journal published it: the seed's PDF
     * broke {@code doi:10.1126/scitranslmed…} after a hyphen of its own ({@code scitrans-} +
     * {@code lmed…}), which a DOCX, an HTML page or MinerU's JSON of the article would not carry.
     */
    static String asPublished(String head, String tail) {
        boolean brokenDoi = head.matches("(?s).*\\b10\\.\\d{4,9}/\\S*[A-Za-z]-") && tail.matches("(?s)^[a-z].*");
        return brokenDoi ? head.substring(0, head.length() - 1) + tail : head + tail;
    }

    /** Text without the seed's inline markup: what a reader sees. */
    static String plain(String text) {
        return text.replaceAll("\\^\\[([^\\]]+)]", "[$1]").replaceAll("\\^\\{([^}]*)}", "$1")
                .replaceAll("\\*([^*]+)\\*", "$1");
    }

    /** All visible text of the body in order, for reading-order comparisons. */
    String bodyText() {
        StringBuilder s = new StringBuilder();
        for (Part p : body) {
            s.append(plain(p.text())).append('\n');
        }
        return s.toString();
    }
}
