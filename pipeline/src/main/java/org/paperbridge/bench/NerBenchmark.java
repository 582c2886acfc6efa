package org.paperbridge.bench;


import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.paperbridge.entity.EntityTagger;
import org.paperbridge.entity.Lexicon;
import org.paperbridge.entity.LexiconHints;
import org.paperbridge.ner.EnglishTokenizer;
import org.paperbridge.ner.LearnedTagger;
import org.paperbridge.ner.NerCorpus;

/**
 * Measures the learned English models' load time (in a fresh JVM) and single-thread English tagging
 * speed in tokens per CPU-second (the thread's CPU time, so a shared machine does not skew it), for
 * the models alone and for the whole English path of {@link EntityTagger} (lexicon pass, models,
 * normalization). Input: a token TAB tag file, e.g. a devel split; each sentence is tagged as
 * {@code tag --conll} joins it, over ~1.5M tokens after an untimed round of the same size. Run from pipeline/:
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.paperbridge.entity.NerBenchmark FILE
 */
public final class NerBenchmark {
    private NerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long c0 = cpu.getCurrentThreadCpuTime();
        LearnedTagger learned = LearnedTagger.loadPackaged();
        System.out.printf("model load: %.0f ms wall, %.0f ms cpu (%s)%n", (System.nanoTime() - t0) / 1e6,
                (cpu.getCurrentThreadCpuTime() - c0) / 1e6, learned.types());
        Lexicon lexicon = Lexicon.load();
        EntityTagger tagger = new EntityTagger(lexicon, learned);
        LexiconHints hints = new LexiconHints(lexicon);
        List<String> texts = NerCorpus.readConll(Path.of(args[0]), Map.of()).stream().map(s -> s.sentence().text()).toList();
        long tokensPerPass = texts.stream().mapToLong(t -> EnglishTokenizer.split(t).size()).sum();
        int passes = (int) (1_500_000 / tokensPerPass) + 1;
        for (String mode : new String[]{"models alone", "English path"}) {
            boolean full = mode.equals("English path");
            for (int i = 0; i < passes; i++) {
                for (String t : texts) {
                    if (full) {
                        tagger.tag(t, "en", "b");
                    } else {
                        learned.tag(t, hints);
                    }
                }
            }
            long t1 = System.nanoTime();
            long c1 = cpu.getCurrentThreadCpuTime();
            long found = 0;
            for (int i = 0; i < passes; i++) {
                for (String t : texts) {
                    found += full ? tagger.tag(t, "en", "b").size() : learned.tag(t, hints).size();
                }
            }
            double s = (System.nanoTime() - t1) / 1e9;
            double cs = (cpu.getCurrentThreadCpuTime() - c1) / 1e9;
            long tokens = passes * tokensPerPass;
            System.out.printf("%s: %d tokens in %.2f s wall, %.2f s cpu: %.0f tokens per CPU-second (%d mentions)%n",
                    mode, tokens, s, cs, tokens / cs, found);
        }
    }
}
