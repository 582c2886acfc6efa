package org.paperbridge;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/**
 * Where every command's configuration comes from, whatever the working folder: the file given
 * with {@code --config}; else {@code config/pipeline.yaml} of the installation (the launcher says
 * where that is with {@code -Dpaperbridge.home}; a jar or class folder in {@code <home>/<module>/target}
 * finds it by itself); else the built-in defaults.
 */
public final class ConfigResolver {
    public static final String HOME_PROPERTY = "paperbridge.home";
    static final Path INSTALLED = Path.of("config", "pipeline.yaml");

    private ConfigResolver() {
    }

    /** The configuration for {@code explicit} (may be null), looked up as the class comment says. */
    public static PipelineConfig resolve(Path explicit) throws IOException {
        return resolve(explicit, installationHome().orElse(null));
    }

    static PipelineConfig resolve(Path explicit, Path home) throws IOException {
        if (explicit != null) {
            if (!Files.isRegularFile(explicit)) {
                throw new IllegalArgumentException("no such configuration file: " + explicit);
            }
            return PipelineConfig.load(explicit);
        }
        if (home != null && Files.isRegularFile(home.resolve(INSTALLED))) {
            return PipelineConfig.load(home.resolve(INSTALLED));
        }
        return PipelineConfig.defaults();
    }

    /** The installation's root folder, when it can be told: the launcher's property, else the jar's place. */
    public static Optional<Path> installationHome() {
        String property = System.getProperty(HOME_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Optional.of(Path.of(property));
        }
        try {
            CodeSource cs = ConfigResolver.class.getProtectionDomain().getCodeSource();
            if (cs == null || cs.getLocation() == null) {
                return Optional.empty();
            }
            // <home>/app/target/paperbridge.jar, or <home>/<module>/target/classes in a build
            Path target = Path.of(cs.getLocation().toURI()).getParent();
            Path home = target == null || target.getParent() == null ? null : target.getParent().getParent();
            return home != null && Files.isRegularFile(home.resolve(INSTALLED)) ? Optional.of(home) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
