package org.paperbridge.model;

import java.util.List;

/** The abstract in one language and its sentences as code-point spans. */
public record AbstractText(String text, List<Span> sentences) {
    public AbstractText {
        sentences = List.copyOf(sentences);
    }
}
