package org.paperbridge.align;

import org.paperbridge.lang.Scripts;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperbridge.model.CodePoints;

/**
 * How strongly a short Chinese term and a short English term look like translations of each other,
 * in [0, 1]: an exact dictionary pair, Latin tokens or numbers they share, dictionary pairs found
 * inside them, or both being parts of one dictionary pair.
 */
final class TranslationEvidence {
    private static final Pattern LATIN = Pattern.compile("[A-Za-z0-9]+(?:[-/][A-Za-z0-9]+)*");

    private final BilingualDictionary dictionary;

    TranslationEvidence(BilingualDictionary dictionary) {
        this.dictionary = dictionary;
    }

    double score(String zh, String en) {
        if (zh == null || en == null || zh.isBlank() || en.isBlank()) {
            return 0;
        }
        String z = TermPairDictionary.key(zh);
        String e = TermPairDictionary.key(en);
        if (dictionary.translations(z).contains(e)) {
            return 1.0;
        }
        double best = latin(zh, e);
        int hanChars = (int) z.codePoints().filter(Scripts::isHan).count();
        for (String term : dictionary.chineseTerms()) {
            boolean inside = z.contains(term);
            boolean around = !inside && term.contains(z);
            if (!inside && !around) {
                continue;
            }
            for (String t : dictionary.translations(term)) {
                if (inside && Anchors.containsWords(e, t)) {
                    best = Math.max(best, 0.9 * Math.min(1.0, (double) term.length() / Math.max(1, hanChars)));
                } else if (around && Anchors.containsWords(t, e)) {
                    best = Math.max(best, 0.5);
                }
            }
        }
        return best;
    }

    private static double latin(String zh, String lowerEn) {
        Matcher m = LATIN.matcher(zh);
        int tokens = 0;
        int found = 0;
        while (m.find()) {
            String t = m.group().toLowerCase(Locale.ROOT);
            if (t.length() < 2 && !Character.isDigit(t.charAt(0))) {
                continue;
            }
            tokens++;
            if (Anchors.containsWords(lowerEn, t)) {
                found++;
            }
        }
        return tokens == 0 ? 0 : 0.8 * found / tokens;
    }
}
