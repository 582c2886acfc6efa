package org.paperbridge.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperbridge.model.Alignment;

/**
 * Word pairs one document pair teaches itself, as hunalign builds its dictionary from a first
 * pass: Chinese character bigrams and English words that co-occur in the first pass's confident
 * links (Dice over links, at least {@link #MIN_LINKS} links each, so a pair is never learned from
 * the one link it would then confirm), one English word per bigram and one bigram per word by
 * competitive linking (best Dice first). 肺癌 ↔ lung, 氨基 ↔ amino: the words a medical text
 * repeats carry the split between two neighbouring sentences that lengths and numbers leave open.
 * Each pair becomes an anchor key ({@code lex:} prefix) of the sentences that carry its halves.
 */
final class DocumentLexicon {
    private static final String PREFIX = "lex:";
    private static final Pattern WORD = Pattern.compile("[a-z]{3,}");
    /** A pair must co-occur in this many distinct confident links. */
    private static final int MIN_LINKS = 2;
    /** Lowest Dice coefficient of a kept pair. */
    private static final double MIN_DICE = 0.5;
    /** Stems are cut to this many letters: lung/lungs, amino/aminos, tumour/tumours fold together. */
    private static final int STEM = 6;
    /** English words that every kind of text repeats: no evidence of where a sentence ends. */
    private static final Set<String> FUNCTION = Set.of("the", "and", "for", "with", "was", "were", "are", "that",
            "this", "these", "those", "from", "which", "who", "whom", "but", "not", "has", "have", "had", "been",
            "its", "their", "his", "her", "they", "them", "she", "you", "into", "than", "then", "also", "can",
            "may", "all", "any", "such", "there", "what", "when", "where", "will", "would", "should", "could",
            "our", "one", "two", "more", "most", "other", "some", "only", "both", "each", "between", "after",
            "before", "during", "about", "over", "under", "upon", "unto", "shall", "him", "said");

    private final List<String[]> pairs;

    private DocumentLexicon(List<String[]> pairs) {
        this.pairs = pairs;
    }

    /** Number of word pairs learned. */
    int size() {
        return pairs.size();
    }

    /**
     * Learns the pairs from {@code links} at least {@code confident} sure whose both sides are
     * non-empty.
     */
    static DocumentLexicon learn(List<String> zh, List<String> en, List<Alignment> links, double confident) {
        Map<String, Integer> gramIds = new HashMap<>();
        Map<String, Integer> wordIds = new HashMap<>();
        int[][] zhGrams = ids(zh, gramIds, true);
        int[][] enWords = ids(en, wordIds, false);
        int[] nz = new int[gramIds.size()];
        int[] ne = new int[wordIds.size()];
        int[] stampZ = new int[nz.length];
        int[] stampE = new int[ne.length];
        // Pair counts keyed by gram id × word count + word id: no strings built per pair.
        Map<Long, Integer> both = new HashMap<>();
        int stamp = 0;
        int[] cs = new int[16];
        int[] ws = new int[16];
        for (Alignment a : links) {
            if (a.zh().isEmpty() || a.en().isEmpty() || a.score() < confident) {
                continue;
            }
            stamp++;
            int nc = 0;
            for (int i : a.zh()) {
                for (int c : zhGrams[i]) {
                    if (stampZ[c] != stamp) {
                        stampZ[c] = stamp;
                        cs = grow(cs, nc);
                        cs[nc++] = c;
                        nz[c]++;
                    }
                }
            }
            int nw = 0;
            for (int j : a.en()) {
                for (int w : enWords[j]) {
                    if (stampE[w] != stamp) {
                        stampE[w] = stamp;
                        ws = grow(ws, nw);
                        ws[nw++] = w;
                        ne[w]++;
                    }
                }
            }
            for (int x = 0; x < nc; x++) {
                long base = (long) cs[x] * ne.length;
                for (int y = 0; y < nw; y++) {
                    both.merge(base + ws[y], 1, Integer::sum);
                }
            }
        }
        String[] grams = names(gramIds);
        String[] words = names(wordIds);
        List<Candidate> candidates = new ArrayList<>();
        for (Map.Entry<Long, Integer> e : both.entrySet()) {
            int k = e.getValue();
            if (k < MIN_LINKS) {
                continue;
            }
            int c = (int) (e.getKey() / ne.length);
            int w = (int) (e.getKey() % ne.length);
            double dice = 2.0 * k / (nz[c] + ne[w]);
            if (dice >= MIN_DICE) {
                candidates.add(new Candidate(grams[c], words[w], dice, k));
            }
        }
        // Best Dice first, then more links, then the strings: the same pairs on every run.
        candidates.sort(Comparator.comparingDouble(Candidate::dice).reversed()
                .thenComparing(Comparator.comparingInt(Candidate::links).reversed())
                .thenComparing(Candidate::gram).thenComparing(Candidate::word));
        Set<String> usedZh = new HashSet<>();
        Set<String> usedEn = new HashSet<>();
        List<String[]> kept = new ArrayList<>();
        for (Candidate c : candidates) {
            // Competitive linking: a bigram or a word taken by a better pair stays taken.
            if (!usedZh.contains(c.gram()) && !usedEn.contains(c.word())) {
                usedZh.add(c.gram());
                usedEn.add(c.word());
                kept.add(new String[] {c.gram(), c.word()});
            }
        }
        return new DocumentLexicon(kept);
    }

