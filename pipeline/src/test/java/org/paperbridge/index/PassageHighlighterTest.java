package org.paperbridge.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class PassageHighlighterTest {
    private static final String[] TEXTS = {
        "liver failure is treated with stem cells",
        "no match here at all",
        "acute liver failure and liver failure again",
        "stem cells alone",
        "failure of the liver is not the phrase",
        "cells and liver failure in one sentence. Another sentence about cells",
        "liver failure",
    };

    @Test
    void marksTheSameWordsAsLucenesHighlighterAcrossSegments() throws IOException {
        try (Directory dir = new ByteBuffersDirectory()) {
            Analyzer analyzer = new WhitespaceAnalyzer();
            // Two documents per segment, never merged: the weight kept for one segment must not serve the next.
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setMergePolicy(NoMergePolicy.INSTANCE);
            try (IndexWriter writer = new IndexWriter(dir, config)) {
                for (int i = 0; i < TEXTS.length; i++) {
                    writer.addDocument(document(TEXTS[i]));
                    if (i % 2 == 1) {
                        writer.commit();
                    }
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertTrue(reader.leaves().size() >= 3);
                IndexSearcher searcher = new IndexSearcher(reader);
                // As a search's query: a phrase that must match (on the masked field), a word that adds to it.
                Query query = new BooleanQuery.Builder()
                        .add(new BoostQuery(new PhraseQuery("t_en", "liver", "failure"), 2f), Occur.MUST)
                        .add(new TermQuery(new Term("t_zh", "cells")), Occur.SHOULD)
                        .build();
                int[] docs = {0, 1, 2, 3, 4, 5, 6};
                int[] passages = {2};
                String[] expected = builder(searcher, analyzer).build()
                        .highlightFields(new String[] {"t_zh"}, query, docs, passages).get("t_zh");
                Map<String, String[]> actual = new PassageHighlighter(builder(searcher, analyzer))
                        .highlightFields(new String[] {"t_zh"}, query, docs, passages);

                assertArrayEquals(expected, actual.get("t_zh"));
                assertEquals(4, Arrays.stream(expected).filter(s -> s != null && s.contains("<b>")).count());
                assertTrue(expected[2].contains("<b>liver failure</b> again"), expected[2]);
                assertTrue(expected[5].contains("<b>cells</b>"), expected[5]);
            }
        }
    }

    @Test
    void clauseShapesMarkTheSameWordsAsLucenesHighlighter() throws IOException {
        // Each shape exercises a rule of SegmentMatches: a required clause on a field not shown
        // decides the match; a prohibited one removes it; a minimum of optional clauses; dis-max;
        // optional clauses on the unshown field left out; a phrase absent from a segment.
        Query liverFailure = new PhraseQuery("t_en", "liver", "failure");
        Query cells = new TermQuery(new Term("t_zh", "cells"));
        Query stem = new TermQuery(new Term("t_zh", "stem"));
        Query sentence = new TermQuery(new Term("t_other", "sentence"));
        Query[] shapes = {
            new BooleanQuery.Builder().add(cells, Occur.SHOULD).add(sentence, Occur.MUST).build(),
            new BooleanQuery.Builder().add(liverFailure, Occur.SHOULD).add(stem, Occur.MUST_NOT).build(),
            new BooleanQuery.Builder().add(liverFailure, Occur.SHOULD).add(cells, Occur.SHOULD)
                    .add(stem, Occur.SHOULD).setMinimumNumberShouldMatch(2).build(),
            new org.apache.lucene.search.DisjunctionMaxQuery(java.util.List.of(cells, liverFailure, sentence), 0.1f),
            new BooleanQuery.Builder().add(sentence, Occur.SHOULD).add(new BooleanQuery.Builder()
                    .add(stem, Occur.MUST).add(new PhraseQuery("t_en", "stem", "cells"), Occur.SHOULD).build(),
                    Occur.SHOULD).build(),
            new BooleanQuery.Builder().add(new PhraseQuery("t_en", "acute", "liver"), Occur.SHOULD)
                    .add(cells, Occur.SHOULD).build(),
        };
        try (Directory dir = new ByteBuffersDirectory()) {
            Analyzer analyzer = new WhitespaceAnalyzer();
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setMergePolicy(NoMergePolicy.INSTANCE);
            try (IndexWriter writer = new IndexWriter(dir, config)) {
                for (int i = 0; i < TEXTS.length; i++) {
                    Document doc = document(TEXTS[i]);
                    doc.add(new Field("t_other", TEXTS[i], withOffsets(false)));
                    writer.addDocument(doc);
                    if (i % 3 == 2) {
                        writer.commit();
                    }
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                int[] docs = {0, 1, 2, 3, 4, 5, 6};
                int[] passages = {2};
                int marked = 0;
                for (Query query : shapes) {
                    String[] expected = builder(searcher, analyzer).build()
                            .highlightFields(new String[] {"t_zh"}, query, docs, passages).get("t_zh");
                    String[] actual = new PassageHighlighter(builder(searcher, analyzer))
                            .highlightFields(new String[] {"t_zh"}, query, docs, passages).get("t_zh");
                    assertArrayEquals(expected, actual, query.toString());
                    marked += (int) Arrays.stream(expected).filter(s -> s != null && s.contains("<b>")).count();
                }
                assertTrue(marked >= 10, "the shapes mark words: " + marked);
            }
        }
    }

    private static UnifiedHighlighter.Builder builder(IndexSearcher searcher, Analyzer analyzer) {
        return UnifiedHighlighter.builder(searcher, analyzer)
                .withMaskedFieldsFunc(field -> field.equals("t_zh") ? Set.of("t_en") : Set.of())
                .withMaxNoHighlightPassages(1);
    }

    private static Document document(String text) {
        FieldType stored = withOffsets(true);
        Document doc = new Document();
        doc.add(new Field("t_zh", text, stored));
        doc.add(new Field("t_en", text, withOffsets(false)));
        return doc;
    }

    private static FieldType withOffsets(boolean store) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(store);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
