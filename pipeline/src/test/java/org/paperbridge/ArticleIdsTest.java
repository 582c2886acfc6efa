package org.paperbridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {
    private static final String SHA = "ce62bb77f3435be5" + "0".repeat(48);

    @Test
    void derivesIdFromDoiSoThatTwoFormatsOfOneArticleShareIt() {
        assertEquals("doi_10.1000_xyz.2024.11.5", ArticleIds.of("10.1000/XYZ.2024.11.5", SHA));
        assertEquals(ArticleIds.of("10.1000/abc(2)", SHA), ArticleIds.of(" 10.1000/ABC(2) ", "f".repeat(64)));
    }

    @Test
    void fallsBackToTheSourceHashWithoutDoi() {
        assertEquals("ce62bb77f3435be5", ArticleIds.of(null, SHA));
        assertEquals("ce62bb77f3435be5", ArticleIds.of("  ", SHA));
    }

    @Test
    void hashesOverlongDoisIntoAShortFileName() {
        String id = ArticleIds.of("10.1000/" + "a".repeat(200), SHA);
        assertTrue(id.startsWith("doi_") && id.length() == 20, id);
        assertTrue(id.matches("[a-z0-9._-]+"), id);
    }
}
