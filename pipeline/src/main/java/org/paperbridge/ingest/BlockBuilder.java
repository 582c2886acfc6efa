package org.paperbridge.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups ordered PDF lines into paragraphs, headings, list items and captions. A paragraph
 * ends at a wider gap, a change of type size, an indented or labelled line, or a short line;
 * it goes on across columns and pages otherwise.
 */
final class BlockBuilder {
    private static final java.util.regex.Pattern PARAGRAPH_END =
            java.util.regex.Pattern.compile("[。．.!?！？:：;；)）\\]」”\"]$");
    private final float bodySize;
    private final Map<String, float[]> edges = new HashMap<>();
    private final LineJoiner joiner;
    private float pitch;

    BlockBuilder(List<PdfLine> lines, float bodySize) {
        this.bodySize = bodySize;
        Set<String> hyphenated = new HashSet<>();
        Map<String, List<PdfLine>> groups = new HashMap<>();
        List<Float> gaps = new ArrayList<>();
        PdfLine previous = null;
        for (PdfLine line : lines) {
            LineJoiner.collectHyphenated(line.plainText(), hyphenated);
            groups.computeIfAbsent(groupKey(line), k -> new ArrayList<>()).add(line);
            if (previous != null && sameFlow(previous, line) && Math.abs(line.size() - bodySize) < 0.3f) {
                gaps.add(line.baseline() - previous.baseline());
            }
            previous = line;
        }
        groups.forEach((key, group) -> edges.put(key, new float[] {mode(group, true), mode(group, false)}));
        gaps.sort(Float::compare);
        this.pitch = gaps.isEmpty() ? bodySize * 1.5f : gaps.get(gaps.size() / 2);
        this.joiner = new LineJoiner(hyphenated);
    }

