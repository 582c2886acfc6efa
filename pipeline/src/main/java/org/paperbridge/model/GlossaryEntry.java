package org.paperbridge.model;

/** A term the article defines: Chinese term, English full form, abbreviation; any may be null. */
public record GlossaryEntry(String zh, String en, String abbr) {
}
