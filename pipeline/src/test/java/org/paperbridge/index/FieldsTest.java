package org.paperbridge.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class FieldsTest {
    @Test
    void exactFormIsStrippedLowerCasedWithEachRunOfSpacesMadeOne() {
        assertEquals("tgf-β1 receptor", Fields.exact("  TGF-β1 \t\n Receptor "));
        assertEquals("10.1000/abc", Fields.exact("10.1000/ABC"));
        assertEquals("齐 泽强", Fields.exact("齐\u3000\u3000泽强".replace('\u3000', '\r')));
        assertEquals("a\u00a0b", Fields.exact("A\u00a0B"), "only the white space of \\s is collapsed, as before");
        for (String s : List.of("a  b", "a \u000B\fb", "x", "", " single ", "多  个\t空格")) {
            assertEquals(s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT), Fields.exact(s), s);
        }
    }
}
