package org.paperbridge.ingest;

/** The part of the article a block belongs to; {@code UNKNOWN} until the clean stage decides. */
public enum Zone {
    UNKNOWN,
    /** Titles, authors, affiliations, abstracts, keywords, identifiers. */
    FRONT,
    /** Sections and their paragraphs. */
    BODY,
    /** The reference list. */
    REFERENCES
}
