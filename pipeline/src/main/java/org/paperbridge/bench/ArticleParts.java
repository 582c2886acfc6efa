package org.paperbridge.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An article text (the seed's layout: blocks separated by blank lines) read into the parts a
 * typesetter places: front matter (up to the English key-words line), first-page notes, body
 * (numbered headings and paragraphs, with paragraphs cut by a converter's page breaks rejoined)
 * and references. Inline markup stays as written: {@code ^[n]}, {@code ^{x}}, {@code *it*}.
 */
public record ArticleParts(List<String> front, List<String> notes, List<Part> body, String referencesTitle,
                           List<String> references) {

    /** A heading or a paragraph of the body. */
    public record Part(boolean heading, String text) {
    }

    private static final Pattern HEADING = Pattern.compile("^\\d+(\\.\\d+)*\\s+\\S.{0,40}$");
    private static final Pattern NOTE = Pattern.compile("^(\\*\\s*)?(收稿日期|基金项目|通信作者|通讯作者)");
    private static final Pattern SENTENCE_END = Pattern.compile("[。.!?！？)）]$");
    private static final Pattern KEY_WORDS = Pattern.compile("^(?i:key\\s*words)\\b");
    private static final Pattern REFERENCES_TITLE = Pattern.compile("(?m)^[ \\t]*(参考文献|References|REFERENCES)\\s*[:：]?[ \\t]*$");
    private static final Pattern REFERENCE_ITEM = Pattern.compile("^(?:[-*]\\s*)?(\\[\\d+].*)$");

    public ArticleParts {
        front = List.copyOf(front);
        notes = List.copyOf(notes);
        body = List.copyOf(body);
        references = List.copyOf(references);
    }

    /** Reads an article text; without a references title line, the references are empty. */
    public static ArticleParts parse(String text) {
        var refs = REFERENCES_TITLE.matcher(text);
        boolean hasReferences = refs.find();
        int refsStart = hasReferences ? refs.start() : text.length();
        String referencesTitle = hasReferences ? refs.group().strip() : "";
        List<String> references = hasReferences ? references(text.substring(refs.end())) : List.of();
        List<String> blocks = new ArrayList<>();
        for (String b : text.substring(0, refsStart).split("\\n\\s*\\n")) {
            if (!b.isBlank()) {
                blocks.add(b.strip().replaceAll("\\s*\\n\\s*", " "));
            }
        }
        int frontEnd = frontEnd(blocks);
        List<String> front = new ArrayList<>(blocks.subList(0, frontEnd));
        List<String> notes = new ArrayList<>();
        List<Part> body = new ArrayList<>();
        for (String b : blocks.subList(frontEnd, blocks.size())) {
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
        return new ArticleParts(front, notes, body, referencesTitle, references);
    }

    /** Blocks up to the English key-words line, or else up to the first numbered heading. */
    private static int frontEnd(List<String> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (KEY_WORDS.matcher(blocks.get(i)).find()) {
                return i + 1;
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (HEADING.matcher(blocks.get(i)).matches()) {
                return i;
            }
        }
        return Math.min(1, blocks.size());
    }

    /** Whether the text was in the expected layout: numbered headings in the body and a reference list. */
    public boolean hasHeadingsAndReferences() {
        return !references.isEmpty() && body.stream().anyMatch(Part::heading);
    }

    /** Items opening with [n] (as a list item or not); other lines continue the item before. */
    private static List<String> references(String section) {
        List<String> references = new ArrayList<>();
        for (String line : section.split("\n")) {
            String item = line.strip();
            var m = REFERENCE_ITEM.matcher(item);
            if (m.matches()) {
                references.add(m.group(1).strip());
            } else if (!item.isEmpty() && !references.isEmpty()) {
                int last = references.size() - 1; // a reference the converter cut in two
                references.set(last, asPublished(references.get(last), item.replaceFirst("^-\\s*", "")));
            }
        }
        return references;
    }

    /**
     * A reference the converter cut at a line end, as the journal published it: a PDF that broke
     * a DOI after a hyphen of its own ({@code scitrans-} + {@code lmed…}) leaves a hyphen that a
     * DOCX, an HTML page or MinerU's JSON of the article would not carry.
     */
    static String asPublished(String head, String tail) {
        boolean brokenDoi = head.matches("(?s).*\\b10\\.\\d{4,9}/\\S*[A-Za-z]-") && tail.matches("(?s)^[a-z].*");
        return brokenDoi ? head.substring(0, head.length() - 1) + tail : head + tail;
    }

    /** Text without the inline markup: what a reader sees. */
    public static String plain(String text) {
        return text.replaceAll("\\^\\[([^\\]]+)]", "[$1]").replaceAll("\\^\\{([^}]*)}", "$1")
                .replaceAll("\\*([^*]+)\\*", "$1");
    }

    /** All visible text of the body in order, for reading-order comparisons. */
    public String bodyText() {
        StringBuilder s = new StringBuilder();
        for (Part p : body) {
            s.append(plain(p.text())).append('\n');
        }
        return s.toString();
    }
}
