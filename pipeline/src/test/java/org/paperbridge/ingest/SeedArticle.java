package org.paperbridge.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.paperbridge.bench.ArticleParts;

/** The seed article of the format fixtures: where the repository is, and its text read into parts. */
final class SeedArticle {
    private SeedArticle() {
    }

    static Path root() {
        return Path.of(System.getProperty("paperbridge.root", "..")).toAbsolutePath().normalize();
    }

    static Path path() {
        return root().resolve("fixtures/seed/000_ce62bb77f3435be5.txt");
    }

    static ArticleParts load() throws IOException {
        return ArticleParts.parse(Files.readString(path(), StandardCharsets.UTF_8));
    }
}
