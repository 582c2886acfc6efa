package org.paperbridge.model;

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
}
