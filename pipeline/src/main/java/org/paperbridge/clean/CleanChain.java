package org.paperbridge.clean;

import java.util.List;

import org.paperbridge.ingest.Block;
import org.paperbridge.ingest.Blocks;

/** The cleaning filters of the clean stage, applied in order, like a Lucene analyzer chain. */
public final class CleanChain {
    private final List<BlockFilter> filters;

    public CleanChain(List<BlockFilter> filters) {
        this.filters = List.copyOf(filters);
    }

    /**
     * The standard order, and why:
     * <ol>
     * <li>Founder stand-in glyphs before anything reads a label (关摇 键摇 词, 收稿日期: 2020鄄10鄄08);</li>
     * <li>a manuscript's line numbers, before anything reads a line's start (2 “趋避冲突”…, 9 摘要：);</li>
     * <li>footnotes first, so zones and page-break joining can step over them;</li>
     * <li>zones next: every later filter acts by zone;</li>
     * <li>captions once zones are known, so joining can step over them too;</li>
     * <li>markup before anything reads the text ({@code **2.1 方法**}, {@code <sup>});</li>
     * <li>widths before numbers are read (２.１, ［１］), and full-width punctuation in Latin text
     * folded once its letters are ASCII (Ｏｃｔ．2023); inline pinyin readings (复(fù)) dropped;</li>
     * <li>citations before LaTeX: {@code ^{12}} must be judged as a citation before it is
     * flattened as a superscript;</li>
     * <li>LaTeX, then Greek spacing (LaTeX yields Greek letters);</li>
     * <li>headings before joining, since a heading is never joined to a paragraph;</li>
     * <li>page-break joining last, on clean text with canonical citation markers at the ends.</li>
     * </ol>
     */
    public static CleanChain standard() {
        return new CleanChain(List.of(
                new FounderGlyphRepair(),
                new HyphenBulletJoiner(),
                new LineNumberRemover(),
                new FootnoteClassifier(),
                new ZoneTagger(),
                new CaptionClassifier(),
                new MarkupNormalizer(),
                new WidthNormalizer(),
                new LatinPunctuationFolder(),
                new PinyinReadingRemover(),
                new CitationMarkerNormalizer(),
                new LatexInlineNormalizer(),
                new GreekSpacingFixer(),
                new HeadingDetector(),
                new PageBreakJoiner()));
    }

    public Blocks apply(Blocks blocks) {
        List<Block> current = blocks.blocks();
        for (BlockFilter filter : filters) {
            current = filter.apply(current);
        }
        return blocks.withBlocks(current);
    }

    public List<BlockFilter> filters() {
        return filters;
    }
}
