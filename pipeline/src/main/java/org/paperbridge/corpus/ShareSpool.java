package org.paperbridge.corpus;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;

import org.paperbridge.io.AtomicFiles;

/**
 * Each article's share of an export that is decided over the whole corpus in corpus order (which
 * pairs are duplicates, the merged glossary), kept in a temporary file until the export closes and
 * then read back in order, so that an article withdrawn meanwhile is left out as if never
 * accepted. Costs one sequential write and read of the shares; no memory per article.
 */
final class ShareSpool implements Closeable {
    /** Reads one article's share; it must read all of it, kept or not. */
    interface Reader {
        void read(int ordinal, DataInputStream in, boolean kept) throws IOException;
    }

    private final Path file;
    private final DataOutputStream out;
    private final BitSet withdrawn = new BitSet();
    private int articles;

    ShareSpool(Path target) throws IOException {
        this.file = AtomicFiles.temporaryFor(target);
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    /** The stream to write article {@code ordinal}'s share to; articles come in order, every one of them, from 0. */
    DataOutputStream begin(int ordinal) throws IOException {
        if (ordinal != articles) {
            throw new IllegalStateException("article " + ordinal + " out of order: expected " + articles);
        }
        articles++;
        out.writeInt(ordinal);
        return out;
    }

    void withdraw(int ordinal) {
        withdrawn.set(ordinal);
    }

    /** Reads every share back in order, once. */
    void replay(Reader reader) throws IOException {
        out.close();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            for (int i = 0; i < articles; i++) {
                int ordinal = in.readInt();
                reader.read(ordinal, in, !withdrawn.get(ordinal));
            }
        } catch (EOFException e) {
            throw new IOException("spool " + file + " is shorter than written", e);
        }
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        writeBytes(out, s == null ? null : s.getBytes(StandardCharsets.UTF_8));
    }

    static String readString(DataInputStream in) throws IOException {
        byte[] b = readBytes(in);
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    static void writeBytes(DataOutputStream out, byte[] b) throws IOException {
        if (b == null) {
            out.writeInt(-1);
        } else {
            out.writeInt(b.length);
            out.write(b);
        }
    }

    static byte[] readBytes(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return b;
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
