package org.paperbridge.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SectionTest {
    private static Paragraph paragraph(String id) {
        return new Paragraph(id, "zh", "正文" + id, List.of(), List.of());
    }

    @Test
    void paragraphsInWalksSubsectionsInReadingOrder() {
        Section leaf = new Section("s1.1.1", "1.1.1", 3, "细胞", List.of(paragraph("p3")), List.of());
        Section sub = new Section("s1.1", "1.1", 2, "材料", List.of(paragraph("p2")), List.of(leaf));
        Section first = new Section("s1", "1", 1, "方法", List.of(paragraph("p1")), List.of(sub));
        Section second = new Section("s2", "2", 1, "结果", List.of(paragraph("p4"), paragraph("p5")), List.of());

        List<String> ids = Section.paragraphsIn(List.of(first, second)).stream().map(Paragraph::id).toList();

        assertEquals(List.of("p1", "p2", "p3", "p4", "p5"), ids);
    }

    @Test
    void noSectionsHaveNoParagraphs() {
        assertEquals(List.of(), Section.paragraphsIn(List.of()));
    }
}
