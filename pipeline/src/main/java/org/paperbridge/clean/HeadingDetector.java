package org.paperbridge.clean;

import org.paperbridge.lang.Scripts;
import org.paperbridge.lang.TraditionalChinese;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperbridge.clean.HeadingNumber.Scheme;
import org.paperbridge.ingest.Block;
import org.paperbridge.ingest.BlockKind;
import org.paperbridge.ingest.Zone;

/**
 * Finds the numbered section headings of the body and sets their level from the numbering
 * (never from a Markdown {@code #} count). A number only counts when it continues the numbering
 * so far, so that "2 周后…" at the start of a paragraph is not taken for section 2.
 */
public final class HeadingDetector implements BlockFilter {
    private static final int MAX_CJK_HEADING = 60;
    private static final int MAX_LATIN_HEADING = 120;
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("[。！？；;]");
    private static final Pattern BAD_ENDING = Pattern.compile("[，,、：:]$");
    private static final Pattern FIELD_LABEL = TraditionalChinese.pattern("^(?:摘[\\s\\u3000]*要|关[\\s\\u3000]*键[\\s\\u3000]*[词字]"
            + "|收稿日期|修回日期|接受日期|录用日期|基金项目|通[信讯]作者|作者简介|中图分类号|文献标[志识]码|文章编号"
            + "|(?i:abstract|key\\s*words?|received|foundation items?|corresponding author))[\\s\\u3000]*[:：]?");
    private static final Pattern STANDARD_TITLE = TraditionalChinese.pattern(
            "(?:材料|资料|对象|数据|试验材料|实验材料)(?:与|和|及)方法|结果(?:与|和|及)(?:分析|讨论)|(?:讨论|结论)(?:与|和|及)(?:结论|讨论|展望|建议)|引\\s?言|前\\s?言");
    private static final int MIN_RUN_IN_TEXT = 10;
    private static final Pattern CITATION = Pattern.compile("\\[\\d|［\\d|\\^\\[|\\^\\{|<sup>");
    /**
     * A numbered affiliation line ({@code 1.210002，江苏省南京市，东部战区总医院儿科}, {@code 2 福建师范大学
     * 地理科学学院，福州350007}): a six-digit postcode and a comma, which no heading has.
     */
    private static final Pattern AFFILIATION = Pattern.compile("(?=.*[,，])(?=.*(?<!\\d)\\d{6}(?![\\d.%]))");