    private record Candidate(String gram, String word, double dice, int links) {
    }

    private static int[][] ids(List<String> sentences, Map<String, Integer> index, boolean chinese) {
        int[][] out = new int[sentences.size()][];
        for (int s = 0; s < out.length; s++) {
            Set<String> units = chinese ? bigrams(sentences.get(s)) : words(sentences.get(s));
            out[s] = units.stream().mapToInt(u -> index.computeIfAbsent(u, x -> index.size())).toArray();
        }
        return out;
    }

    private static String[] names(Map<String, Integer> index) {
        String[] out = new String[index.size()];
        index.forEach((name, id) -> out[id] = name);
        return out;
    }

    private static int[] grow(int[] xs, int used) {
        return used < xs.length ? xs : java.util.Arrays.copyOf(xs, xs.length * 2);
    }

    /** Adds each sentence's lexicon keys to {@code zhKeys} and {@code enKeys} (one set per sentence). */
    void addKeys(List<String> zh, List<String> en, List<Set<String>> zhKeys, List<Set<String>> enKeys) {
        if (pairs.isEmpty()) {
            return;
        }
        Map<String, List<String>> byGram = new HashMap<>();
        Map<String, List<String>> byWord = new HashMap<>();
        for (String[] p : pairs) {
            String key = PREFIX + p[0] + '|' + p[1];
            byGram.computeIfAbsent(p[0], x -> new ArrayList<>()).add(key);
            byWord.computeIfAbsent(p[1], x -> new ArrayList<>()).add(key);
        }
        for (int i = 0; i < zh.size(); i++) {
            for (String c : bigrams(zh.get(i))) {
                zhKeys.get(i).addAll(byGram.getOrDefault(c, List.of()));
            }
        }
        for (int j = 0; j < en.size(); j++) {
            for (String w : words(en.get(j))) {
                enKeys.get(j).addAll(byWord.getOrDefault(w, List.of()));
            }
        }
    }

    /** Bigrams of consecutive Han characters. */
    static Set<String> bigrams(String s) {
        Set<String> out = new LinkedHashSet<>();
        int prev = -1;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean han = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
            if (han && prev >= 0) {
                out.add(new String(Character.toChars(prev)) + new String(Character.toChars(cp)));
            }
            prev = han ? cp : -1;
            i += Character.charCount(cp);
        }
        return out;
    }

    /** Lower-cased English content words of three letters or more, cut to {@link #STEM} letters. */
    static Set<String> words(String s) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (!FUNCTION.contains(w)) {
                out.add(w.length() > STEM ? w.substring(0, STEM) : w);
            }
        }
        return out;
    }
}
