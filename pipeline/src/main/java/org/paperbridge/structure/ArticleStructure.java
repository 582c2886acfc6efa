package org.paperbridge.structure;

import java.util.List;

import org.paperbridge.model.Reference;
import org.paperbridge.model.Section;

/**
 * What the structure stage hands on: the front matter, the section tree (paragraphs without
 * sentences yet) and the references, each parsed from its own zone of the cleaned blocks.
 */
public record ArticleStructure(FrontMatter frontMatter, List<Section> sections, List<Reference> references) {
    public ArticleStructure {
        sections = List.copyOf(sections);
        references = List.copyOf(references);
    }

    public ArticleStructure withSections(List<Section> newSections) {
        return new ArticleStructure(frontMatter, newSections, references);
    }
}
