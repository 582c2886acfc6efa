package org.paperbridge.entity;

import org.paperbridge.lang.Greek;
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
    private static final int LONG_FORM_MAX = 101;
    private static final Pattern AFTER = Pattern.compile("([A-Za-z][A-Za-z0-9 /'\\-αβγκ]{2," + (LONG_FORM_MAX - 1)
            + "}?)\\s*[(（]\\s*" + ABBR + "\\s*[)）]");
    private static final Pattern BRACKETED_ABBR = Pattern.compile("[(（]\\s*" + ABBR + "\\s*[)）]");

    private final Lexicon lexicon;

    Definitions(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Adds to {@code into} (folded abbreviation → sense) the definitions found in {@code text}. */
    void collect(String text, Map<String, LexiconEntry> into) {
        if (text == null || (text.indexOf('(') < 0 && text.indexOf('（') < 0)) {
            return;
        }
        Matcher bracket = BRACKETED_ABBR.matcher(text);
        Matcher inside = INSIDE.matcher(text);
        int last = 0;
        for (int p = nextParen(text, 0); p >= 0; p = nextParen(text, p + 1)) {
            if (p >= last && commaFirst(text, p) && inside.region(p, text.length()).lookingAt()) {
                define(inside.group(1), inside.group(2), into);
                last = inside.end();
            }
        }
        // AFTER's lazy long form would be tried at every position of the text; only a bracketed
        // abbreviation can end a match, so search just the stretch a long form can cover before one.
        Matcher after = AFTER.matcher(text);
        last = 0;
        int previous = -1;
        for (int p = nextParen(text, 0); p >= 0; previous = p, p = nextParen(text, p + 1)) {
            if (p < last || !bracket.region(p, text.length()).lookingAt()) {
                continue;
            }
            int q = p;
            while (q > 0 && isRegexSpace(text.charAt(q - 1))) {
                q--;
            }
            int from = Math.max(last, q - LONG_FORM_MAX);
            // A match ends at a paren; with no other paren in the stretch it ends at p, and its long form
            // then holds the char before p's spaces. Chinese text mostly has a Han character there.
            if (previous < from && (q == 0 || !isLongFormChar(text.charAt(q - 1)))) {
                continue;
            }
            if (previous < from) {
                // ... and starts inside the run of long-form chars before p's spaces.
                int run = q;
                while (run > from && isLongFormChar(text.charAt(run - 1))) {
                    run--;
                }
                from = run;
            }
            after.region(from, bracket.end());
            if (after.find()) {
                define(after.group(1), after.group(2), into);
                last = after.end();
            }
        }
    }

    private static int nextParen(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '（') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the first of {@code ()（）,，;；} after the bracket at {@code p} is a comma, as in every
     * INSIDE match (its long form and spaces hold none of them): most brackets close first.
     */
    private static boolean commaFirst(String text, int p) {
        for (int i = p + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，') {
                return true;
            }
            if (c == '(' || c == ')' || c == '（' || c == '）' || c == ';' || c == '；') {
                return false;
            }
        }
        return false;
    }

    /** A char of AFTER's long form: {@code [A-Za-z0-9 /'\-αβγκ]}. */
    private static boolean isLongFormChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || " /'-αβγκ".indexOf(c) >= 0;
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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
        char g = Greek.latin(c);
        return g != 0 ? g : c;
    }
}
