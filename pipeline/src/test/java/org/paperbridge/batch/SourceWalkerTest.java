package org.paperbridge.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceWalkerTest {
    @TempDir
    Path dir;

    @Test
    void walksFoldersInSortedOrderFilteringByGlob() throws IOException {
        Files.createDirectories(dir.resolve("b/c"));
        Files.writeString(dir.resolve("b/c/z.txt"), "x");
        Files.writeString(dir.resolve("a.md"), "x");
        Files.writeString(dir.resolve("notes.log"), "x");
        Files.writeString(dir.resolve(".hidden.txt"), "x");
        SourceWalker.Found found = new SourceWalker(List.of("*.txt", "*.md"), List.of(".*")).walk(List.of(dir));
        assertEquals(List.of(dir.resolve("a.md"), dir.resolve("b/c/z.txt")), found.files());
        assertTrue(found.problems().isEmpty());
    }

    @Test
    void reportsSymlinkLoopsAndMissingInputsWithoutStopping() throws IOException {
        Files.createDirectories(dir.resolve("loop"));
        Files.writeString(dir.resolve("loop/a.txt"), "x");
        Files.createSymbolicLink(dir.resolve("loop/back"), dir.resolve("loop"));
        SourceWalker.Found found = new SourceWalker(List.of("*.txt"), List.of())
                .walk(List.of(dir, dir.resolve("missing.txt")));
        assertEquals(List.of(dir.resolve("loop/a.txt")), found.files());
        assertEquals(2, found.problems().size());
        assertTrue(found.problems().get(0).message().contains("symbolic link loop"), found.problems().toString());
        assertEquals("no such file or folder", found.problems().get(1).message());
    }
}
