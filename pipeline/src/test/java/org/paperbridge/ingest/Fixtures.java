package org.paperbridge.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.paperbridge.bench.TextSimilarity;

/** The generated format fixtures, regenerated from the seed when one is missing. */
final class Fixtures {
    private Fixtures() {
    }

    static byte[] bytes(String relative) {
        Path path = SeedArticle.root().resolve("fixtures").resolve(relative);
        try {
            if (!Files.exists(path)) {
                FixtureGenerator.writeAll(SeedArticle.root().resolve("fixtures"));
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 1 − edit distance / longer length, after all whitespace is removed. */
    static double similarity(String a, String b) {
        return TextSimilarity.of(a, b);
    }
}
