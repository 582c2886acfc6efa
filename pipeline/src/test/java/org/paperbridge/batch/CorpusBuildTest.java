package org.paperbridge.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.paperbridge.PipelineConfig;
import org.paperbridge.corpus.ExportSettings;

/** The composition root runs the calibration pass and the main pass on one pool of timed workers. */
class CorpusBuildTest {
    private static final Path SEED = Path.of(System.getProperty("paperbridge.root", ".."),
            "fixtures/seed/000_ce62bb77f3435be5.txt");

    @TempDir
    Path dir;

    @Test
    @Timeout(300) // a hang guard, not a speed bound
    void calibrationAndRunShareOnePoolThatClosingTheBuildEnds() throws Exception {
        Set<Thread> before = watchdogs();
        Path source = Files.copy(SEED, dir.resolve("seed.txt"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Set<Thread> pools;
        try (CorpusBuild build = CorpusBuild.from(PipelineConfig.defaults().withThreads(2), ExportSettings.DEFAULT)) {
            LengthCalibration.Result lengths = build.calibrate(List.of(source), out, false);
            pools = fresh(before);
            assertEquals(1, pools.size(), "the calibration pass made one pool");
            Summary s = build.runner(lengths, false).run(List.of(source), List.of(), out, List.of(), n -> { });
            assertEquals(1, s.ok());
            assertEquals(pools, fresh(before), "the main pass ran on the calibration's pool");
            assertTrue(pools.iterator().next().isAlive(), "the pool outlives the passes until the build closes");
        }
        Thread watchdog = pools.iterator().next();
        watchdog.join(60_000);
        assertTrue(!watchdog.isAlive(), "closing the build ends the pool");
    }

    private static Set<Thread> fresh(Set<Thread> before) {
        Set<Thread> now = watchdogs();
        now.removeAll(before);
        return now;
    }

    private static Set<Thread> watchdogs() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("paperbridge-watchdog") && t.isAlive()).collect(Collectors.toSet());
    }
}
