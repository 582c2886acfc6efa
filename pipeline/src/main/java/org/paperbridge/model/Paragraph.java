package org.paperbridge.model;

import java.util.List;

/**
 * A body paragraph: its language ({@code zh} or {@code en}, decided once when the paragraph is
 * made), its text once, sentences and citations as code-point offsets into it.
 */
public record Paragraph(String id, String lang, String text, List<Span> sentences, List<Citation> citations) {
    public Paragraph {
        LanguageCodes.require(lang);
        sentences = List.copyOf(sentences);
        citations = List.copyOf(citations);
    }

    public Paragraph withSentences(List<Span> newSentences) {
        return new Paragraph(id, lang, text, newSentences, citations);
    }
}