    List<Block> build(List<PdfLine> lines) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        BlockKind kind = null;
        int page = 0;
        PdfLine previous = null;
        boolean front = true;
        boolean references = false;
        for (PdfLine line : lines) {
            String plain = line.plainText();
            if (front && (line.page() > 1 || HeadingRules.startsAbstract(plain))) {
                front = false;
            }
            String lineText = line.text(front ? MarkerStyle.AFFILIATION : MarkerStyle.CITATION).strip();
            boolean heading = HeadingRules.isHeading(plain, line.bold(), line.size() > bodySize + 0.4f);
            boolean continuesHeading = kind == BlockKind.HEADING && !heading && continuesHeading(previous, line);
            if (kind != null && !continuesHeading
                    && (heading || kind == BlockKind.HEADING || breaksBefore(previous, line, plain, references))) {
                blocks.add(new Block(text.toString(), kind, Zone.UNKNOWN, page, 0));
                text.setLength(0);
                kind = null;
            }
            if (kind == null) {
                page = line.page();
                kind = heading ? BlockKind.HEADING
                        : references && HeadingRules.startsItem(plain) ? BlockKind.LIST_ITEM
                        : HeadingRules.isCaption(plain) ? BlockKind.CAPTION : BlockKind.PARAGRAPH;
                text.append(lineText);
                if (heading) {
                    front = false;
                    references = HeadingRules.isReferencesHeading(plain);
                }
            } else {
                String joined = joiner.join(text.toString(), lineText);
                text.setLength(0);
                text.append(joined);
            }
            previous = line;
        }
        if (kind != null) {
            blocks.add(new Block(text.toString(), kind, Zone.UNKNOWN, page, 0));
        }
        return blocks;
    }

    private boolean breaksBefore(PdfLine p, PdfLine l, String plain, boolean references) {
        float size = Math.max(p.size(), l.size());
        if (Math.abs(p.size() - l.size()) > 0.6f || p.bold() != l.bold() && Math.abs(p.size() - l.size()) > 0.1f) {
            return true;
        }
        if (HeadingRules.startsItem(plain) || HeadingRules.isCaption(plain)) {
            return true;
        }
        float[] edge = edges.get(groupKey(l));
        float[] previousEdge = edges.get(groupKey(p));
        boolean indented = l.left() - edge[0] > 1.2f * size;
        if (sameFlow(p, l)) {
            float gap = l.baseline() - p.baseline();
            if (gap > Math.max(pitch, size * 1.1f) * 1.45f || gap < 0) {
                return true;
            }
            if (centered(p, previousEdge) && centered(l, edge) || wrapsCentered(p, l, previousEdge)) {
                return false;
            }
        }
        if (indented && !references) {
            return true;
        }
        // A short line ends a paragraph when it closes a sentence or is very short; a line cut
        // before a long word is short too but ends mid-sentence.
        float shortBy = previousEdge[1] - p.right();
        return shortBy > 2.5f * size && shortBy > firstWordWidth(l) + 0.5f * size
                && (PARAGRAPH_END.matcher(p.plainText()).find() || shortBy > 10 * size || centered(p, previousEdge));
    }

    /**
     * A title or affiliation in its own type (not the body's) set centered and wrapped: the
     * first line spans the measure, the next is shorter and centered under it.
     */
    private boolean wrapsCentered(PdfLine p, PdfLine l, float[] edge) {
        float measure = edge[1] - edge[0];
        float size = p.size();
        return Math.abs(p.size() - bodySize) > 0.4f
                && p.right() - p.left() > 0.8f * measure && l.right() - l.left() < p.right() - p.left()
                && Math.abs(center(p) - (edge[0] + edge[1]) / 2) < 2 * size
                && Math.abs(center(l) - center(p)) < size
                && !PARAGRAPH_END.matcher(p.plainText()).find();
    }

    private static float center(PdfLine line) {
        return (line.left() + line.right()) / 2;
    }

    /**
     * The width of the first word of a line (one character when it starts with Chinese): a
     * line short by less than that ended only because the word did not fit.
     */
    private static float firstWordWidth(PdfLine line) {
        Glyph first = null;
        Glyph last = null;
        for (Glyph g : line.glyphs()) {
            if (g.raised()) {
                continue;
            }
            if (first == null) {
                first = g;
            } else if (first.isCjk() || g.isCjk() || g.x() - last.right() > 0.2f * g.size()) {
                break;
            }
            last = g;
        }
        return first == null ? 0 : last.right() - first.x();
    }

    /** A heading wrapped onto a second line: same type, the first line reaching the margin. */
    private boolean continuesHeading(PdfLine heading, PdfLine line) {
        float[] edge = edges.get(groupKey(heading));
        return sameFlow(heading, line) && heading.bold() == line.bold()
                && Math.abs(heading.size() - line.size()) < 0.3f
                && heading.right() > edge[1] - 3f * heading.size()
                && line.baseline() - heading.baseline() < 2.2f * heading.size()
                && line.plainText().codePointCount(0, line.plainText().length()) < 20;
    }

    private static boolean centered(PdfLine line, float[] edge) {
        float leftMargin = line.left() - edge[0];
        float rightMargin = edge[1] - line.right();
        return leftMargin > 2 * line.size() && Math.abs(leftMargin - rightMargin) < 2 * line.size();
    }

    private static boolean sameFlow(PdfLine a, PdfLine b) {
        return a.page() == b.page() && a.region() == b.region() && a.column() == b.column()
                || a.page() == b.page() && a.column() == 0 && b.column() == 0;
    }

    private static String groupKey(PdfLine line) {
        return line.page() + "/" + line.column();
    }

    /** The most common left (or right) edge of a group of lines, to 2 pt. */
    private static float mode(List<PdfLine> group, boolean left) {
        Map<Integer, Integer> counts = new HashMap<>();
        int best = 0;
        int bestCount = 0;
        for (PdfLine line : group) {
            int key = Math.round((left ? line.left() : line.right()) / 2f);
            int count = counts.merge(key, 1, Integer::sum);
            if (count > bestCount || count == bestCount && (left ? key < best : key > best)) {
                best = key;
                bestCount = count;
            }
        }
        return best * 2f;
    }
}
