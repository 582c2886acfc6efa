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

    /** Largest configuration file read: a configuration is a few lines. */
    static final long MAX_CONFIG_BYTES = 1024 * 1024;

    /**
     * Reads a YAML configuration file; keys it leaves out keep their defaults. Whatever is wrong
     * with the file is one line naming it, never the file's content echoed (it may be binary).
     */
    public static PipelineConfig load(Path file) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        PipelineConfig d = defaults();
        byte[] bytes = Files.size(file) > MAX_CONFIG_BYTES ? null : Files.readAllBytes(file);
        if (bytes == null || !isText(bytes)) {
            throw new IOException("configuration file " + file + " is not a YAML text file"
                    + (bytes == null ? " (over 1 MB)" : " (binary or not UTF-8)"));
        }
        try {
            var node = yaml.readTree(bytes);
            if (node == null || node.isNull() || node.isMissingNode()) {
                return d;
            }
            if (!node.isObject()) {
                throw new IOException("configuration file " + file + " must be a YAML mapping of keys to values");
            }
            var merged = yaml.valueToTree(d);
            ((com.fasterxml.jackson.databind.node.ObjectNode) merged).setAll(
                    (com.fasterxml.jackson.databind.node.ObjectNode) node);
            return yaml.treeToValue(merged, PipelineConfig.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException("configuration file " + file + ": " + problem(e), e);
        }
    }

    private static boolean isText(byte[] bytes) {
        try {
            String s = java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
            return s.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7F);
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    /** The parser's complaint in one short line: where, and what (a constructor's own message when it refused). */
    private static String problem(com.fasterxml.jackson.core.JsonProcessingException e) {
        Throwable cause = e.getCause();
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
            return "unknown key '" + u.getPropertyName() + "'; known: " + u.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(java.util.stream.Collectors.joining(", "));
        }
        String what = cause instanceof IllegalArgumentException ? cause.getMessage() : e.getOriginalMessage();
        what = what == null ? e.getClass().getSimpleName() : what.replaceAll("\\s+", " ").strip();
        if (what.length() > 200) {
            what = what.substring(0, 200) + "…";
        }
        var at = e.getLocation();
        return (at != null && at.getLineNr() > 0 ? "line " + at.getLineNr() + ": " : "") + what;
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
