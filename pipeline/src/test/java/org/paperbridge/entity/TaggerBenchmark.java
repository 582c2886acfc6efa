package org.paperbridge.entity;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures lexicon load time and single-thread tagging speed on the seed text repeated to ~5 MB.
 * Run: java -cp target/classes:target/test-classes:HANLP_JAR org.paperbridge.entity.TaggerBenchmark ROOT
 */
public final class TaggerBenchmark {
    private TaggerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Lexicon lexicon = Lexicon.load();
        System.out.printf("lexicon load: %.0f ms (%d keys)%n", (System.nanoTime() - t0) / 1e6, lexicon.size());
        EntityTagger tagger = new EntityTagger(lexicon);
        String seed = Files.readString(Path.of(args.length > 0 ? args[0] : "..", "fixtures/seed/000_ce62bb77f3435be5.txt"));
        List<String> blocks = new ArrayList<>(List.of(seed.split("\\n\\s*\\n")));
        long bytesPerPass = seed.getBytes(StandardCharsets.UTF_8).length;
        for (int i = 0; i < 20; i++) {
            blocks.forEach(b -> tagger.tag(b, Languages.of(b), "b"));
        }
        int passes = (int) (5_000_000 / bytesPerPass) + 1;
        long t1 = System.nanoTime();
        long found = 0;
        for (int i = 0; i < passes; i++) {
            for (String b : blocks) {
                found += tagger.tag(b, Languages.of(b), "b").size();
            }
        }
        double s = (System.nanoTime() - t1) / 1e9;
        System.out.printf("tagged %.1f MB in %.2f s: %.2f MB/s on one thread (%d entities)%n",
                passes * bytesPerPass / 1e6, s, passes * bytesPerPass / 1e6 / s, found);
    }
}
