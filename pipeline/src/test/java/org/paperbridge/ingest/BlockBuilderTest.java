package org.paperbridge.ingest;

import org.paperbridge.lang.Scripts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Paragraph and title boundaries from line geometry, on lines typeset here glyph by glyph. */
class BlockBuilderTest {
    private static final float BODY = 9;
    private static final float LEFT = 57;
    private static final String ZH = "肝细胞再生是决定肝衰竭预后的关键性因素";

    /** A line of glyphs from {@code x}: Chinese a full em wide, Latin half, a space 0.3 em. */
    private static PdfLine line(String text, float x, float baseline, float size) {
        List<Glyph> glyphs = new ArrayList<>();
        float at = x;
        for (int cp : text.codePoints().toArray()) {
            if (cp == ' ') {
                at += 0.3f * size;
                continue;
            }
            float width = Scripts.isCjkGlyph(cp) ? size : 0.5f * size;
            glyphs.add(new Glyph(Character.toString(cp), at, baseline, width, size, false, false));
            at += width;
        }
        return new PdfLine(1, glyphs, 0, 0);
    }

    /** Chinese text of {@code n} characters, ending with {@code end}. */
    private static String chinese(int n, String end) {
        StringBuilder s = new StringBuilder();
        while (s.length() < n - end.length()) {
            s.append(ZH.charAt(s.length() % ZH.length()));
        }
        return s.append(end).toString();
    }

    private static List<String> texts(List<PdfLine> lines) {
        return new BlockBuilder(lines, BODY).build(lines).stream().map(Block::text).toList();
    }

    /** Body lines of 53 characters fill the measure from 57 to 534. */
    private static List<PdfLine> paragraphWithShortLine(int shortLength, float baseline) {
        List<PdfLine> lines = new ArrayList<>();
        lines.add(line(chinese(53, ""), LEFT, baseline, BODY));
        lines.add(line(chinese(53, ""), LEFT, baseline + 14, BODY));
        lines.add(line(chinese(shortLength, "。"), LEFT, baseline + 28, BODY));
        lines.add(line("BM-MSCs " + chinese(40, ""), LEFT, baseline + 42, BODY));
        lines.add(line(chinese(53, ""), LEFT, baseline + 56, BODY));
        return lines;
    }

    @Test
    void keepsParagraphWhoseShortLineOnlyLackedRoomForTheNextWord() {
        // 50 characters leave 27 pt: less than "BM-MSCs" (31.5 pt) needs.
        assertEquals(1, texts(paragraphWithShortLine(50, 100)).size());
    }

    @Test
    void endsParagraphAtShortLineThatHadRoomForTheNextWord() {
        // 47 characters leave 54 pt: "BM-MSCs" would have fitted, so the line ended the paragraph.
        assertEquals(2, texts(paragraphWithShortLine(47, 100)).size());
    }

    @Test
    void joinsCenteredTitleWrappedOntoASecondLine() {
        List<PdfLine> lines = new ArrayList<>();
        String first = "Mechanism of bone marrow-derived mesenchymal stem cells in the";
        String second = "treatment of liver failure";
        PdfLine top = line(first, 0, 100, 15);
        float firstWidth = top.right() - top.left();
        float center = (LEFT + 534) / 2;
        lines.add(line(first, center - firstWidth / 2, 100, 15));
        PdfLine under = line(second, 0, 123, 15);
        lines.add(line(second, center - (under.right() - under.left()) / 2, 123, 15));
        lines.addAll(paragraphWithShortLine(50, 150));
        assertEquals(first + " " + second, texts(lines).get(0));
    }

    @Test
    void keepsCenteredBodyTypeLineAfterFullLineApart() {
        List<PdfLine> lines = new ArrayList<>(paragraphWithShortLine(50, 100));
        lines.add(line("E = m c", 270, 170, BODY)); // a displayed formula in body type
        lines.add(line(chinese(53, ""), LEFT, 184, BODY));
        List<String> blocks = texts(lines);
        assertEquals("E = m c", blocks.get(1));
    }
}
