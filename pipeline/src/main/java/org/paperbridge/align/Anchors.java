package org.paperbridge.align;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lexical anchors that a Chinese sentence and its English translation share: numbers, Latin-script
 * tokens inside the Chinese (BM-MSCs, CD47, miR-182-5p), Greek letters (α or "alpha"), and the
 * dictionary's translation pairs. Each anchor is a string key; two sentences share an anchor when
 * both produce its key.
 */
final class Anchors {
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9]+(?:[-/.][A-Za-z0-9]+)*");
    private static final String DICT = "=";

    private final BilingualDictionary dictionary;

    Anchors(BilingualDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** Anchor keys of each Chinese sentence, and the dictionary terms found in any of them. */
    List<Set<String>> chinese(List<String> sentences, Set<String> termsFound) {
        List<Set<String>> out = new ArrayList<>(sentences.size());
        for (String s : sentences) {
            Set<String> keys = new HashSet<>();
            tokens(s, keys);
            for (String term : dictionary.chineseTerms()) {
                if (s.contains(term)) {
                    keys.add(DICT + term);
                    termsFound.add(term);
                }
            }
            out.add(keys);
        }
        return out;
    }

    /** Anchor keys of each English sentence; dictionary keys only for the Chinese terms found. */
    List<Set<String>> english(List<String> sentences, Set<String> termsFound) {
        List<Set<String>> out = new ArrayList<>(sentences.size());
        for (String s : sentences) {
            Set<String> keys = new HashSet<>();
            tokens(s, keys);
            String lower = s.toLowerCase(Locale.ROOT);
            for (String term : termsFound) {
                for (String en : dictionary.translations(term)) {
                    if (containsWords(lower, en)) {
                        keys.add(DICT + term);
                        break;
                    }
                }
            }
            out.add(keys);
        }
        return out;
    }

    private static void tokens(String s, Set<String> keys) {
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            String t = m.group();
            boolean letters = t.chars().anyMatch(Character::isLetter);
            if (!letters) {
                keys.add(t);
                continue;
            }
            String lower = t.toLowerCase(Locale.ROOT);
            String greek = TextScripts.greekLetter(lower);
            if (greek != null) {
                keys.add(greek);
            }
            if (t.length() >= 2) {
                keys.add(fold(lower));
                for (String part : lower.split("[-/.]")) {
                    if (part.length() >= 2) {
                        keys.add(part);
                    }
                }
            }
        }
        s.codePoints().filter(TextScripts::isGreek)
                .forEach(cp -> keys.add(new String(Character.toChars(Character.toLowerCase(cp)))));
    }

    private static String fold(String lowerToken) {
        return lowerToken.replaceAll("[-/.]", "");
    }

    /** Whether {@code phrase} occurs in {@code lowerText} at word boundaries (a plural -s/-es allowed). */
    static boolean containsWords(String lowerText, String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT);
        if (p.isEmpty()) {
            return false;
        }
        for (int i = lowerText.indexOf(p); i >= 0; i = lowerText.indexOf(p, i + 1)) {
            int end = i + p.length();
            boolean before = i == 0 || !Character.isLetterOrDigit(lowerText.charAt(i - 1));
            if (end < lowerText.length() && lowerText.charAt(end) == 's') {
                end++;
            } else if (end + 1 < lowerText.length() && lowerText.startsWith("es", end)) {
                end += 2;
            }
            boolean after = end >= lowerText.length() || !Character.isLetterOrDigit(lowerText.charAt(end));
            if (before && after) {
                return true;
            }
        }
        return false;
    }

    /** Keeps only the keys that occur on both sides somewhere, so that English words do not count. */
    static void keepShared(List<Set<String>> zh, List<Set<String>> en) {
        Set<String> zhAll = union(zh);
        Set<String> enAll = union(en);
        Set<String> shared = new HashSet<>(zhAll);
        shared.retainAll(enAll);
        zh.forEach(k -> k.retainAll(shared));
        en.forEach(k -> k.retainAll(shared));
    }

    static Set<String> union(List<Set<String>> sets) {
        Set<String> all = new LinkedHashSet<>();
        sets.forEach(all::addAll);
        return all;
    }
}
