package org.paperbridge.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentedOutputTest {
    /** A JSON-like list of the letters, each segment led by its separator, with the articles {@code withdrawn} taken back. */
    private static String list(Path dir, List<String> items, int... withdrawn) throws IOException {
        Path file = dir.resolve("list.json");
        try (SegmentedOutput out = new SegmentedOutput(file)) {
            out.write("[".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < items.size(); i++) {
                out.beginArticle(i);
                out.write((i == 0 ? "" : ", ").getBytes(StandardCharsets.UTF_8));
                out.separatorWritten();
                out.write(items.get(i).getBytes(StandardCharsets.UTF_8));
            }
            out.beginTail();
            out.write("]".getBytes(StandardCharsets.UTF_8));
            for (int w : withdrawn) {
                out.withdraw(w);
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left");
        }
        return Files.readString(file);
    }

    @Test
    void leavesWithdrawnSegmentsOutAndTheFirstKeptTakesTheFirstSeparator(@TempDir Path dir) throws IOException {
        List<String> abc = List.of("a", "b", "c");
        assertEquals("[a, b, c]", list(dir, abc));
        assertEquals("[b, c]", list(dir, abc, 0));
        assertEquals("[a, c]", list(dir, abc, 1));
        assertEquals("[a, b]", list(dir, abc, 2));
        assertEquals("[c]", list(dir, abc, 0, 1));
    }
}
