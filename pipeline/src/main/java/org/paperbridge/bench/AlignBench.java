package org.paperbridge.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.paperbridge.align.LengthModel;
import org.paperbridge.align.SentenceAligner;
import org.paperbridge.align.TermPairDictionary;


/**
 * Measures abstract pairs aligned per second on one thread, on generated 8–12 sentence abstracts.
 * Arguments: number of pairs (20,000) and number of extra dictionary terms (0), generated
 * Chinese/English pairs standing in for the entity lexicons, to measure dictionary scanning.
 */
public final class AlignBench {
    private AlignBench() {
    }

    public static void main(String[] args) {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int extraTerms = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        Random random = new Random(7);
        String[] zhWords = {"肝衰竭", "骨髓", "间充质干细胞", "治疗", "巨噬细胞", "信号通路", "抑制", "促进", "炎性反应", "再生"};
        String[] enWords = {"liver failure", "bone marrow", "mesenchymal stem cells", "treatment", "macrophages",
                "signaling pathway", "inhibit", "promote", "inflammation", "regeneration"};
        List<List<String>> zh = new ArrayList<>();
        List<List<String>> en = new ArrayList<>();
        for (int p = 0; p < 200; p++) {
            List<String> z = new ArrayList<>();
            List<String> e = new ArrayList<>();
            int n = 8 + random.nextInt(5);
            for (int s = 0; s < n; s++) {
                StringBuilder zs = new StringBuilder();
                StringBuilder es = new StringBuilder();
                for (int w = 0, len = 4 + random.nextInt(10); w < len; w++) {
                    int k = random.nextInt(zhWords.length);
                    zs.append(zhWords[k]);
                    es.append(enWords[k]).append(' ');
                    if (random.nextInt(8) == 0) {
                        String n2 = "CD" + random.nextInt(100);
                        zs.append(n2);
                        es.append(n2).append(' ');
                    }
                }
                z.add(zs.append('。').toString());
                e.add(es.toString().strip() + ".");
            }
            zh.add(z);
            en.add(e);
        }
        TermPairDictionary.Builder dictionary = TermPairDictionary.builder()
                .add("肝衰竭", "liver failure").add("再生", "regeneration");
        String han = "细胞因子受体蛋白激酶通路炎症损伤修复纤维化凋亡肝肾肺脑心血管内皮";
        for (int t = 0; t < extraTerms; t++) {
            StringBuilder term = new StringBuilder();
            for (int k = 0, len = 3 + random.nextInt(4); k < len; k++) {
                term.append(han.charAt(random.nextInt(han.length())));
            }
            dictionary.add(term.toString(), "term" + t);
        }
        SentenceAligner aligner = new SentenceAligner(LengthModel.prior(), dictionary.build());
        for (int i = 0; i < 2_000; i++) {
            aligner.align(zh.get(i % zh.size()), en.get(i % en.size()));
        }
        // CPU time of this thread as well as wall time: on a shared machine wall time measures the load.
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < pairs; i++) {
            aligner.align(zh.get(i % zh.size()), en.get(i % en.size()));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        System.out.printf("%d abstract pairs, %d dictionary terms, in %.2f s: %.0f pairs/s on one thread"
                + " (%.2f s CPU: %.0f pairs per CPU second)%n",
                pairs, extraTerms + 2, seconds, pairs / seconds, cpuSeconds, pairs / cpuSeconds);
    }
}
