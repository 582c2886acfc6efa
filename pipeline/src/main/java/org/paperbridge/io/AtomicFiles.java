package org.paperbridge.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Writes files under a temporary name and moves them into place, so none is ever seen half-written. */
public final class AtomicFiles {
    private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");

    private AtomicFiles() {
    }

    /** Writes {@code text} as UTF-8 to {@code target} atomically. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code bytes} to {@code target} atomically. */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path tmp = temporaryFor(target);
        try {
            Files.write(tmp, bytes);
            commit(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A fresh temporary file beside {@code target} (same file system, so the move is atomic). */
    public static Path temporaryFor(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // Named unmistakably as ours: a run removes only temporaries of this form.
        String prefix = ".paperbridge-" + target.getFileName() + ".";
        // createTempFile alone makes owner-only files; outputs are for everyone who may read the folder.
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile(dir, prefix, ".tmp", PosixFilePermissions.asFileAttribute(READABLE));
        }
        return Files.createTempFile(dir, prefix, ".tmp");
    }

    /**
     * Makes {@code target} (absent) the same file as {@code existing}: a hard link, which costs no
     * copy (outputs are written once and replaced, never changed in place, so sharing is safe), or a
     * copy where the file system has no hard links.
     */
    public static void link(Path existing, Path target) throws IOException {
        try {
            Files.createLink(target, existing);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(existing, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Moves a finished temporary file onto {@code target}, replacing it. */
    public static void commit(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** An output stream to a temporary file that lands on {@code target} only when closed normally. */
    public static OutputStream newOutputStream(Path target) throws IOException {
        Path tmp = temporaryFor(target);
        OutputStream out = Files.newOutputStream(tmp);
        return new OutputStream() {
            private boolean closed;

            @Override
            public void write(int b) throws IOException {
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
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
                commit(tmp, target);
            }
        };
    }
}
