package org.paperbridge.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.paperbridge.entity.EntityTagger;
import org.paperbridge.entity.Lexicon;
import org.paperbridge.lang.Languages;

/**
 * Measures lexicon load time (in a fresh JVM when run alone) and single-thread tagging speed on the
 * seed text (or the text files and folders given after the root) repeated to ~5 MB. Reports wall
 * time and the thread's CPU time: on a shared machine the CPU figure is the per-core speed. Run
 * from pipeline/:
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.paperbridge.entity.TaggerBenchmark .. [FILE|DIR ...]
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
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            Path p = Path.of(args[i]);
            if (Files.isDirectory(p)) {
                try (var files = Files.list(p)) {
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(inputs::add);
                }
            } else {
                inputs.add(p);
            }
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("needs the text files or folders to tag");
        }
        StringBuilder all = new StringBuilder();
        for (Path p : inputs) {
            all.append(Files.readString(p)).append("\n\n");
        }
        String seed = all.toString();
        System.out.printf("input: %d files, %,d chars%n", inputs.size(), seed.length());
        List<String> blocks = new ArrayList<>(List.of(seed.split("\\n\\s*\\n")));
        measure(tagger, "all blocks", blocks);
        // Per language: Chinese blocks take the lexicon path only, English ones also the learned models.
        for (String lang : List.of("zh", "en")) {
            List<String> part = blocks.stream().filter(b -> Languages.of(b).equals(lang)).toList();
            if (!part.isEmpty()) {
                measure(tagger, lang + " blocks", part);
            }
        }
    }

    private static void measure(EntityTagger tagger, String what, List<String> blocks) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long bytesPerPass = 0;
        for (String b : blocks) {
            bytesPerPass += b.getBytes(StandardCharsets.UTF_8).length;
        }
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
        System.out.printf("%s (%d): tagged %.1f MB (UTF-8) in %.2f s wall, %.2f s cpu: %.2f MB/s wall, %.2f MB/s per core (%d entities)%n",
                what, blocks.size(), mb, s, cs, mb / s, mb / cs, found);
    }
}
