package org.paperbridge.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperbridge.PipelineConfig;
import picocli.CommandLine.Option;

/** The guards on reading one source, named after their configuration keys: {@code run} and {@code show}. */
final class SourceOptions {
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(|b|[kmg]b?|[kmg]ib)", Pattern.CASE_INSENSITIVE);

    @Option(names = {"--timeout-seconds", "--timeout"}, paramLabel = "SECONDS",
            description = "Give up on a file after this many seconds (default 60, or 'timeoutSeconds' of the config).")
    Double timeoutSeconds;

    @Option(names = {"--max-file-bytes", "--max-file-size"}, paramLabel = "SIZE",
            description = "Skip files larger than this, e.g. 200MB, 512k, 1g (default 200MB, or 'maxFileBytes').")
    String maxFileBytes;

    /** {@code cfg} with the options given; an impossible value is an {@link IllegalArgumentException}. */
    PipelineConfig applyTo(PipelineConfig cfg) {
        PipelineConfig result = cfg;
        if (timeoutSeconds != null) {
            if (!(timeoutSeconds > 0)) {
                throw new IllegalArgumentException("--timeout-seconds must be a positive number of seconds");
            }
            result = result.withTimeoutSeconds(timeoutSeconds);
        }
        if (maxFileBytes != null) {
            result = result.withMaxFileBytes(parseSize(maxFileBytes));
        }
        return result;
    }

    /** Bytes in a size such as {@code 200MB}, {@code 512k}, {@code 1g} or {@code 1048576} (binary units). */
    static long parseSize(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("--max-file-bytes: not a size: '" + text + "' (examples: 200MB, 512k, 1g)");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        int shift = unit.isEmpty() || unit.equals("b") ? 0 : switch (unit.charAt(0)) {
            case 'k' -> 10;
            case 'm' -> 20;
            default -> 30;
        };
        if (n <= 0 || n > (Long.MAX_VALUE >> shift)) {
            throw new IllegalArgumentException("--max-file-bytes must be positive: '" + text + "'");
        }
        return n << shift;
    }
}
