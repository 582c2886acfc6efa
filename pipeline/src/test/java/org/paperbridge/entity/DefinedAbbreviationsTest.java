package org.paperbridge.entity;

import org.junit.jupiter.api.Test;
import org.paperbridge.ner.Span;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Abbreviations take the type of the learned long form they follow in brackets, wherever they stand. */
class DefinedAbbreviationsTest {
    private static Span span(String text, String mention, int from, String type) {
        int start = text.indexOf(mention, from);
        return new Span(start, start + mention.length(), type, 1f);
    }

    @Test
    void anAbbreviationTakesItsLongFormsTypeThereAndLaterInTheText() {
        String text = "Phenylpropanolamine ( PPA ) is a drug ; PPA and caffeine were given .";
        Span longForm = span(text, "Phenylpropanolamine", 0, "chemical");
        Span asGene = span(text, "PPA", 0, "gene");
        List<Span> out = DefinedAbbreviations.apply(text, List.of(longForm, asGene));
        assertEquals(List.of(longForm, span(text, "PPA", 0, "chemical"), span(text, "PPA", 30, "chemical")), out);
    }

    @Test
    void aBracketThatIsNoAbbreviationOfTheLongFormChangesNothing() {
        String text = "Mice given cisplatin ( Sigma ) and cisplatin ( 5 mg ) lost weight .";
        List<Span> spans = List.of(span(text, "cisplatin", 0, "chemical"), span(text, "cisplatin", 20, "chemical"));
        assertEquals(spans, DefinedAbbreviations.apply(text, spans));
    }

    @Test
    void aLongerMentionHoldingTheAbbreviationStays() {
        String text = "Phenylpropanolamine ( PPA ) causes PPA-induced injury .";
        Span longForm = span(text, "Phenylpropanolamine", 0, "chemical");
        Span disease = span(text, "PPA-induced injury", 0, "disease");
        List<Span> out = DefinedAbbreviations.apply(text, List.of(longForm, disease));
        assertEquals(List.of(longForm, span(text, "PPA", 0, "chemical"), disease), out);
    }
}
