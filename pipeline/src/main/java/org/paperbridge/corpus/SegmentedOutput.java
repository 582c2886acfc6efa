package org.paperbridge.corpus;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.BitSet;

import org.paperbridge.io.AtomicFiles;

/**
 * An export file made of a head, one segment per article in corpus order and a tail, which can
 * take an article's segment back until it is closed (a copy of the article found worse than a
 * later one). Written through a temporary file that lands on its name when closed: as it is when
 * nothing was withdrawn, so the common run pays nothing; otherwise the kept segments are copied
 * into a second one, file to file. A segment may start with a separator (a JSON array's comma):
 * the first kept segment then takes the first segment's separator instead of its own.
 */
public final class SegmentedOutput extends OutputStream {
    private final Path target;
    private final Path tmp;
    private final OutputStream out;
    private long written;
    private long[] starts = new long[256];
    private int[] separators = new int[256];
    private int segments;
    private long tail = -1;
    private final BitSet withdrawn = new BitSet();
    private boolean closed;

    public SegmentedOutput(Path target) throws IOException {
        this.target = target;
        this.tmp = AtomicFiles.temporaryFor(target);
        this.out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
    }

    /** Starts the segment of article {@code ordinal}; articles come in order, every one of them, from 0. */
    public void beginArticle(int ordinal) {
        if (ordinal != segments || tail >= 0) {
            throw new IllegalStateException("article " + ordinal + " out of order: expected " + segments);
        }
        if (segments == starts.length) {
            starts = Arrays.copyOf(starts, segments * 2);
            separators = Arrays.copyOf(separators, segments * 2);
        }
        starts[segments] = written;
        separators[segments] = 0;
        segments++;
    }

    /** Says that the current segment's separator ends here (what came since {@link #beginArticle}). */
    public void separatorWritten() {
        separators[segments - 1] = (int) (written - starts[segments - 1]);
    }

    /** Starts the tail: what follows comes after the last article. */
    public void beginTail() {
        if (tail < 0) {
            tail = written;
        }
    }

    /** Leaves article {@code ordinal}'s segment out of the file. */
    public void withdraw(int ordinal) {
        if (ordinal < 0 || ordinal >= segments) {
            throw new IllegalArgumentException("no article " + ordinal + " in " + target.getFileName());
        }
        withdrawn.set(ordinal);
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        written++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        written += len;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        out.close();
        beginTail();
        if (withdrawn.isEmpty()) {
            AtomicFiles.commit(tmp, target);
            return;
        }
        Path kept = AtomicFiles.temporaryFor(target);
        try (FileChannel in = FileChannel.open(tmp, StandardOpenOption.READ);
             FileChannel to = FileChannel.open(kept, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            copy(in, to, 0, segments == 0 ? tail : starts[0]);
            boolean first = true;
            for (int i = 0; i < segments; i++) {
                if (withdrawn.get(i)) {
                    continue;
                }
                long from = starts[i];
                if (first && i > 0) {
                    copy(in, to, starts[0], starts[0] + separators[0]);
                    from += separators[i];
                }
                first = false;
                copy(in, to, from, i + 1 < segments ? starts[i + 1] : tail);
            }
            copy(in, to, tail, written);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(kept);
            throw e;
        } finally {
            Files.deleteIfExists(tmp);
        }
        AtomicFiles.commit(kept, target);
    }

    private static void copy(FileChannel in, FileChannel to, long from, long end) throws IOException {
        long at = from;
        while (at < end) {
            long n = in.transferTo(at, end - at, to);
            if (n <= 0) {
                ByteBuffer one = ByteBuffer.allocate((int) Math.min(1 << 16, end - at));
                int r = in.read(one, at);
                if (r <= 0) {
                    throw new IOException("export file shorter than written: " + at + " of " + end);
                }
                one.flip();
                while (one.hasRemaining()) {
                    to.write(one);
                }
                n = r;
            }
            at += n;
        }
    }
}
