package org.paperbridge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormatDetectorTest {
    private final FormatDetector detector = new FormatDetector();

    @Test
    void tellsEachFixtureFormatByContent() {
        assertEquals(FormatDetector.PDF, detector.detect(Fixtures.bytes(FixtureGenerator.TWO_COLUMN_PDF)));
        assertEquals(FormatDetector.PDF, detector.detect(Fixtures.bytes(FixtureGenerator.USER_PASSWORD_PDF)));
        assertEquals(FormatDetector.DOCX, detector.detect(Fixtures.bytes(FixtureGenerator.DOCX)));
        assertEquals(FormatDetector.HTML, detector.detect(Fixtures.bytes(FixtureGenerator.HTML)));
        assertEquals(FormatDetector.MINERU_JSON, detector.detect(Fixtures.bytes(FixtureGenerator.MINERU_JSON)));
        assertEquals(FormatDetector.MARKDOWN, detector.detect(Fixtures.bytes(FixtureGenerator.GB18030_TEXT)));
    }

    @Test
    void tellsRtfAndPlainTextApart() {
        assertEquals(FormatDetector.RTF, detector.detect("{\\rtf1\\ansi Hello}".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(FormatDetector.TEXT, detector.detect("肝衰竭是临床一类急危重症肝病。\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(FormatDetector.MARKDOWN, detector.detect("# 标题\n\n正文^[1]。\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void jsonThatIsNotAContentListIsNotMinerU() {
        assertEquals(FormatDetector.TEXT, detector.detect("[1, 2, 3]".getBytes(StandardCharsets.UTF_8)));
    }
}
