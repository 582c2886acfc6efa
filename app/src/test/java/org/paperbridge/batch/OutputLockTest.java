package org.paperbridge.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import org.paperbridge.cli.Main;

class OutputLockTest {
    @TempDir
    Path out;

    @Test
    @Timeout(120) // a run that waited for the lock would wait for ever: the lock is held until it returns
    void secondRunOnTheSameFolderFailsAtOnceWithExitCode2() throws Exception {
        try (OutputLock held = OutputLock.acquire(out)) {
            assertThrows(OutputLock.BusyException.class, () -> OutputLock.acquire(out));
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream old = System.err;
            int code;
            try {
                System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                code = Main.execute("run", out.resolve("none").toString(), "--out", out.toString(), "--no-index");
            } finally {
                System.setErr(old);
            }
            assertEquals(2, code);
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("another paperbridge run is writing to"),
                    err.toString(StandardCharsets.UTF_8));
        }
        OutputLock.acquire(out).close();
    }

    @Test
    void lockOfAProcessKilledWithSigkillDoesNotBlock() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldLock.class.getName(), out.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("locked", r.readLine());
            assertThrows(OutputLock.BusyException.class, () -> OutputLock.acquire(out));
        } finally {
            p.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no cleanup
            p.waitFor(10, TimeUnit.SECONDS);
        }
        assertTrue(out.resolve(OutputLock.FILE).toFile().exists(), "the lock file stays behind");
        OutputLock.acquire(out).close();
    }
}
