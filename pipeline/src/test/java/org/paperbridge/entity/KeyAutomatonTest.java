package org.paperbridge.entity;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class KeyAutomatonTest {
    private static List<String> hits(String[] keys, String text) {
        List<String> out = new ArrayList<>();
        KeyAutomaton.build(keys).match(text, (b, e, k) -> out.add(b + "-" + e + ":" + keys[k]));
        return out;
    }

    @Test
    void reportsOverlappingAndNestedKeysThroughFailureLinks() {
        String[] keys = {"she", "he", "hers", "his"};
        assertEquals(List.of("1-4:she", "2-4:he", "2-6:hers"), hits(keys, "ushers"));
    }

    @Test
    void matchesKeysInAnyOrderAndOutsideAscii() {
        String[] keys = {"肝星状细胞", "细胞", "星状细胞", "il1b", "tgfb1"};
        assertEquals(List.of("0-5:tgfb1", "6-10:il1b"), hits(keys, "tgfb1与il1b"));
        assertEquals(List.of("3-5:细胞", "1-5:星状细胞", "0-5:肝星状细胞").stream().sorted().toList(),
                hits(keys, "肝星状细胞").stream().sorted().toList());
    }

    @Test
    void refusesDuplicateKeys() {
        assertThrows(IllegalArgumentException.class, () -> KeyAutomaton.build(new String[]{"ccl4", "ccl4"}));
    }
}
