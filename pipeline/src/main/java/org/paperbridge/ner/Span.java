package org.paperbridge.ner;

/**
 * A typed mention: UTF-16 range {@code [start, end)} of the text it was found in. {@code margin}
 * is how much the tagger preferred it over leaving its tokens outside any mention (per token, in the
 * model's score units; 0 for gold mentions); it ranks mentions of different types that overlap.
 */
public record Span(int start, int end, String type, float margin) {

    public Span(int start, int end, String type) {
        this(start, end, type, 0);
    }
}