    @Override
    public List<Block> apply(List<Block> blocks) {
        Numbering numbering = new Numbering();
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            Optional<HeadingNumber> runIn = runInHeading(b, numbering);
            if (runIn.isPresent()) {
                HeadingNumber h = runIn.get();
                String title = standardTitle(h.title());
                String number = h.parts().get(0).toString();
                out.add(b.withText(number + " " + title).withKind(BlockKind.HEADING).withLevel(numbering.accept(h)));
                out.add(b.withText(h.title().substring(title.length()).strip()));
                continue;
            }
            out.add(classify(b, numbering));
        }
        return out;
    }

    private static Block classify(Block b, Numbering numbering) {
        if (b.zone() == Zone.REFERENCES) {
            boolean listHeading = (b.kind() == BlockKind.PARAGRAPH || b.kind() == BlockKind.HEADING)
                    && ArticleLabels.isReferenceHeading(b.text());
            return listHeading ? b.withKind(BlockKind.HEADING).withLevel(1) : b;
        }
        // "1. 引言" on a line of its own comes out of Markdown as an ordered-list item
        boolean candidate = b.kind() == BlockKind.PARAGRAPH || b.kind() == BlockKind.HEADING
                || b.kind() == BlockKind.LIST_ITEM;
        if (b.zone() != Zone.BODY || !candidate) {
            return b;
        }
        Optional<HeadingNumber> number = HeadingNumber.parse(b.text());
        boolean marked = b.kind() == BlockKind.HEADING;
        if (number.isEmpty()) {
            return marked ? b.withLevel(1) : b;
        }
        if (FIELD_LABEL.matcher(number.get().title()).find()) {
            // "1 收稿日期：2018-02-28", "9 摘要：": a footnote mark or a manuscript's line number before a
            // field label, not a section; the label's line stays text whatever the converter marked it.
            return marked ? b.withKind(BlockKind.PARAGRAPH).withLevel(0) : b;
        }
        if (marked && numbering.goesBack(number.get())) {
            // "3 高性能存储架构" marked as a heading after "4 基础云平台建设": a subsection whose dotted
            // number the converter cut short, not a section going back; it stays text in its section.
            return b.withKind(BlockKind.PARAGRAPH).withLevel(0);
        }
        if (marked || (looksLikeHeading(b.text()) && numbering.continues(number.get()))) {
            return b.withKind(BlockKind.HEADING).withLevel(numbering.accept(number.get()));
        }
        return b;
    }

    /**
     * A top-level heading a converter ran into its first paragraph ({@code 1材料与方法将3年生的…}): a
     * paragraph that opens with the next section number and one of the standard titles of a
     * research article, then the paragraph's text. Only titles no sentence starts with count
     * (结果 alone does: 结果表明…).
     */
    private static Optional<HeadingNumber> runInHeading(Block b, Numbering numbering) {
        if (b.zone() != Zone.BODY || b.kind() != BlockKind.PARAGRAPH) {
            return Optional.empty();
        }
        Optional<HeadingNumber> number = HeadingNumber.parse(b.text().strip());
        if (number.isEmpty() || number.get().scheme() != Scheme.DOTTED || number.get().parts().size() != 1
                || !numbering.continues(number.get())) {
            return Optional.empty();
        }
        String title = standardTitle(number.get().title());
        return title != null && number.get().title().length() - title.length() >= MIN_RUN_IN_TEXT ? number : Optional.empty();
    }

    private static String standardTitle(String text) {
        Matcher m = STANDARD_TITLE.matcher(text);
        return m.lookingAt() ? m.group() : null;
    }

    /** Whether a heading's title is a front-matter field label (收稿日期：, 基金项目：, Abstract). */
    static boolean startsWithFieldLabel(String title) {
        return FIELD_LABEL.matcher(title).find();
    }

    /** Short, no sentence punctuation inside, no citation marker: the shape of a heading line. */
    static boolean looksLikeHeading(String text) {
        String s = text.strip();
        int max = Scripts.containsHan(s) ? MAX_CJK_HEADING : MAX_LATIN_HEADING;
        return s.codePointCount(0, s.length()) <= max
                && !SENTENCE_INSIDE.matcher(s).find()
                && !BAD_ENDING.matcher(s).find()
                && !CITATION.matcher(s).find()
                && !AFFILIATION.matcher(s).lookingAt()
                && !(s.endsWith(".") && Scripts.containsHan(s));
    }

    /**
     * The numbering seen so far. Schemes nest in the order the article first uses them
     * (一、 then （一） then 1. then (1)); a dotted number adds one level per part.
     */
    private static final class Numbering {
        private final List<Scheme> order = new ArrayList<>();
        private final Map<Scheme, List<Integer>> last = new EnumMap<>(Scheme.class);
        private int deepestDotted = 1;

        /** Whether a top-level number is at or below one already seen (4 then 3, 2 then 2). */
        boolean goesBack(HeadingNumber h) {
            List<Integer> prev = last.get(h.scheme());
            return h.scheme() == Scheme.DOTTED && h.parts().size() == 1 && prev != null
                    && h.parts().get(0) <= prev.get(0);
        }

        boolean continues(HeadingNumber h) {
            List<Integer> prev = last.get(h.scheme());
            List<Integer> parts = h.parts();
            if (prev == null) {
                // Chinese journals often number the introduction 0 (0 引言), then 1, 2…
                boolean firstOfScheme = parts.stream().allMatch(p -> p == 1)
                        || (h.scheme() == Scheme.DOTTED && parts.equals(List.of(0)));
                boolean firstHeading = order.isEmpty();
                return firstOfScheme && (!firstHeading || parts.size() == 1);
            }
            if (h.scheme() != Scheme.DOTTED) {
                return parts.get(0) == prev.get(0) + 1;
            }
            if (parts.size() == prev.size() + 1 && parts.subList(0, prev.size()).equals(prev)) {
                return parts.get(parts.size() - 1) == 1;
            }
            if (parts.size() > prev.size()) {
                return false;
            }
            int k = parts.size() - 1;
            return parts.subList(0, k).equals(prev.subList(0, k)) && parts.get(k) == prev.get(k) + 1;
        }

        /** Records {@code h} as the current heading and returns its level. */
        int accept(HeadingNumber h) {
            if (!order.contains(h.scheme())) {
                order.add(h.scheme());
            }
            int rank = order.indexOf(h.scheme());
            for (int i = rank + 1; i < order.size(); i++) {
                last.remove(order.get(i)); // a higher heading restarts the numbering below it
            }
            last.put(h.scheme(), h.parts());
            int level = rank + 1;
            int dottedRank = order.indexOf(Scheme.DOTTED);
            if (h.scheme() == Scheme.DOTTED) {
                deepestDotted = Math.max(deepestDotted, h.parts().size());
                return level + h.parts().size() - 1;
            }
            return dottedRank >= 0 && dottedRank < rank ? level + deepestDotted - 1 : level;
        }
    }
}
