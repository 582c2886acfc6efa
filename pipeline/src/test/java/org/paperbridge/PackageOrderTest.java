package org.paperbridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The package order of DESIGN.md holds in the code: a stage package imports only packages before
 * it in the data flow, and only the composing packages (batch, bench, eval, cli) use the root.
 */
class PackageOrderTest {
    /** DESIGN.md's table, in order. */
    static final List<String> ORDER = List.of("model", "io", "lang", "ingest", "clean", "structure", "text", "align",
            "ner", "entity", "corpus", "index", "solr", "batch", "bench", "eval", "serve", "cli");
    private static final List<String> COMPOSERS = List.of("batch", "bench", "eval", "serve", "cli");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.paperbridge\\.(\\w+)[.;]",
            Pattern.MULTILINE);
    private static final Path SOURCES = Path.of(System.getProperty("paperbridge.root", ".."),
            "pipeline/src/main/java/org/paperbridge");

    @Test
    void noImportRunsAgainstTheFlow() throws IOException {
        List<String> against = new ArrayList<>();
        int files = 0;
        for (String pkg : ORDER) {
            try (Stream<Path> sources = Files.list(SOURCES.resolve(pkg))) {
                for (Path f : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    files++;
                    Matcher m = IMPORT.matcher(Files.readString(f));
                    while (m.find()) {
                        String used = m.group(1);
                        boolean root = Character.isUpperCase(used.charAt(0));
                        if (root ? !COMPOSERS.contains(pkg) : ORDER.indexOf(used) > ORDER.indexOf(pkg)) {
                            against.add(pkg + "/" + f.getFileName() + " imports " + (root ? "the root's " : "")
                                    + used);
                        }
                    }
                }
            }
        }
        assertTrue(files > 200, "read the sources: " + files);
        assertEquals(List.of(), against);
    }

    @Test
    void everyPackageIsInTheOrder() throws IOException {
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            List<String> missing = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString())
                    .filter(d -> !ORDER.contains(d)).toList();
            assertEquals(List.of(), missing, "packages DESIGN.md's order does not place");
        }
    }
}
