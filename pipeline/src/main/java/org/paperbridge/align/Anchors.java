package org.paperbridge.align;

import org.paperbridge.lang.Greek;
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
    private static final long GLUED_SEARCH_BUDGET = 50_000_000L;
    /**
     * Frequent English words: in the Latin text a Chinese article carries (titles, references) they
     * would otherwise become anchors with no information (in, of, the, group, patients).
     */
    private static final Set<String> FREQUENT_ENGLISH = Set.of("a", "an", "the", "of", "in", "on", "at", "to",
            "for", "from", "by", "with", "and", "or", "not", "no", "is", "are", "was", "were", "be", "been", "as",
            "it", "its", "this", "that", "these", "those", "we", "our", "they", "their", "he", "she", "his", "her",
            "which", "who", "than", "then", "but", "if", "so", "all", "can", "may", "has", "have", "had", "do",
            "did", "into", "between", "after", "before", "during", "group", "groups", "patients", "patient",
            "study", "results", "result", "method", "methods", "using", "used", "based", "data", "analysis",
            "i", "you", "me", "my", "him", "them", "us", "one", "two", "more", "most", "also", "such", "other");

    private final BilingualDictionary dictionary;
    private final TermMatcher chineseTerms;

    Anchors(BilingualDictionary dictionary) {
        this.dictionary = dictionary;
        this.chineseTerms = new TermMatcher(dictionary.chineseTerms());
    }

    /**
     * Anchor keys of each Chinese sentence; collects the dictionary terms and the Latin-script tokens
     * found in any of them.
     */
    List<Set<String>> chinese(List<String> sentences, Set<String> termsFound, Set<String> latinFound) {
        List<Set<String>> out = new ArrayList<>(sentences.size());
        for (String s : sentences) {
            Set<String> keys = new HashSet<>();
            tokens(s, keys, latinFound);
            Set<String> terms = new HashSet<>();
            chineseTerms.findIn(s, terms);
            for (String term : terms) {
                keys.add(DICT + term);
                termsFound.add(term);
            }
            out.add(keys);
        }
        return out;
    }

    /**
     * Anchor keys of each English sentence; dictionary keys only for the Chinese terms found. The
     * Chinese side's Latin tokens are also looked for inside English words, because PDF converters
     * drop spaces ("basedontheLDA", "24stable") and the token would otherwise be lost.
     */
    List<Set<String>> english(List<String> sentences, Set<String> termsFound, Set<String> latinFound) {
        List<Set<String>> out = new ArrayList<>(sentences.size());
        long englishChars = sentences.stream().mapToLong(String::length).sum();
        // The search inside glued words costs tokens × text: skipped where that would be slow.
        boolean gluedSearch = latinFound.size() * englishChars <= GLUED_SEARCH_BUDGET;
        for (String s : sentences) {
            Set<String> keys = new HashSet<>();
            tokens(s, keys, null);
            if (gluedSearch) {
                for (String token : latinFound) {
                    // Numbers only as whole numbers (the 9 of 38.9 is not the 9 of a list).
                    if (token.chars().anyMatch(Character::isLetter) && containsGlued(s, token)) {
                        tokenKeys(token, keys);
                    }
                }
            }
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

    private static void tokens(String s, Set<String> keys, Set<String> latinFound) {
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            String t = m.group();
            tokenKeys(t, keys);
            if (latinFound != null && isDistinctive(t)) {
                latinFound.add(t);
            }
        }
        s.codePoints().filter(Greek::isGreek)
                .forEach(cp -> keys.add(new String(Character.toChars(Character.toLowerCase(cp)))));
    }

    private static void tokenKeys(String t, Set<String> keys) {
        boolean letters = t.chars().anyMatch(Character::isLetter);
        if (!letters) {
            keys.add(t);
            return;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (FREQUENT_ENGLISH.contains(lower)) {
            return;
        }
        String greek = Greek.letter(lower);
        if (greek != null) {
            keys.add(greek);
        }
        if (t.length() >= 2) {
            keys.add(fold(lower));
            for (String part : lower.split("[-/.]")) {
                if (part.length() >= 2 && !FREQUENT_ENGLISH.contains(part)) {
                    keys.add(part);
                }
            }
        }
    }

    /** A number, or a token of two or more characters with a capital or a digit (not an ordinary word). */
    private static boolean isDistinctive(String t) {
        boolean digit = t.chars().anyMatch(Character::isDigit);
        boolean letter = t.chars().anyMatch(Character::isLetter);
        if (!letter) {
            return true;
        }
        return t.length() >= 2 && (digit || !t.equals(t.toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether {@code token} (with a capital or a digit, so that it is not an ordinary word) occurs in
     * {@code text} case-sensitively, not continued by another capital or digit on either side.
     */
    static boolean containsGlued(String text, String token) {
        for (int i = text.indexOf(token); i >= 0; i = text.indexOf(token, i + 1)) {
            int end = i + token.length();
            boolean before = i == 0 || !isCapitalOrDigit(text.charAt(i - 1));
            boolean after = end >= text.length() || !isCapitalOrDigit(text.charAt(end));
            if (before && after) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCapitalOrDigit(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c);
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
