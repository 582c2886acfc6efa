package org.paperbridge.model;

/** A keyword pair; a side is null when the other language lists fewer keywords. */
public record Keyword(String zh, String en) {
}
