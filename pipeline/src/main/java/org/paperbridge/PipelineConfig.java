package org.paperbridge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The one configuration object of a run, read from {@code config/pipeline.yaml} and then
 * overridden by command-line flags. Unknown keys are an error, so a typo is not silently ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record PipelineConfig(String out, int threads, List<String> formats, boolean index, long maxFileBytes,
                             List<String> include, List<String> exclude, double timeoutSeconds) {
    /** Default time one document may take before it is abandoned and reported. */
    public static final double DEFAULT_TIMEOUT_SECONDS = 60;

    public static final List<String> ALL_FORMATS = List.of("json", "tsv", "tmx", "jsonl", "bioc", "conll");

    public PipelineConfig {
        out = out == null ? "output" : out;
        formats = formats == null ? ALL_FORMATS : List.copyOf(formats);
        include = include == null ? List.of("*") : List.copyOf(include);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (all cores) or more, got " + threads);
        }
        if (maxFileBytes <= 0) {
            maxFileBytes = 200L * 1024 * 1024;
        }
        if (timeoutSeconds <= 0) {
            timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;
        }
        for (String f : formats) {
            if (!ALL_FORMATS.contains(f)) {
                throw new IllegalArgumentException("unknown format '" + f + "'; known: " + String.join(",", ALL_FORMATS));
            }
        }
    }

    /** The built-in defaults, the same as the shipped config/pipeline.yaml. */
    public static PipelineConfig defaults() {
        return new PipelineConfig("output", 0, ALL_FORMATS, true, 200L * 1024 * 1024,
                List.of("*.txt", "*.md", "*.markdown", "*.json", "*.pdf", "*.docx", "*.doc", "*.odt", "*.html",
                        "*.htm", "*.xhtml", "*.epub", "*.rtf"),
                List.of(".*", "*.expected.json", "*.gold.json", "expected.json"), DEFAULT_TIMEOUT_SECONDS);
    }

    /** Reads a YAML configuration file; keys it leaves out keep their defaults. */
    public static PipelineConfig load(Path file) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        PipelineConfig d = defaults();
        var node = yaml.readTree(Files.readAllBytes(file));
        if (node == null || node.isNull() || node.isMissingNode()) {
            return d;
        }
        var merged = yaml.valueToTree(d);
        ((com.fasterxml.jackson.databind.node.ObjectNode) merged).setAll(
                (com.fasterxml.jackson.databind.node.ObjectNode) node);
        return yaml.treeToValue(merged, PipelineConfig.class);
    }

    /** The number of worker threads to use: the configured number, or one per core. */
    public int effectiveThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    public PipelineConfig withOut(String newOut) {
        return new PipelineConfig(newOut, threads, formats, index, maxFileBytes, include, exclude, timeoutSeconds);
    }

    public PipelineConfig withThreads(int newThreads) {
        return new PipelineConfig(out, newThreads, formats, index, maxFileBytes, include, exclude, timeoutSeconds);
    }

    public PipelineConfig withFormats(List<String> newFormats) {
        return new PipelineConfig(out, threads, newFormats, index, maxFileBytes, include, exclude, timeoutSeconds);
    }

    public PipelineConfig withIndex(boolean newIndex) {
        return new PipelineConfig(out, threads, formats, newIndex, maxFileBytes, include, exclude, timeoutSeconds);
    }

    public PipelineConfig withMaxFileBytes(long newMaxFileBytes) {
        return new PipelineConfig(out, threads, formats, index, newMaxFileBytes, include, exclude, timeoutSeconds);
    }

    public PipelineConfig withTimeoutSeconds(double newTimeoutSeconds) {
        return new PipelineConfig(out, threads, formats, index, maxFileBytes, include, exclude, newTimeoutSeconds);
    }
}
