package org.paperbridge.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DateParserTest {
    private final DateParser parser = new DateParser();

    @Test
    void readsNumericDateStyles() {
        assertEquals("2023-10-31", parser.parse("2023-10-31"));
        assertEquals("2023-10-31", parser.parse("2023年10月31日"));
        assertEquals("2024-01-05", parser.parse("2024年1月5日"));
        assertEquals("2023-10-31", parser.parse("2023/10/31"));
        assertEquals("2023-10-31", parser.parse("2023.10.31"));
    }

    @Test
    void keepsMonthPrecisionWhenNoDayIsPrinted() {
        assertEquals("2023-10", parser.parse("2023-10"));
        assertEquals("2023-10", parser.parse("2023年10月"));
    }

    @Test
    void readsEnglishMonthNames() {
        assertEquals("2023-10-31", parser.parse("31 October 2023"));
        assertEquals("2023-10-31", parser.parse("Oct. 31, 2023"));
    }

    @Test
    void givesNullForTextWithoutDate() {
        assertNull(parser.parse("不详"));
        assertNull(parser.parse("2023-13-01 is not a date"));
    }

    @Test
    void readsDatesWithMinusSignsFounderHyphensOrFullWidthDigits() {
        assertEquals("2022-01-05", parser.parse("收稿日期：2022\u221201\u221205；修回日期：2022\u221203\u221228"));
        assertEquals("2020-10-08", parser.parse("收稿日期: 2020鄄10鄄08"));
        assertEquals("2020-01-22", parser.parse("收稿日期：２０２０－０１－２２"));
    }
}
