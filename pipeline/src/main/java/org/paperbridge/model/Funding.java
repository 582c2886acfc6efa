package org.paperbridge.model;

/** One grant: the funder as printed and its grant number (null when none is printed). */
public record Funding(String funder, String grant) {
}
