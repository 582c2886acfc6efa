package org.paperbridge.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.paperbridge.model.Keyword;

/** Measures abstract pairs aligned per second on one thread, on generated 8–12 sentence abstracts. */
public final class AlignBench {
    private AlignBench() {
    }

    public static void main(String[] args) {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
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
        SentenceAligner aligner = new SentenceAligner(LengthModel.prior(), TermPairDictionary.of(
                List.of(new Keyword("肝衰竭", "liver failure"), new Keyword("再生", "regeneration")), List.of()));
        for (int i = 0; i < 2_000; i++) {
            aligner.align(zh.get(i % zh.size()), en.get(i % en.size()));
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < pairs; i++) {
            aligner.align(zh.get(i % zh.size()), en.get(i % en.size()));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%d abstract pairs in %.2f s: %.0f pairs/s on one thread%n", pairs, seconds, pairs / seconds);
    }
}
