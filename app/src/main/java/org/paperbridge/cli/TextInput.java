package org.paperbridge.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

import org.paperbridge.ingest.TextDecoder;
import org.paperbridge.ingest.TextExtractor;
import org.paperbridge.model.PipelineException;

/**
 * The text a command reads from a file or standard input: at most {@link #MAX_BYTES}, in any
 * encoding the pipeline reads (UTF-8, UTF-16/32, GB18030, Big5). Every failure is one line for
 * the person who named the file.
 */
final class TextInput {
    /** Largest input a command holds in memory. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    /** A file or standard input that cannot be read as text; the message is one line. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    private TextInput() {
    }

    /** The text of {@code name}, a path or "-" for {@code stdin}. */
    static String read(String name, InputStream stdin) throws Unreadable {
        return decode(name.equals("-") ? fromStream(stdin) : fromFile(Path.of(name)), name);
    }

    static String read(Path file) throws Unreadable {
        return decode(fromFile(file), file.toString());
    }

    private static byte[] fromFile(Path file) throws Unreadable {
        try {
            if (Files.isDirectory(file)) {
                throw new Unreadable(file + " is a folder, not a text file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw tooLarge(file.toString(), size);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new Unreadable("no such file: " + file);
        } catch (AccessDeniedException e) {
            throw new Unreadable("cannot read " + file + ": permission denied");
        } catch (IOException e) {
            throw new Unreadable("cannot read " + file + ": " + Main.oneLine(e));
        }
    }

    private static byte[] fromStream(InputStream in) throws Unreadable {
        try {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw tooLarge("standard input", bytes.length);
            }
            return bytes;
        } catch (IOException e) {
            throw new Unreadable("cannot read standard input: " + Main.oneLine(e));
        }
    }

    private static Unreadable tooLarge(String what, long size) {
        return new Unreadable(String.format(Locale.ROOT, "%s is too large: %,d bytes or more, over the limit of %,d"
                + " (split it into smaller files)", what, size, MAX_BYTES));
    }

    /** NUL bytes past the few a damaged text may hold (see TextExtractor). */
    private static boolean looksBinary(byte[] bytes) {
        int nuls = 0;
        for (byte b : bytes) {
            nuls += b == 0 ? 1 : 0;
        }
        return (long) nuls * TextExtractor.BYTES_PER_STRAY_NUL > bytes.length;
    }

    private static String decode(byte[] bytes, String name) throws Unreadable {
        if (bytes.length == 0) {
            return "";
        }
        String label = name.equals("-") ? "standard input" : name;
        if (!TextDecoder.isWideUnicode(bytes) && looksBinary(bytes)) {
            throw new Unreadable(label + " is a binary file, not text");
        }
        try {
            return new TextDecoder().decode(bytes, label);
        } catch (PipelineException e) {
            throw new Unreadable(e.getMessage());
        }
    }
}
