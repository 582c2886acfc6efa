package org.paperbridge.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

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
}
