package org.paperbridge.entity;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hand scan for drug codes finds exactly what {@link LatinDrugNames#CODE} finds. */
class LatinDrugNamesTest {
    private static List<String> byPattern(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = LatinDrugNames.CODE.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end());
        }
        return out;
    }

    private static List<String> byScan(String text) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            int end = LatinDrugNames.codeEnd(text, i);
            if (end >= 0) {
                out.add(i + "-" + end);
                i = end - 1;
            }
        }
        return out;
    }

    @Test
    void scanAgreesWithThePatternOnWrittenCodes() {
        for (String text : List.of("XL-184处理", "LY294002和AMD3100", "CCG-1423.", "ABCDEF12", "AB1234567", "A1", "AB-12-3",
                "AB12.5", "AB12.x", "x.AB12", "-AB12", "AB12a", "AB12-", "AB-", "AB--12", "IC50", "细胞A549细胞")) {
            assertEquals(byPattern(text), byScan(text), text);
        }
    }

    @Test
    void scanAgreesWithThePatternOnRandomText() {
        String alphabet = "ABXZab019-. 细(";
        Random random = new Random(19);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(24); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(byPattern(text.toString()), byScan(text.toString()), text.toString());
        }
    }
}
