package org.paperbridge.ingest;

import org.paperbridge.lang.Scripts;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Turns Tika's XHTML SAX events into blocks: one per heading, paragraph, list item, table row… */
final class XhtmlBlockHandler extends DefaultHandler {
    private static final Pattern CITATION = Pattern.compile("\\[?\\s*\\d+(\\s*[-–,，]\\s*\\d+)*\\s*]?");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern SPACE_BETWEEN_CJK = Pattern.compile("(?<=[\\p{IsHan}，。；：、])\\s+(?=[\\p{IsHan}，。；：、])");

    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder sup = new StringBuilder();
    private final Deque<BlockKind> kinds = new ArrayDeque<>();
    private final Deque<Integer> levels = new ArrayDeque<>();
    private int supDepth;
    private int skipDepth;
    private int footnoteDepth;
    private int depth;
    private boolean seenHeading;

    List<Block> blocks() {
        flush();
        return List.copyOf(blocks);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = localName.isEmpty() ? qName : localName;
        name = name.toLowerCase(Locale.ROOT);
        depth++;
        if (skipDepth > 0 || "head".equals(name) || "script".equals(name) || "style".equals(name)) {
            skipDepth++;
            return;
        }
        // Tika hands EPUB's epub:type over without its prefix, as "type"; DPUB-ARIA says role="doc-footnote".
        String cls = (atts.getValue("class") + " " + atts.getValue("epub:type") + " " + atts.getValue("type") + " "
                + atts.getValue("role") + " " + atts.getValue("id")).toLowerCase(Locale.ROOT);
        boolean footnote = cls.contains("footnote") || cls.contains("endnote") || cls.matches(".*\\bfn\\d.*");
        if (footnote && !"a".equals(name) && !"sup".equals(name) && !"span".equals(name)) {
            flush();
            footnoteDepth = depth;
        }
        switch (name) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> open(BlockKind.HEADING, name.charAt(1) - '0');
            case "p", "div", "blockquote", "pre", "dd", "dt" -> open(BlockKind.PARAGRAPH, 0);
            case "li" -> open(BlockKind.LIST_ITEM, 0);
            case "tr" -> open(BlockKind.TABLE, 0);
            case "caption", "figcaption" -> open(BlockKind.CAPTION, 0);
            case "td", "th" -> text.append('\t');
            case "br" -> text.append('\n');
            case "sup" -> supDepth++;
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = (localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
        if (skipDepth > 0) {
            skipDepth--;
            depth--;
            return;
        }
        switch (name) {
            case "h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "blockquote", "pre", "dd", "dt", "li", "tr",
                    "caption", "figcaption" -> close();
            case "sup" -> {
                supDepth--;
                if (supDepth == 0) {
                    text.append(marker(sup.toString().strip()));
                    sup.setLength(0);
                }
            }
            default -> { }
        }
        if (footnoteDepth == depth) {
            flush();
            footnoteDepth = 0;
        }
        depth--;
    }

    /**
     * Text past this many characters is no article but a decompression bomb or a data dump: stop
     * before it fills the heap (the longest real articles hold a few hundred thousand).
     */
    static final long MAX_CHARACTERS = 20_000_000;
    private long characters;

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (skipDepth > 0) {
            return;
        }
        characters += length;
        if (characters > MAX_CHARACTERS) {
            throw new TooMuchText();
        }
        (supDepth > 0 ? sup : text).append(ch, start, length);
    }

    /** Thrown when a document expands past {@link #MAX_CHARACTERS}. */
    static final class TooMuchText extends SAXException {
        private static final long serialVersionUID = 1L;

        TooMuchText() {
            super("document text expands past " + MAX_CHARACTERS + " characters (a decompression bomb?)");
        }
    }

    private void open(BlockKind kind, int level) {
        flush();
        kinds.push(kind);
        levels.push(level);
    }

    private void close() {
        flush();
        if (!kinds.isEmpty()) {
            kinds.pop();
            levels.pop();
        }
    }

    /** {@code <sup>[3]</sup>} → [3]; marks after author names (front matter) → ^{1,2*}. */
    private String marker(String raw) {
        if (raw.isEmpty()) {
            return "";
        }
        String folded = Scripts.foldWidth(raw).replaceAll("\\s+", "");
        if (seenHeading && CITATION.matcher(folded).matches() || folded.startsWith("[")) {
            return "[" + folded.replaceAll("^\\[|]$", "") + "]";
        }
        return "^{" + folded + "}";
    }

    private static final java.util.regex.Pattern NOTE_REFERENCE =
            java.util.regex.Pattern.compile("\\[(?:footnote|endnote)Ref:\\d+\\]");

    private void flush() {
        // Word's footnote and endnote references ([footnoteRef:2]) are not text: their notes become footnote blocks.
        String value = NOTE_REFERENCE.matcher(text).replaceAll("");
        value = SPACE_BETWEEN_CJK.matcher(value.replace('\t', ' ').strip()).replaceAll("");
        value = SPACE.matcher(value).replaceAll(" ");
        text.setLength(0);
        if (value.isEmpty()) {
            return;
        }
        BlockKind kind = kinds.isEmpty() ? BlockKind.PARAGRAPH : kinds.peek();
        int level = levels.isEmpty() ? 0 : levels.peek();
        if (footnoteDepth > 0) {
            kind = BlockKind.FOOTNOTE;
        }
        if (kind == BlockKind.HEADING) {
            seenHeading = true;
        }
        blocks.add(new Block(value, kind, Zone.UNKNOWN, 0, kind == BlockKind.HEADING ? level : 0));
    }
}
