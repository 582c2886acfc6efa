package org.paperbridge.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.paperbridge.model.Span;

class EntitySnippetsTest {
    private final EntitySnippets snippets = EntitySnippets.of(new TermQuery(new Term("gene", "stat3")));

    @Test
    void marksTheNamedMentionInItsSentence() {
        String text = "前一句。STAT3 促进增殖。后一句。";
        SearchResult.Snippet s = snippets.snippet(text, "gene\t4\t9\tstat3|hgnc:11364");
        assertEquals("STAT3 促进增殖。", s.text());
        assertEquals(List.of(new Span(0, 5)), s.highlights());
    }

    @Test
    void spansBeyondTheStoredTextShowNothing() {
        // Offsets that do not fit the paragraph (an index written from inconsistent articles) used to throw.
        assertNull(snippets.snippet("短文。", "gene\t292\t297\tstat3"));
        SearchResult.Snippet s = snippets.snippet("STAT3 很短。", "gene\t292\t297\tstat3\ngene\t0\t5\tstat3");
        assertEquals(List.of(new Span(0, 5)), s.highlights());
    }
}
