package org.paperbridge.entity;

import org.paperbridge.lang.Scripts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Abbreviations a Chinese text defines for itself, 苯肾上腺素(PE): each use of the abbreviation takes the name's sense. */
final class ChineseDefinitions {
    private ChineseDefinitions() {
    }

    /** After a Chinese name: (ABBR) or (English name, ABBR). */
    private static final Pattern DEFINITION = Pattern.compile(
            "\\s?[(（]\\s*(?:([^()（）,，;；]{2,100}?)[,，]\\s*)?([A-Za-z][A-Za-z0-9αβγκ\\-]{0,12}[A-Za-z0-9αβγκ])\\s*[)）]");
    /** An English long form that is one word (伏立诺他(vorinostat，SAHA)): defined too. */
    private static final Pattern ONE_WORD = Pattern.compile("[A-Za-z][a-z\\-]{3,40}");

    /**
     * Abbreviations a Chinese name defines in the text, 苯肾上腺素(PE), 肾移植急性排斥(acute rejection, AR):
     * every occurrence of the abbreviation in the text takes the name's sense, ahead of the
     * dictionaries' (AR here is no androgen receptor). An abbreviation that hyphen-joined names define
     * (a mixture, HAT) is no mention: it is removed from {@code candidates}, which must be mutable.
     */
    static List<Candidate> of(String text, List<Candidate> candidates) {
        List<Candidate> out = new ArrayList<>();
        if (text.indexOf('(') < 0 && text.indexOf('（') < 0) {
            return out;
        }
        Map<String, LexiconEntry> defined = new LinkedHashMap<>();
        Set<String> mixtures = new HashSet<>();
        Matcher m = DEFINITION.matcher(text);
        for (Candidate c : candidates) {
            // DEFINITION opens with an optional space and a bracket: that test first rules out most candidates.
            if (c.end() < text.length() && bracketAt(text, c.end())
                    && Scripts.containsHan(text.substring(c.end() - 1, c.end()))
                    && m.region(c.end(), text.length()).lookingAt()) {
                // 次黄嘌呤-氨基蝶呤-胸腺嘧啶核苷（HAT）: the abbreviation names the mixture, neither its last part nor a gene.
                boolean lastOfJoinedNames = c.start() >= 2 && MatchText.isHyphen(text.charAt(c.start() - 1))
                        && Scripts.isHan(text.charAt(c.start() - 2));
                if (lastOfJoinedNames) {
                    mixtures.add(m.group(2));
                } else {
                    defined.putIfAbsent(m.group(2), c.entry().withSource(LexiconEntry.Source.DEFINED, m.group(2)));
                    if (m.group(1) != null && ONE_WORD.matcher(m.group(1).strip()).matches()) {
                        String word = m.group(1).strip();
                        defined.putIfAbsent(word, c.entry().withSource(LexiconEntry.Source.DEFINED, word));
                    }
                }
            }
        }
        if (!mixtures.isEmpty()) {
            candidates.removeIf(c -> mixtures.contains(text.substring(c.start(), c.end())));
        }
        for (Map.Entry<String, LexiconEntry> d : defined.entrySet()) {
            String abbr = d.getKey();
            for (int i = text.indexOf(abbr); i >= 0; i = text.indexOf(abbr, i + 1)) {
                int e = i + abbr.length();
                boolean bounded = (i == 0 || !ChineseRules.isLatinOrDigit(text.charAt(i - 1)))
                        && (e >= text.length() || !ChineseRules.isLatinOrDigit(text.charAt(e)) || text.startsWith("s", e)
                        && (e + 1 >= text.length() || !ChineseRules.isLatinOrDigit(text.charAt(e + 1))));
                if (bounded) {
                    out.add(new Candidate(i, e, d.getValue()));
                }
            }
        }
        return out;
    }

    /** Whether {@code [(（]} or {@code \\s[(（]} starts at {@code i}, as DEFINITION begins. */
    private static boolean bracketAt(String text, int i) {
        char c = text.charAt(i);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
            if (i + 1 >= text.length()) {
                return false;
            }
            c = text.charAt(i + 1);
        }
        return c == '(' || c == '（';
    }
}
