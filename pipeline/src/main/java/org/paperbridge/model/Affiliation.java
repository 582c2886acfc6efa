package org.paperbridge.model;

/** One affiliation as printed in each language, with its postcode when one is given. */
public record Affiliation(String zh, String en, String postcode) {
}
