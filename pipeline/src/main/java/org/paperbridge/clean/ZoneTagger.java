package org.paperbridge.clean;

import org.paperbridge.lang.Scripts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.paperbridge.ingest.Block;
import org.paperbridge.ingest.BlockKind;
import org.paperbridge.ingest.Zone;

/**
 * Sets the zone of every block: FRONT (title through the last front-matter label before the
 * body), BODY, REFERENCES (from the 参考文献/References line), and FRONT again for the English
 * title/abstract block that Chinese journals print after the reference list.
 */
public final class ZoneTagger implements BlockFilter {
    /** A paragraph this long after the last label is running text: the body has started. */
    private static final int LONG_CJK = 80;
    private static final int LONG_LATIN = 250;
    /** How far past a long paragraph a label still makes it front matter. */
    private static final int LABEL_LOOKAHEAD = 3;
    /** How many blocks in all the lookahead may pass over, short ones included. */
    private static final int MAX_SHORT_AHEAD = 12;
    /** Title, authors and affiliations printed before a trailing English abstract. */
    private static final int MAX_TRAILING_HEAD = 5;

    @Override
    public List<Block> apply(List<Block> blocks) {
        int n = blocks.size();
        int refStart = referenceStart(blocks);
        int bodyEnd = refStart >= 0 ? refStart : n;
        int frontEnd = frontEnd(blocks, bodyEnd);
        int trailingFront = refStart >= 0 ? trailingFrontStart(blocks, refStart) : n;

        List<Block> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Zone zone;
            if (i < frontEnd) {
                zone = Zone.FRONT;
            } else if (i < bodyEnd) {
                zone = Zone.BODY;
            } else if (i < trailingFront) {
                zone = Zone.REFERENCES;
            } else {
                zone = Zone.FRONT;
            }
            out.add(blocks.get(i).withZone(zone));
        }
        return out;
    }

    private static int referenceStart(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (isContent(b) && ArticleLabels.isReferenceHeading(b.text())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * End (exclusive) of the leading front matter: one past the last labelled block (or its
     * content, when the label stands alone) seen before the body starts. Without labels, the
     * short lines before the first numbered heading or long paragraph.
     */
    private static int frontEnd(List<Block> blocks, int limit) {
        int lastFront = -1;
        for (int i = 0; i < limit; i++) {
            Block b = blocks.get(i);
            if (!isContent(b)) {
                continue;
            }
            // Zones are set before widths are folded: a full-width text layer prints ｄｏｉ：, Ｋｅｙ ｗｏｒｄｓ：.
            String text = WidthNormalizer.normalize(b.text());
            if (CitationLine.matches(text)) {
                // How to cite the article, printed above the title: front matter however long.
                lastFront = i;
                continue;
            }
            if (ArticleLabels.isFrontLabel(text)) {
                lastFront = ArticleLabels.isLabelOnly(text) ? Math.min(i + 1, limit - 1) : i;
                i = lastFront;
                continue;
            }
            if (ArticleLabels.holdsAbstractAndKeywords(text)) {
                // The English title, byline, abstract and keywords that a PDF layer kept as one block.
                lastFront = i;
                continue;
            }
            if (startsFirstSection(text)) {
                return lastFront >= 0 ? lastFront + 1 : i;
            }
            if (isLong(text) && !hasLabelAhead(blocks, i, limit)) {
                return lastFront >= 0 ? lastFront + 1 : i;
            }
        }
        return lastFront + 1;
    }

    /**
     * An abstract may run over two blocks, or open unlabelled, before the next label; and a long
     * unlabelled block (a byline a DOI and a funding note ran into) may come before the short
     * affiliation and author lines that precede the abstract. Only long blocks use up the lookahead.
     */
    private static boolean hasLabelAhead(List<Block> blocks, int from, int limit) {
        int longSeen = 0;
        for (int i = from + 1; i < limit && i <= from + MAX_SHORT_AHEAD && longSeen < LABEL_LOOKAHEAD; i++) {
            if (!isContent(blocks.get(i))) {
                continue;
            }
            String text = WidthNormalizer.normalize(blocks.get(i).text());
            if (ArticleLabels.isAbstractOrKeywords(text)) {
                return true;
            }
            if (isLong(text) || startsFirstSection(text)) {
                longSeen++;
            }
        }
        return false;
    }

    private static boolean startsFirstSection(String text) {
        Optional<HeadingNumber> number = HeadingNumber.parse(text.replace("*", ""));
        // "1 收稿日期：2018-02-28": a footnote mark before a field label, not the first section
        return number.isPresent() && number.get().parts().get(0) == 1
                && HeadingDetector.looksLikeHeading(text.replace("*", ""))
                && !HeadingDetector.startsWithFieldLabel(number.get().title());
    }

    /**
     * Start of front matter printed after the references: the first abstract or keyword label
     * after the list, preceded by the short unlabelled title/author/affiliation lines.
     */
    private static int trailingFrontStart(List<Block> blocks, int refStart) {
        int label = -1;
        for (int i = refStart + 1; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (isContent(b) && ArticleLabels.isAbstractOrKeywords(b.text())) {
                label = i;
                break;
            }
        }
        if (label < 0) {
            return blocks.size();
        }
        int start = label;
        for (int i = label - 1; i > refStart && label - i <= MAX_TRAILING_HEAD; i--) {
            Block b = blocks.get(i);
            if (isContent(b) && looksLikeReferenceText(b.text())) {
                break;
            }
            start = i;
        }
        return start;
    }

    private static boolean looksLikeReferenceText(String text) {
        String s = text.strip();
        return ArticleLabels.entryNumber(s) >= 0
                || s.endsWith(".")
                || s.matches("(?is).*(\\[[A-Z/]{1,6}\\]|doi|https?:|et al|等\\.).*");
    }

    private static boolean isContent(Block b) {
        return b.kind() != BlockKind.FOOTNOTE && b.kind() != BlockKind.RUNNING;
    }

    private static boolean isLong(String text) {
        return Scripts.containsHan(text) ? text.length() >= LONG_CJK : text.length() >= LONG_LATIN;
    }
}
