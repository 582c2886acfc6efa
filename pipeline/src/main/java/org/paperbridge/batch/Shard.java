package org.paperbridge.batch;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of {@code count} slices of a batch, numbered from 1 ({@code --shard 2/3}). A source belongs
 * to the slice chosen by a hash of its path relative to the input it was found under, so machines
 * that mount the same folder tree at different places split it the same way.
 */
public record Shard(int index, int count) {
    private static final Pattern SPEC = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*");

    public Shard {
        if (count < 1) {
            throw new IllegalArgumentException("--shard " + index + "/" + count + ": the number of shards must be at least 1");
        }
        if (index < 1 || index > count) {
            throw new IllegalArgumentException("--shard " + index + "/" + count + ": the shard number must be from 1 to "
                    + count + " (shards are numbered from 1)");
        }
    }

    /** Reads {@code i/N}, e.g. {@code 2/3}; anything else is an {@link IllegalArgumentException} that says why. */
    public static Shard parse(String spec) {
        Matcher m = SPEC.matcher(spec);
        if (!m.matches()) {
            throw new IllegalArgumentException("--shard: not a shard: '" + spec
                    + "' (expected i/N with 1 <= i <= N, e.g. 2/3)");
        }
        return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** Whether the source at {@code relativePath} (its names joined by '/') falls in this shard. */
    public boolean contains(String relativePath) {
        return slot(relativePath, count) == index - 1;
    }

    /**
     * The 0-based slot of a relative path among {@code count}: the first 8 bytes of the SHA-256 of
     * its UTF-8 bytes, read big-endian as an unsigned number, modulo {@code count}. Documented in
     * docs/batch.md so that other tools can split a folder the same way.
     */
    static int slot(String relativePath, int count) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(relativePath.getBytes(StandardCharsets.UTF_8));
            long h = ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
            return (int) Long.remainderUnsigned(h, count);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * The path of {@code file} relative to the first of {@code inputs} it lies under, names joined
     * by '/'. A file named as an input is keyed by its file name; a path under no input (a walk
     * problem reported for an input itself) by its path as given.
     */
    public static String relativeKey(Path file, List<Path> inputs) {
        Path f = file.normalize();
        for (Path input : inputs) {
            Path root = input.normalize();
            if (f.equals(root)) {
                Path name = f.getFileName();
                return name == null ? f.toString() : name.toString();
            }
            if (root.toString().isEmpty() && !f.isAbsolute()) {
                return joined(f);
            }
            if (f.startsWith(root)) {
                return joined(root.relativize(f));
            }
        }
        return joined(f);
    }

    private static String joined(Path p) {
        StringBuilder sb = new StringBuilder();
        for (Path name : p) {
            if (!sb.isEmpty()) {
                sb.append('/');
            }
            sb.append(name);
        }
        return sb.isEmpty() ? p.toString() : sb.toString();
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
