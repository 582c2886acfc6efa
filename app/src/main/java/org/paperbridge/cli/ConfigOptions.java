package org.paperbridge.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.paperbridge.ConfigResolver;
import org.paperbridge.PipelineConfig;
import picocli.CommandLine.Option;

/** {@code --config}: the one way every command that processes or writes a corpus finds its configuration. */
final class ConfigOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: config/pipeline.yaml "
            + "of the installation, whatever the working folder; else the built-in defaults).")
    Path config;

    /** The configuration before any other flag; a missing file is an {@link IllegalArgumentException}. */
    PipelineConfig resolve() throws IOException {
        return ConfigResolver.resolve(config);
    }
}
