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
 * The package order of DESIGN.md holds in the code of every module: a stage package imports only
 * packages before it in the data flow, and only the composing packages (batch, bench, eval, serve,
 * cli) use the root. The modules follow the same order: pipeline (model … eval), solr (its client
 * and, beneath it, the plugin), app (serve, cli), so no module needs one built after it.
 */
class PackageOrderTest {
    /** DESIGN.md's table, in order. */
    static final List<String> ORDER = List.of("model", "io", "lang", "ingest", "clean", "structure", "text", "align",
            "ner", "entity", "corpus", "index", "batch", "bench", "eval", "solr", "serve", "cli");
    private static final List<String> COMPOSERS = List.of("batch", "bench", "eval", "serve", "cli");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.paperbridge\\.(\\w+)[.;]",
            Pattern.MULTILINE);
    private static final Path ROOT = Path.of(System.getProperty("paperbridge.root", ".."));
    /** The source folder of each module, in build order. */
    private static final List<Path> MODULES = Stream.of("pipeline", "solr", "app")
            .map(m -> ROOT.resolve(m).resolve("src/main/java/org/paperbridge")).toList();

    @Test
    void noImportRunsAgainstTheFlow() throws IOException {
        List<String> against = new ArrayList<>();
        int files = 0;
        for (String pkg : ORDER) {
            try (Stream<Path> sources = Files.walk(home(pkg))) {
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
        List<String> missing = new ArrayList<>();
        for (Path module : MODULES) {
            try (Stream<Path> dirs = Files.list(module)) {
                dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString())
                        .filter(d -> !ORDER.contains(d)).forEach(missing::add);
            }
        }
        assertEquals(List.of(), missing, "packages DESIGN.md's order does not place");
    }

    @Test
    void modulesFollowTheOrder() {
        // A module's packages come after every package of the modules it builds on.
        int last = -1;
        for (Path module : MODULES) {
            List<Integer> places = ORDER.stream().filter(p -> Files.isDirectory(module.resolve(p)))
                    .map(ORDER::indexOf).toList();
            assertTrue(!places.isEmpty() && places.get(0) > last, module + " starts after the module before it");
            last = places.get(places.size() - 1);
        }
    }

    /** The one module folder that holds {@code pkg}. */
    private static Path home(String pkg) {
        List<Path> homes = MODULES.stream().map(m -> m.resolve(pkg)).filter(Files::isDirectory).toList();
        assertEquals(1, homes.size(), pkg + " lives in exactly one module: " + homes);
        return homes.get(0);
    }
}
