package org.paperbridge.align;

import org.paperbridge.lang.Scripts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;

import org.paperbridge.model.CodePoints;
import org.paperbridge.text.HanLPSetup;

/**
 * Anchors between Chinese names and their pinyin spelling in the English: a capitalised English
 * word that is a run of pinyin syllables (Bao-yu, Qingyang, Wang) is a key, and so is the toneless
 * pinyin of every run of one to three Han characters on the Chinese side (宝玉 → baoyu). Names,
 * places and titles are what literary, news and government translations keep while they rephrase
 * everything else. HanLP is consulted only when the English has such a word.
 */
final class PinyinAnchors {
    private static final String PREFIX = "py:";
    private static final Pattern NAME = Pattern.compile("\\b[A-Z][a-z]+(?:-[a-z]+)*\\b");
    private static final int MAX_SYLLABLES = 3;
    /** Capitalised English words that also spell pinyin (He, She, Men, Change) are not names. */
    private static final Set<String> ENGLISH = Set.of("a", "an", "o", "e", "he", "she", "me", "men", "man", "long",
            "die", "ten", "then", "hen", "pan", "fan", "can", "gang", "hang", "sang", "bang", "change", "ran", "gun",
            "run", "sun", "fun", "bun", "pen", "den", "ben", "yen", "zen", "lie", "tie", "pie", "ma", "pa", "ha",
            "la", "bean", "hun", "pin", "tin", "bin", "din", "kin", "sin", "win", "ping", "ding", "king", "ring",
            "sing", "wing", "song", "gong", "rang", "you", "chin", "nun", "tan", "wan", "lung", "sheng");
    private static final Set<String> SYLLABLES = syllables();

    private PinyinAnchors() {
    }

    private static Set<String> syllables() {
        Set<String> out = new HashSet<>();
        for (Pinyin p : Pinyin.values()) {
            String s = p.getPinyinWithoutTone().replace('v', 'u');
            if (!s.equals("none")) {
                out.add(s);
            }
        }
        return out;
    }

    /** Adds each English sentence's name keys; returns every key found, for {@link #addChinese}. */
    static Set<String> addEnglish(List<String> sentences, List<Set<String>> keys) {
        Set<String> all = new HashSet<>();
        for (int s = 0; s < sentences.size(); s++) {
            Matcher m = NAME.matcher(sentences.get(s));
            while (m.find()) {
                String fold = m.group().toLowerCase(Locale.ROOT).replace("-", "");
                if (ENGLISH.contains(fold) && !m.group().contains("-")) {
                    continue;
                }
                int n = syllableCount(fold);
                if (n > 0 && n <= MAX_SYLLABLES) {
                    keys.get(s).add(PREFIX + fold);
                    all.add(PREFIX + fold);
                }
            }
        }
        return all;
    }

    /** Adds to each Chinese sentence the keys of {@code wanted} that its Han runs spell. */
    static void addChinese(List<String> sentences, List<Set<String>> keys, Set<String> wanted) {
        if (wanted.isEmpty()) {
            return;
        }
        HanLPSetup.ensure();
        for (int s = 0; s < sentences.size(); s++) {
            String text = sentences.get(s);
            if (text.codePoints().noneMatch(Scripts::isHan)) {
                continue;
            }
            List<Pinyin> readings = HanLP.convertToPinyinList(text);
            List<String> run = new ArrayList<>();
            // One reading per char (HanLP works on chars, not code points).
            for (int i = 0; i < text.length() && i < readings.size(); i++) {
                String py = readings.get(i).getPinyinWithoutTone().replace('v', 'u');
                if (Scripts.isHan(text.charAt(i)) && !py.equals("none")) {
                    run.add(py);
                    StringBuilder key = new StringBuilder();
                    for (int back = 0; back < MAX_SYLLABLES && back < run.size(); back++) {
                        key.insert(0, run.get(run.size() - 1 - back));
                        String candidate = PREFIX + key;
                        if (wanted.contains(candidate)) {
                            keys.get(s).add(candidate);
                        }
                    }
                } else {
                    run.clear();
                }
            }
        }
    }

    /** Number of pinyin syllables {@code word} splits into (fewest), or 0 when it does not. */
    static int syllableCount(String word) {
        int n = word.length();
        int[] best = new int[n + 1];
        java.util.Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        for (int i = 0; i < n; i++) {
            if (best[i] == Integer.MAX_VALUE) {
                continue;
            }
            for (int len = 1; len <= 6 && i + len <= n; len++) {
                if (SYLLABLES.contains(word.substring(i, i + len))) {
                    best[i + len] = Math.min(best[i + len], best[i] + 1);
                }
            }
        }
        return best[n] == Integer.MAX_VALUE ? 0 : best[n];
    }
}
