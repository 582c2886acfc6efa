package org.paperbridge.model;

import java.util.List;

/**
 * One side of the abstract: the language its text is written in ({@code zh} or {@code en}; an
 * abstract printed under the Chinese label may still be English), the text and its sentences as
 * code-point spans.
 */
public record AbstractText(String lang, String text, List<Span> sentences) {
    public AbstractText {
        LanguageCodes.require(lang);
        sentences = List.copyOf(sentences);
    }
}
