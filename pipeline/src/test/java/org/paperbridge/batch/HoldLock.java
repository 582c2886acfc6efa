package org.paperbridge.batch;

import java.nio.file.Path;

/** Test helper run as a separate process: takes the output lock, says so, and waits to be killed. */
public final class HoldLock {
    private HoldLock() {
    }

    public static void main(String[] args) throws Exception {
        try (OutputLock lock = OutputLock.acquire(Path.of(args[0]))) {
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}
