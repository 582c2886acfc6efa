package org.paperbridge.ner;

/** A typed mention: UTF-16 range {@code [start, end)} of the text it was found in. */
public record Span(int start, int end, String type) {
}
