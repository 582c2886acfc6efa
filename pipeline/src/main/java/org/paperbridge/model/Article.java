package org.paperbridge.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * One article, the unit of the corpus; the JSON contract is {@code schema/article.schema.json}.
 * {@code simplified} is null unless the article's Chinese is in traditional script; like every key it
 * is written in every row, so line-oriented readers (pyarrow, Hugging Face datasets) see one shape.
 */
@JsonPropertyOrder({"schemaVersion", "id", "source", "title", "authors", "affiliations", "abstract", "keywords",
        "simplified", "identifiers", "dates", "funding", "sections", "references", "glossary", "entities", "warnings"})
public record Article(String schemaVersion, String id, Source source, Bilingual title, List<Author> authors,
                      List<Affiliation> affiliations, @JsonProperty("abstract") Abstract abstract_, List<Keyword> keywords,
                      Identifiers identifiers, Dates dates, List<Funding> funding, List<Section> sections,
                      List<Reference> references, List<GlossaryEntry> glossary, List<Entity> entities,
                      List<String> warnings, Simplified simplified) {
    public static final String SCHEMA_VERSION = "1.2";

    /** An article in simplified script (or without Chinese): no {@code simplified} forms. */
    public Article(String schemaVersion, String id, Source source, Bilingual title, List<Author> authors,
                   List<Affiliation> affiliations, Abstract abstract_, List<Keyword> keywords,
                   Identifiers identifiers, Dates dates, List<Funding> funding, List<Section> sections,
                   List<Reference> references, List<GlossaryEntry> glossary, List<Entity> entities,
                   List<String> warnings) {
        this(schemaVersion, id, source, title, authors, affiliations, abstract_, keywords, identifiers, dates,
                funding, sections, references, glossary, entities, warnings, null);
    }

    public Article {
        authors = List.copyOf(authors);
        affiliations = List.copyOf(affiliations);
        keywords = List.copyOf(keywords);
        funding = List.copyOf(funding);
        sections = List.copyOf(sections);
        references = List.copyOf(references);
        glossary = List.copyOf(glossary);
        entities = List.copyOf(entities);
        warnings = List.copyOf(warnings);
    }

    public Article withAbstract(Abstract newAbstract) {
        return new Article(schemaVersion, id, source, title, authors, affiliations, newAbstract, keywords,
                identifiers, dates, funding, sections, references, glossary, entities, warnings, simplified);
    }

    public Article withKeywords(List<Keyword> newKeywords) {
        return new Article(schemaVersion, id, source, title, authors, affiliations, abstract_, newKeywords,
                identifiers, dates, funding, sections, references, glossary, entities, warnings, simplified);
    }

    public Article withAuthors(List<Author> newAuthors) {
        return new Article(schemaVersion, id, source, title, newAuthors, affiliations, abstract_, keywords,
                identifiers, dates, funding, sections, references, glossary, entities, warnings, simplified);
    }

    public Article withAffiliations(List<Affiliation> newAffiliations) {
        return new Article(schemaVersion, id, source, title, authors, newAffiliations, abstract_, keywords,
                identifiers, dates, funding, sections, references, glossary, entities, warnings, simplified);
    }

    public Article withGlossary(List<GlossaryEntry> newGlossary) {
        return new Article(schemaVersion, id, source, title, authors, affiliations, abstract_, keywords,
                identifiers, dates, funding, sections, references, newGlossary, entities, warnings, simplified);
    }

    public Article withEntities(List<Entity> newEntities) {
        return new Article(schemaVersion, id, source, title, authors, affiliations, abstract_, keywords,
                identifiers, dates, funding, sections, references, glossary, newEntities, warnings, simplified);
    }

    public Article withWarnings(List<String> newWarnings) {
        return new Article(schemaVersion, id, source, title, authors, affiliations, abstract_, keywords,
                identifiers, dates, funding, sections, references, glossary, entities, newWarnings, simplified);
    }

    public Article withSimplified(Simplified newSimplified) {
        return new Article(schemaVersion, id, source, title, authors, affiliations, abstract_, keywords,
                identifiers, dates, funding, sections, references, glossary, entities, warnings, newSimplified);
    }
}
