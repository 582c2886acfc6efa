package org.paperbridge.eval;

/**
 * One gold field of one article: whether the output got it, and what it got (for the report).
 * {@code core} marks the fields {@code check-docs} scores; the others are this corpus's additions
 * (affiliations, the first references split into fields).
 */
public record FieldResult(String field, boolean correct, String got, boolean core) {
}
