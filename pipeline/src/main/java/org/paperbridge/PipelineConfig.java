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
 * The one configuration object of every command, found by {@link ConfigResolver} and then
 * overridden by command-line flags named after its keys. Unknown keys are an error, so a typo is
 * not silently ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record PipelineConfig(String out, int threads, List<String> formats, boolean index, long maxFileBytes,
                             List<String> include, List<String> exclude, double timeoutSeconds) {
    public static final List<String> ALL_FORMATS = List.of("json", "tsv", "tmx", "jsonl", "bioc", "conll");

    /**
     * The defaults: {@code config/pipeline.yaml} of the source tree, copied into the jar by the build,
     * so they are written in one place.
     */
    static final String DEFAULTS_RESOURCE = "/org/paperbridge/pipeline.yaml";

    public PipelineConfig {
        if (out == null || out.isBlank() || formats == null || include == null || exclude == null) {
            throw new IllegalArgumentException("out, formats, include and exclude must be given");
        }
        formats = List.copyOf(formats);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (all cores) or more, got " + threads);
        }
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be a positive number of bytes, got " + maxFileBytes);
        }
        if (!(timeoutSeconds > 0)) {
            throw new IllegalArgumentException("timeoutSeconds must be a positive number, got " + timeoutSeconds);
        }
        for (String f : formats) {
            if (!ALL_FORMATS.contains(f)) {
                throw new IllegalArgumentException("unknown format '" + f + "'; known: " + String.join(",", ALL_FORMATS));
            }
        }
    }

    /** The built-in defaults: the shipped config/pipeline.yaml, read from the class path. */
    public static PipelineConfig defaults() {
        return Defaults.CONFIG;
    }

    /** Read once, when first asked for; a jar without the file is a broken build, not a user error. */
    private static final class Defaults {
        static final PipelineConfig CONFIG = read();

        private static PipelineConfig read() {
            try (var in = PipelineConfig.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(DEFAULTS_RESOURCE + " is missing from the class path");
                }
                return new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                        .readValue(in, PipelineConfig.class);
            } catch (IOException e) {
                throw new IllegalStateException("the built-in " + DEFAULTS_RESOURCE + " cannot be read: " + e.getMessage(), e);
            }
        }
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

    public PipelineConfig withInclude(List<String> newInclude) {
        return new PipelineConfig(out, threads, formats, index, maxFileBytes, newInclude, exclude, timeoutSeconds);
    }

    public PipelineConfig withExclude(List<String> newExclude) {
        return new PipelineConfig(out, threads, formats, index, maxFileBytes, include, newExclude, timeoutSeconds);
    }
}
