package org.paperbridge.align;

import org.paperbridge.lang.Greek;
import org.paperbridge.lang.Scripts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import org.paperbridge.lang.TraditionalChinese;
import org.paperbridge.text.HanLPSetup;
import org.paperbridge.model.CodePoints;

/**
 * Chooses where a Chinese term that precedes "(English full form, ABBR)" begins. Every word start
 * in the clause before the parenthesis is a candidate; each is scored by how much of it the English
 * explains (translations of its words, Latin tokens and numbers it shares), how much it leaves
 * unexplained, how close its length is to what the English predicts, whether a function word or
 * verb stands before it, and whether the candidate string recurs in the corpus with other left
 * neighbours. Traditional script is judged in its simplified form.
 */
final class ChineseTermBoundary {
    private static final Pattern HARD_STOP = Pattern.compile("[。,，、;；:：!！?？()（）\\[\\]【】「」“”\"《》/^]");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z0-9]+");
    private static final Set<String> STOP_WORDS = Set.of("of", "for", "and", "the", "in", "to", "a", "an", "with",
            "by", "on", "or");
    private static final int MAX_WINDOW = 32;

    private final BilingualDictionary dictionary;
    private final Segment segment;
    /** English phrases of several words the dictionary knows ("bone marrow"), longest first. */
    private final List<String> phrases;

    ChineseTermBoundary(BilingualDictionary dictionary) {
        HanLPSetup.ensure();
        this.dictionary = dictionary;
        this.segment = HanLP.newSegment().enableOffset(true);
        Set<String> multi = new TreeSet<>((a, b) -> a.length() != b.length() ? b.length() - a.length() : a.compareTo(b));
        for (String zh : dictionary.chineseTerms()) {
            for (String en : dictionary.translations(zh)) {
                if (en.contains(" ") || en.contains("-")) {
                    multi.add(en);
                }
            }
        }
        this.phrases = List.copyOf(multi);
    }

    /**
     * The term ending at {@code end} in {@code text}, or null. {@code english} may be null (only an
     * abbreviation was given); {@code corpus} counts candidate strings.
     */
    String choose(String printed, int end, String english, CorpusCounts corpus) {
        // Traditional script is read in simplified form (same length) so that the segmenter and the
        // dictionary know its words; the term returned is the printed text.
        String text = TraditionalChinese.fold(printed);
        int from = Math.max(0, end - MAX_WINDOW);
        int start = end;
        while (start > from && !HARD_STOP.matcher(text.substring(start - 1, start)).matches()) {
            start--;
        }
        String window = text.substring(start, end).strip();
        String printedWindow = printed.substring(start, end).strip();
        if (window.isEmpty() || !Scripts.containsHan(window)) {
            return null;
        }
        List<String> words = english == null ? List.of() : englishWords(english);
        List<Term> terms = segment.seg(window);
        double best = Double.NEGATIVE_INFINITY;
        String choice = null;
        for (int c : candidates(window, terms)) {
            String term = window.substring(c).strip();
            if (term.isEmpty() || !startsWell(term)) {
                continue;
            }
            double s = score(term, words, english) + boundaryBonus(window, c, terms) + corpus.leftBoundaryBonus(window, c);
            if (s > best) {
                best = s;
                choice = printedWindow.substring(c).strip();
            }
        }
        return choice;
    }

    private static boolean startsWell(String term) {
        int cp = term.codePointAt(0);
        return Scripts.isHan(cp) || Character.isLetterOrDigit(cp);
    }

    private static Set<Integer> candidates(String window, List<Term> terms) {
        Set<Integer> starts = new TreeSet<>();
        for (Term t : terms) {
            if (t.offset >= 0 && t.offset < window.length()) {
                starts.add(t.offset);
            }
        }
        Matcher m = LATIN.matcher(window);
        while (m.find()) {
            starts.add(m.start());
        }
        for (int i = 0; i < window.length(); i++) {
            if (window.charAt(i) == '-' && i + 1 < window.length() && Scripts.isHan(window.codePointAt(i + 1))) {
                starts.add(i + 1);
            }
        }
        return starts;
    }

    private double score(String term, List<String> words, String english) {
        int length = 0;
        for (int k = 0; k < term.length(); k++) {
            length += Character.isWhitespace(term.charAt(k)) || term.charAt(k) == '-' ? 0 : 1;
        }
        if (words.isEmpty()) {
            // only an abbreviation: nothing to explain, so prefer clause or word boundaries and modest length
            return -0.3 * Math.max(0, length - 10);
        }
        boolean[] covered = new boolean[term.length()];
        int explained = 0;
        double expected = 0;
        double expectedUnexplained = 0;
        String lowerTerm = term.toLowerCase(Locale.ROOT);
        for (String w : words) {
            int found = -1;
            int foundLength = 0;
            String needle = literal(w, english);
            if (needle != null) {
                found = indexOfToken(lowerTerm, needle);
                foundLength = needle.length();
            }
            if (found < 0) {
                for (String zh : translationsOf(w)) {
                    int at = term.indexOf(zh);
                    if (at >= 0 && zh.length() > foundLength) {
                        found = at;
                        foundLength = zh.length();
                    }
                }
            }
            if (found >= 0) {
                explained++;
                for (int k = found; k < found + foundLength; k++) {
                    covered[k] = true;
                }
                expected += foundLength;
            } else {
                // an English word without known translation still predicts some Chinese characters
                double guess = Math.max(1.0, Math.min(4.0, w.length() / 3.0));
                expected += guess;
                expectedUnexplained += guess;
            }
        }
        int unexplained = 0;
        for (int k = 0; k < term.length(); k++) {
            char ch = term.charAt(k);
            if (!covered[k] && !Character.isWhitespace(ch) && ch != '-') {
                unexplained++;
            }
        }
        return 2.0 * explained - 0.5 * Math.max(0, unexplained - expectedUnexplained) - 0.3 * Math.abs(length - expected);
    }

    /** What a Chinese term would contain of this English word unchanged: numbers, Greek, upper-case names. */
    private static String literal(String w, String english) {
        if (Greek.letter(w) != null) {
            return Greek.letter(w);
        }
        if (w.codePoints().allMatch(Greek::isGreek)) {
            return w;
        }
        if (LATIN.matcher(w).matches() && (w.chars().anyMatch(Character::isDigit) || isUpperOrMixed(w, english))) {
            return w;
        }
        return null;
    }

    /** A Latin word of the English that the Chinese would keep as is: upper case or mixed (GLI, Hippo, mTOR). */
    private static boolean isUpperOrMixed(String lowerWord, String english) {
        Matcher m = LATIN.matcher(english);
        while (m.find()) {
            String w = m.group();
            if (w.toLowerCase(Locale.ROOT).equals(lowerWord) && !w.equals(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static int indexOfToken(String lowerTerm, String needle) {
        for (int i = lowerTerm.indexOf(needle); i >= 0; i = lowerTerm.indexOf(needle, i + 1)) {
            int e = i + needle.length();
            boolean before = i == 0 || !Character.isLetterOrDigit(lowerTerm.charAt(i - 1));
            boolean after = e >= lowerTerm.length() || !Character.isLetterOrDigit(lowerTerm.charAt(e))
                    || Scripts.isHan(lowerTerm.codePointAt(e));
            if (before && after) {
                return i;
            }
        }
        return -1;
    }

    /** Translations of an English word, trying the plain form and simple inflections. */
    private List<String> translationsOf(String word) {
        List<String> out = new ArrayList<>();
        for (String form : new String[] {word, strip(word, "s"), strip(word, "es"), strip(word, "ed"), strip(word, "d"),
                strip(word, "ing")}) {
            if (form != null) {
                out.addAll(dictionary.translations(form));
            }
        }
        return out;
    }

    private static String strip(String w, String suffix) {
        return w.length() > suffix.length() + 2 && w.endsWith(suffix) ? w.substring(0, w.length() - suffix.length()) : null;
    }

    /** A candidate right after a function word or verb, or at the clause start, is a likely term start. */
    private static double boundaryBonus(String window, int c, List<Term> terms) {
        if (window.substring(0, c).isBlank()) {
            return 0.8;
        }
        Term before = null;
        for (Term t : terms) {
            if (t.offset + t.word.length() <= c) {
                before = t;
            }
        }
        if (before == null || before.nature == null) {
            return 0;
        }
        String n = before.nature.toString();
        // single-character "verbs" are often pieces of a term HanLP does not know (双/调/蛋白)
        boolean function = n.startsWith("v") && before.word.length() >= 2 || n.startsWith("c") || n.startsWith("p")
                || n.startsWith("u") || n.startsWith("d") || n.startsWith("r");
        return function ? 1.0 : 0;
    }

    /** Lower-case words of the English full form, phrases the dictionary knows kept whole, stop words dropped. */
    List<String> englishWords(String english) {
        String lower = english.toLowerCase(Locale.ROOT).replace("*", "");
        List<String> out = new ArrayList<>();
        for (String phrase : phrases) {
            if (Anchors.containsWords(lower, phrase)) {
                out.add(phrase);
                lower = lower.replace(phrase, " ");
            }
        }
        for (String w : lower.split("[\\s/\\-]+")) {
            String t = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (!t.isEmpty() && !STOP_WORDS.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }
}
