package org.paperbridge.entity;

import org.paperbridge.lang.Languages;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures lexicon load time (in a fresh JVM when run alone) and single-thread tagging speed on the
 * seed text repeated to ~5 MB. Reports wall time and the thread's CPU time: on a shared machine the
 * CPU figure is the per-core speed. Run from pipeline/:
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.paperbridge.entity.TaggerBenchmark ..
 */
public final class TaggerBenchmark {
    private TaggerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long c0 = cpu.getCurrentThreadCpuTime();
        Lexicon lexicon = Lexicon.load();
        System.out.printf("lexicon load: %.0f ms wall, %.0f ms cpu (%d keys)%n", (System.nanoTime() - t0) / 1e6,
                (cpu.getCurrentThreadCpuTime() - c0) / 1e6, lexicon.size());
        EntityTagger tagger = new EntityTagger(lexicon);
        String seed = Files.readString(Path.of(args.length > 0 ? args[0] : "..", "fixtures/seed/000_ce62bb77f3435be5.txt"));
        List<String> blocks = new ArrayList<>(List.of(seed.split("\\n\\s*\\n")));
        long bytesPerPass = seed.getBytes(StandardCharsets.UTF_8).length;
        int passes = (int) (5_000_000 / bytesPerPass) + 1;
        // "After start-up": one untimed round of the same size lets the JIT finish compiling.
        for (int i = 0; i < passes; i++) {
            blocks.forEach(b -> tagger.tag(b, Languages.of(b), "b"));
        }
        long t1 = System.nanoTime();
        long c1 = cpu.getCurrentThreadCpuTime();
        long found = 0;
        for (int i = 0; i < passes; i++) {
            for (String b : blocks) {
                found += tagger.tag(b, Languages.of(b), "b").size();
            }
        }
        double s = (System.nanoTime() - t1) / 1e9;
        double cs = (cpu.getCurrentThreadCpuTime() - c1) / 1e9;
        double mb = passes * bytesPerPass / 1e6;
        System.out.printf("tagged %.1f MB (UTF-8) in %.2f s wall, %.2f s cpu: %.2f MB/s wall, %.2f MB/s per core (%d entities)%n",
                mb, s, cs, mb / s, mb / cs, found);
    }
}
