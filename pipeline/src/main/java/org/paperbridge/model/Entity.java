package org.paperbridge.model;

/**
 * A tagged mention. {@code where} names the text it lies in (a paragraph id, {@code abstract.zh},
 * {@code title.en}, {@code ref7}, …); {@code [start, end)} are code points into that text.
 */
public record Entity(String type, String text, String norm, String db, String id, String lang, String where,
                     int start, int end) {
}
