package org.paperbridge.bench;

import org.paperbridge.bench.ArticleParts;
import org.paperbridge.bench.ArticlePdfWriter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ArticlePdfWriterTest {
    static final Path ROOT = Path.of(System.getProperty("paperbridge.root", ".."));
    static final Path SEED = ROOT.resolve("fixtures/seed/000_ce62bb77f3435be5.txt");

    /** The seed and its simplified and traditional copies: the characters Chinese journal text uses. */
    private static final List<Path> TEXTS = List.of(SEED,
            ROOT.resolve("fixtures/formats/article-traditional.txt"), ROOT.resolve("fixtures/md/zh_journal_mineru.md"));

    @Test
    void theBundledFontHasAGlyphForEveryCharacterOfTheFixtureArticles() throws Exception {
        TrueTypeFont font;
        try (InputStream in = ArticlePdfWriter.class.getResourceAsStream(ArticlePdfWriter.BUNDLED_FONT)) {
            font = new TTFParser().parse(new RandomAccessReadBuffer(in));
        }
        CmapLookup cmap = font.getUnicodeCmapLookup();
        TreeSet<String> missing = new TreeSet<>();
        for (Path text : TEXTS) {
            Files.readString(text).codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp))
                    .filter(cp -> cmap.getGlyphId(cp) == 0)
                    .forEach(cp -> missing.add(String.format("U+%04X %s", cp, Character.toString(cp))));
        }
        font.close();
        assertEquals(new TreeSet<>(), missing, "characters without a glyph in " + ArticlePdfWriter.BUNDLED_FONT);
    }

    @Test
    void writesAReadablePdfWithTheBundledFontAndNoFontInstalled() throws Exception {
        ArticleParts seed = ArticleParts.parse(Files.readString(SEED));
        byte[] pdf;
        try (ArticlePdfWriter writer = new ArticlePdfWriter()) {
            pdf = writer.write(seed, 2, ArticlePdfWriter.RunningHeader.of("测试期刊 Test Journal", seed));
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(seed.front().get(0).substring(0, 8)), "the Chinese title is in the text layer");
            assertTrue(text.contains("测试期刊"), "the running header");
            assertTrue(doc.getNumberOfPages() > 1);
        }
    }
}
