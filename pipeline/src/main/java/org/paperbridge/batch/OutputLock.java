package org.paperbridge.batch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on an output folder for the length of a run, so two runs never write the same
 * corpus. It is an operating-system lock on {@code .paperbridge.lock}: it dies with the process,
 * so a run killed with {@code kill -9} leaves nothing that blocks the next one.
 */
public final class OutputLock implements AutoCloseable {
    public static final String FILE = ".paperbridge.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Thrown when another run (in this process or another) holds the folder. */
    public static final class BusyException extends Exception {
        private static final long serialVersionUID = 1L;

        BusyException(Path outDir) {
            super("another paperbridge run is writing to " + outDir + " (it holds " + outDir.resolve(FILE)
                    + "); wait for it to finish or choose another --out");
        }
    }

    /** Locks {@code outDir} (creating it) or fails at once with {@link BusyException}. */
    public static OutputLock acquire(Path outDir) throws IOException, BusyException {
        Files.createDirectories(outDir);
        FileChannel channel = FileChannel.open(outDir.resolve(FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new BusyException(outDir);
            }
            return new OutputLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            channel.close();
            throw new BusyException(outDir);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
