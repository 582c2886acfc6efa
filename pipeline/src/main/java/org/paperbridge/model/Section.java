package org.paperbridge.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A section of the body. Text before the first numbered heading is a section with null number
 * and title at level 1.
 */
public record Section(String id, String number, int level, String title, List<Paragraph> paragraphs,
                      List<Section> sections) {
    public Section {
        paragraphs = List.copyOf(paragraphs);
        sections = List.copyOf(sections);
    }

    /** Every paragraph of these sections and their subsections, in reading order. */
    public static List<Paragraph> paragraphsIn(List<Section> sections) {
        List<Paragraph> out = new ArrayList<>();
        addParagraphs(sections, out);
        return out;
    }

    private static void addParagraphs(List<Section> sections, List<Paragraph> out) {
        for (Section s : sections) {
            out.addAll(s.paragraphs());
            addParagraphs(s.sections(), out);
        }
    }
}
