package org.paperbridge.corpus;

import org.paperbridge.io.Json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.paperbridge.model.Abstract;
import org.paperbridge.model.Article;
import org.paperbridge.model.Bilingual;
import org.paperbridge.model.Dates;
import org.paperbridge.model.Identifiers;
import org.paperbridge.model.Source;

class CorpusWriterTest {
    @TempDir
    Path out;

    static Article article(String id, String titleZh) {
        return new Article(Article.SCHEMA_VERSION, id, new Source("x.txt", "text", "0".repeat(64), null),
                new Bilingual(titleZh, null), List.of(), List.of(), Abstract.EMPTY, List.of(), Identifiers.EMPTY,
                Dates.EMPTY, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void corpusJsonlAppearsOnlyWhenClosed() throws IOException {
        CorpusWriter w = new CorpusWriter(out, List.of());
        w.write(article("a1", "肝衰竭"));
        assertFalse(Files.exists(out.resolve("corpus.jsonl")));
        assertTrue(Files.exists(out.resolve("docs/a1.json")));
        w.close();
        assertEquals(1, Files.readAllLines(out.resolve("corpus.jsonl")).size());
        try (var left = Files.list(out)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary files left");
        }
    }

    @Test
    void outputsAreReadableByOthersNotOwnerOnly() throws IOException {
        try (CorpusWriter w = new CorpusWriter(out, List.of())) {
            w.write(article("a1", "甲"));
        }
        var perms = Files.getPosixFilePermissions(out.resolve("docs/a1.json"));
        assertTrue(perms.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ), perms.toString());
        assertTrue(Files.getPosixFilePermissions(out.resolve("corpus.jsonl"))
                .contains(java.nio.file.attribute.PosixFilePermission.GROUP_READ));
    }

    /** Each run writes a generation of its own (batch.Generation), so the writer never deletes: a file it did not write stays. */
    @Test
    void neverDeletesAFileItDidNotWrite() throws IOException {
        Path mine = Files.createDirectories(out.resolve("docs")).resolve("mine.json");
        Files.writeString(mine, "{}");
        try (CorpusWriter w = new CorpusWriter(out, List.of())) {
            w.write(article("kept", "留"));
        }
        assertEquals("{}", Files.readString(mine));
        assertTrue(Files.exists(out.resolve("docs/kept.json")));
    }

    @Test
    void refusesTheSameIdTwice() throws IOException {
        try (CorpusWriter w = new CorpusWriter(out, List.of())) {
            w.write(article("a1", "甲"));
            assertThrows(IllegalArgumentException.class, () -> w.write(article("a1", "乙")));
        }
    }

    @Test
    void writesUtf8WithoutEscapesAndReadsBack() throws IOException {
        try (CorpusWriter w = new CorpusWriter(out, List.of())) {
            w.write(article("a1", "𠀀肝衰竭"));
        }
        String json = Files.readString(out.resolve("docs/a1.json"));
        assertTrue(json.contains("\"zh\" : \"𠀀肝衰竭\""), json);
        Article back = Json.MAPPER.readValue(json, Article.class);
        assertEquals(article("a1", "𠀀肝衰竭"), back);
    }

    @Test
    void preparedEntriesLandOnlyWhenAddedAndDiscardedOnesLeaveNothing() throws IOException {
        try (CorpusWriter w = new CorpusWriter(out, List.of())) {
            CorpusWriter.Entry kept = w.prepare(CorpusWriter.Entry.of(article("a1", "甲")));
            CorpusWriter.Entry copy = w.prepare(CorpusWriter.Entry.of(article("a1", "乙")));
            assertFalse(Files.exists(out.resolve("docs/a1.json")), "staged under a temporary name only");
            w.add(kept);
            w.discard(copy);
        }
        assertEquals("甲", Json.MAPPER.readValue(out.resolve("docs/a1.json").toFile(), Article.class).title().zh());
        try (var files = Files.list(out.resolve("docs"))) {
            assertEquals(List.of("a1.json"), files.map(p -> p.getFileName().toString()).toList());
        }
        assertEquals(Json.LINE.writeValueAsString(article("a1", "甲")) + "\n", Files.readString(out.resolve("corpus.jsonl")));
    }
}
