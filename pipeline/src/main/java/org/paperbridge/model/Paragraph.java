package org.paperbridge.model;

import java.util.List;

/** A body paragraph: its text once, sentences and citations as code-point offsets into it. */
public record Paragraph(String id, String text, List<Span> sentences, List<Citation> citations) {
    public Paragraph {
        sentences = List.copyOf(sentences);
        citations = List.copyOf(citations);
    }
}
