package org.paperbridge.align;

/** One unit of an affiliation in one language: its kind (an {@code AffiliationUnit} kind) and its text. */
record ParsedUnit(String kind, String text) {
}
