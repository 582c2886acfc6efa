package org.paperbridge.entity;

import org.paperbridge.model.GlossaryEntry;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Abbreviations an article defines, resolved through their full form: "Yes-associated protein
 * (YAP)" makes YAP mean YAP1 in that article even though HGNC lists YAP as an alias of YY1AP1.
 * Finds "long form (ABBR)" and "中文(long form, ABBR)" and reads glossary entries.
 */
final class Definitions {
    private static final String ABBR = "([A-Za-z][A-Za-z0-9αβγκ\\-]{0,12}(?: ?[αβγκ0-9])?)";
    private static final Pattern INSIDE = Pattern.compile("[(（]\\s*([^()（）,，;；]{3,120}?)\\s*[,，]\\s*" + ABBR + "\\s*[)）]");
    private static final Pattern AFTER = Pattern.compile("([A-Za-z][A-Za-z0-9 /'\\-αβγκ]{2,100}?)\\s*[(（]\\s*" + ABBR + "\\s*[)）]");

    private final Lexicon lexicon;

    Definitions(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Adds to {@code into} (folded abbreviation → sense) the definitions found in {@code text}. */
    void collect(String text, Map<String, LexiconEntry> into) {
        if (text == null || (text.indexOf('(') < 0 && text.indexOf('（') < 0)) {
            return;
        }
        for (Pattern p : List.of(INSIDE, AFTER)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                define(m.group(1), m.group(2), into);
            }
        }
    }

    /** Adds the glossary's abbreviations (and its Chinese and English terms) when the full form resolves. */
    void collect(List<GlossaryEntry> glossary, Map<String, LexiconEntry> into) {
        for (GlossaryEntry g : glossary) {
            LexiconEntry sense = g.en() == null ? null : resolve(g.abbr() == null ? g.en() : shortLongForm(g.en(), g.abbr()));
            if (sense == null && g.zh() != null) {
                sense = resolve(g.zh());
            }
            if (sense == null) {
                continue;
            }
            for (String term : new String[]{g.abbr(), g.en(), g.zh()}) {
                if (term != null && !term.isBlank()) {
                    into.putIfAbsent(MatchText.key(term), sense.withSource(LexiconEntry.Source.DEFINED, term));
                }
            }
        }
    }

    private void define(String longForm, String abbr, Map<String, LexiconEntry> into) {
        String abbrKey = MatchText.key(abbr);
        if (abbrKey.length() < 2 || abbr.chars().noneMatch(c -> c >= 'A' && c <= 'Z')) {
            return;
        }
        String shortForm = shortLongForm(longForm, abbr);
        if (shortForm == null) {
            return;
        }
        LexiconEntry sense = resolve(shortForm);
        if (sense != null) {
            into.putIfAbsent(abbrKey, sense.withSource(LexiconEntry.Source.DEFINED, abbr));
        }
    }

    /** The sense of a full form: a name key as written, with a trailing member number 1, or singular. */
    LexiconEntry resolve(String longForm) {
        String key = MatchText.key(longForm);
        for (String k : new String[]{key, key + "1", key.endsWith("s") ? key.substring(0, key.length() - 1) : key}) {
            for (LexiconEntry e : lexicon.lookup(k)) {
                if (!e.symbol()) {
                    return e;
                }
            }
        }
        return null;
    }

    /**
     * Schwartz–Hearst: the shortest tail of {@code longForm} whose word starts and letters spell
     * {@code abbr} in order ("Hippo/Yes-associated protein" + YAP → "Yes-associated protein"); null if none.
     */
    static String shortLongForm(String longForm, String abbr) {
        String a = MatchText.key(abbr).replaceAll("[^a-z0-9]", "");
        String l = longForm.toLowerCase(java.util.Locale.ROOT);
        if (a.isEmpty()) {
            return null;
        }
        int li = l.length() - 1;
        for (int ai = a.length() - 1; ai >= 0; ai--) {
            char c = a.charAt(ai);
            while (li >= 0 && (foldChar(l.charAt(li)) != c
                    || (ai == 0 && li > 0 && Character.isLetterOrDigit(l.charAt(li - 1))))) {
                li--;
            }
            if (li < 0) {
                return null;
            }
            li--;
        }
        return longForm.substring(li + 1).trim();
    }

    private static char foldChar(char c) {
        char g = MatchText.greekLetter(c);
        return g != 0 ? g : c;
    }
}
