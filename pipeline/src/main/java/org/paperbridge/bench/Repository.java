package org.paperbridge.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository's fixtures are, for measurements run from a test, the launcher or a module folder. */
public final class Repository {
    private Repository() {
    }

    /**
     * {@code -Dpaperbridge.root} (the tests), else {@code -Dpaperbridge.home} (the launcher), else
     * the working folder or its parent, whichever holds {@code fixtures/}.
     */
    public static Path root() {
        for (String property : new String[] {"paperbridge.root", "paperbridge.home"}) {
            String value = System.getProperty(property);
            if (value != null && !value.isBlank()) {
                return Path.of(value).toAbsolutePath().normalize();
            }
        }
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("fixtures")) || here.getParent() == null ? here : here.getParent();
    }
}
