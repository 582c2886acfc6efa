package org.paperbridge.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalIndexTest {
    @TempDir
    Path dir;

    long count(String query) throws Exception {
        try (Searcher searcher = Searcher.open(dir)) {
            return searcher.search(query, SearchOptions.DEFAULT).totalPassages();
        }
    }

    @Test
    void reindexingAnArticleReplacesItsDocuments() throws Exception {
        try (IndexExporter exporter = new IndexExporter(dir)) {
            exporter.accept(SeedArticles.english("a", "sha1", "Old title", "Kidney stones grow slowly.", 2020));
        }
        try (IndexExporter exporter = new IndexExporter(dir)) {
            exporter.accept(SeedArticles.english("a", "sha2", "New title", "Gallstones grow quickly.", 2020));
        }
        assertEquals(0, count("kidney"));
        assertEquals(1, count("gallstones"));
        assertEquals(1, count("title:new"));
        assertEquals(0, count("title:old"));
    }

    @Test
    void articlesMissingFromARunAreRemoved() throws Exception {
        try (IndexExporter exporter = new IndexExporter(dir)) {
            exporter.accept(SeedArticles.english("a", "sha1", "First", "Kidney stones.", 2020));
            exporter.accept(SeedArticles.english("b", "sha2", "Second", "Gallstones.", 2020));
        }
        try (IndexExporter exporter = new IndexExporter(dir)) {
            exporter.accept(SeedArticles.english("b", "sha2", "Second", "Gallstones.", 2020));
        }
        assertEquals(0, count("kidney"));
        assertEquals(1, count("gallstones"));
        try (CorpusIndex index = CorpusIndex.open(dir, List.of())) {
            assertEquals(Set.of("b"), index.docIds());
            assertTrue(index.isCurrent(SeedArticles.english("b", "sha2", "Second", "Gallstones.", 2020)));
            assertEquals(1, index.retainOnly(Set.of()));
        }
        assertEquals(0, count("gallstones"));
    }

    @Test
    void uncommittedWorkIsInvisibleAndTheLastCommitStaysReadable() throws Exception {
        try (IndexExporter exporter = new IndexExporter(dir)) {
            exporter.accept(SeedArticles.english("a", "sha1", "First", "Kidney stones.", 2020));
        }
        CorpusIndex index = CorpusIndex.open(dir, List.of());
        index.index(SeedArticles.english("a", "sha9", "First", "Gallstones instead.", 2020));
        index.retainOnly(Set.of());
        // A run killed here never commits: readers still see the last commit.
        assertEquals(1, count("kidney"));
        assertEquals(0, count("gallstones"));
        index.close();
        assertEquals(0, count("kidney"));
    }

    @Test
    void onlyTheShownWordFieldKeepsOffsetsInItsPostings() throws Exception {
        try (IndexExporter exporter = new IndexExporter(dir)) {
            exporter.accept(SeedArticles.english("a", "sha1", "First", "Kidney stones.", 2020));
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            FieldInfos infos = FieldInfos.getMergedFieldInfos(reader);
            assertEquals(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
                    infos.fieldInfo(Fields.zh(Fields.BODY)).getIndexOptions());
            assertEquals(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS, infos.fieldInfo(Fields.bigram(Fields.BODY)).getIndexOptions());
            assertEquals(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS, infos.fieldInfo(Fields.en(Fields.TITLE)).getIndexOptions());
        }
    }

    @Test
    void anIndexWrittenWithOtherFieldOptionsIsRebuiltNotAppendedTo() throws Exception {
        // As layout 4 wrote it: offsets in the English field too. Lucene refuses to mix the two.
        FieldType withOffsets = new FieldType(TextField.TYPE_NOT_STORED);
        withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        try (IndexWriter old = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig())) {
            Document doc = new Document();
            doc.add(new StringField(Fields.DOC_ID, "old", Field.Store.YES));
            doc.add(new Field(Fields.en(Fields.BODY), "kidney stones", withOffsets));
            old.addDocument(doc);
        }
        try (CorpusIndex index = CorpusIndex.open(dir, List.of())) {
            assertEquals(Set.of(), index.docIds());
            index.index(SeedArticles.english("a", "sha1", "First", "Gallstones.", 2020));
        }
        assertEquals(0, count("kidney"));
        assertEquals(1, count("gallstones"));
    }
}
