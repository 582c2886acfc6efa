package org.paperbridge.clean;

import org.paperbridge.lang.Scripts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.paperbridge.ingest.Block;
import org.paperbridge.ingest.BlockKind;
import org.paperbridge.ingest.Zone;

/**
 * Rejoins text the page layout split: a body paragraph that stops mid-sentence continues in the
 * next body paragraph (footnotes, running heads and captions in between stay, after it), and a
 * reference-list piece that does not start an entry belongs to the entry before it.
 */
public final class PageBreakJoiner implements BlockFilter {
    /** Blocks a page break puts between the two halves of a paragraph. */
    private static final Set<BlockKind> INTERRUPTIONS = Set.of(BlockKind.FOOTNOTE, BlockKind.RUNNING, BlockKind.CAPTION);
    private static final Pattern TRAILING_CITATION = Pattern.compile(
            "(?:\\s*(?:\\^?\\[[\\d,，\\-–—~～\\s]+\\]|［[\\d,，\\-–—~～\\s]+］|\\$?\\^\\{[^}]*\\}\\$?|<sup>[^<]*</sup>))+$");
    private static final Pattern CLOSERS = Pattern.compile("[\\s”’\"'）)】」』》\\]]+$");
    /** Colons end a paragraph too: what follows them is a list or table, not a page break. */
    private static final String SENTENCE_END = "。！？.!?…:：";
    /** Prefixes whose hyphen is part of the word even at a line end (anti-inflammatory). */
    private static final Set<String> HYPHEN_PREFIXES = Set.of("anti", "non", "pre", "post", "self", "well",
            "co", "multi", "cross", "long", "short", "high", "low", "semi", "sub", "inter", "intra", "over", "under");
    private static final Pattern DOI_OR_URL_TAIL = Pattern.compile("(?:10\\.\\d{4,9}/|https?://|www\\.)\\S*$");

    @Override
    public List<Block> apply(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        List<Block> held = new ArrayList<>(); // interruptions waiting until the paragraph is whole
        int lastReference = -1; // index in out of the reference entry still open
        for (Block b : blocks) {
            if (INTERRUPTIONS.contains(b.kind())) {
                held.add(b);
                continue;
            }
            int prev = out.size() - 1;
            if (prev >= 0 && isBodyParagraph(b) && isBodyParagraph(out.get(prev)) && !endsSentence(out.get(prev).text())) {
                out.set(prev, out.get(prev).withText(joinAcrossBreak(out.get(prev).text(), b.text())));
                continue;
            }
            if (isReferencePiece(b) && lastReference >= 0 && lastReference == prev
                    && !startsEntry(b.text(), ArticleLabels.entryNumber(out.get(prev).text()))) {
                out.set(prev, out.get(prev).withText(joinReference(out.get(prev).text(), b.text())));
                continue;
            }
            out.addAll(held);
            held.clear();
            out.add(b);
            lastReference = isReferencePiece(b) ? out.size() - 1 : -1;
        }
        out.addAll(held);
        return out;
    }

    /**
     * Whether a reference-list piece opens a new entry. A bracketed number always does; a bare
     * "12." only when it follows the previous entry's number, as a broken line may begin "2021."
     */
    static boolean startsEntry(String piece, int previousNumber) {
        int n = ArticleLabels.entryNumber(piece);
        if (n < 0) {
            return false;
        }
        return ArticleLabels.isBracketedEntry(piece) || previousNumber < 0 || n == previousNumber + 1;
    }

    private static boolean isBodyParagraph(Block b) {
        return b.zone() == Zone.BODY && b.kind() == BlockKind.PARAGRAPH;
    }

    private static boolean isReferencePiece(Block b) {
        return b.zone() == Zone.REFERENCES && (b.kind() == BlockKind.LIST_ITEM || b.kind() == BlockKind.PARAGRAPH);
    }

    /** Whether {@code text} ends a sentence, looking past closing quotes and citation markers. */
    static boolean endsSentence(String text) {
        String s = text.strip();
        String before;
        do {
            before = s;
            s = TRAILING_CITATION.matcher(s).replaceAll("");
            s = CLOSERS.matcher(s).replaceAll("");
        } while (!s.equals(before));
        return s.isEmpty() || SENTENCE_END.indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /** Joins two halves of running text, undoing a hyphen that only split a word. */
    static String joinAcrossBreak(String left, String right) {
        String l = left.stripTrailing();
        String r = right.stripLeading();
        if (l.endsWith("-") && splitsWord(l, r)) {
            return l.substring(0, l.length() - 1) + r;
        }
        return Scripts.joinWithSpace(l, r);
    }

    private static boolean splitsWord(String left, String right) {
        String head = left.substring(0, left.length() - 1);
        int start = head.length();
        while (start > 0 && Character.isLowerCase(head.charAt(start - 1))) {
            start--;
        }
        String fragment = head.substring(start);
        boolean wordBefore = fragment.length() >= 2 && (start == 0 || !Character.isLetterOrDigit(head.charAt(start - 1)));
        boolean wordAfter = !right.isEmpty() && Character.isLowerCase(right.charAt(0));
        return wordBefore && wordAfter && !HYPHEN_PREFIXES.contains(fragment);
    }

    /**
     * Appends a broken-off piece to its reference entry. A DOI or URL split at a hyphen is
     * rejoined without it when letters continue it (scitrans- + lmed); digits keep it (1487- + 1498).
     */
    static String joinReference(String entry, String piece) {
        String l = entry.stripTrailing();
        String r = piece.strip();
        if (DOI_OR_URL_TAIL.matcher(l).find()) {
            if (l.endsWith("-") && l.length() >= 2 && Character.isLetter(l.charAt(l.length() - 2))
                    && !r.isEmpty() && Character.isLetter(r.charAt(0))) {
                return l.substring(0, l.length() - 1) + r;
            }
            char end = l.charAt(l.length() - 1);
            if (end == '-' || end == '/' || end == '.' || end == '_') {
                return l + r;
            }
        }
        return joinAcrossBreak(l, r);
    }
}
