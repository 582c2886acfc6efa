package org.paperbridge.entity;

import org.paperbridge.lang.Scripts;
import org.paperbridge.lang.TraditionalChinese;
import org.paperbridge.lang.Greek;
import org.paperbridge.model.Entity;
import org.paperbridge.model.GlossaryEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Finds and normalizes biomedical mentions in Chinese and English text: an Aho–Corasick pass
 * over folded text (see {@link MatchText}), RNA pattern grammars, word-boundary, case and
 * context rules, then longest-match-wins overlap resolution. Thread-safe.
 */
public final class EntityTagger {
    private static final List<String> TYPE_ORDER = List.of("mirna", "ncrna", "chemical", "cell_type", "disease",
            "gene", "species");
    /** Longest first, then by source, type (in TYPE_ORDER) and start; written out, as it sorts every candidate. */
    private static final Comparator<Candidate> PREFERRED = (a, b) -> {
        int d = Integer.compare(b.length(), a.length());
        if (d == 0) {
            d = a.entry().source().compareTo(b.entry().source());
        }
        if (d == 0) {
            d = Integer.compare(TYPE_ORDER.indexOf(a.entry().type()), TYPE_ORDER.indexOf(b.entry().type()));
        }
        return d != 0 ? d : Integer.compare(a.start(), b.start());
    };

    private static final LexiconEntry[] NO_SENSES = {};

    private final Lexicon lexicon;
    private final RnaGrammar grammar;
    private final Definitions definitions;
    private final LearnedMentions learned;
    private final ChineseComposition composition;

    /** A tagger with the lexicons and, for English, the learned models shipped in the jar (when it has them). */
    public EntityTagger(Lexicon lexicon) {
        this(lexicon, org.paperbridge.ner.LearnedTagger.loadPackaged());
    }

    /** @param learned the English sequence models, or null for the lexicons alone in both languages */
    public EntityTagger(Lexicon lexicon, org.paperbridge.ner.LearnedTagger learned) {
        this.lexicon = lexicon;
        this.grammar = new RnaGrammar(lexicon);
        this.definitions = new Definitions(lexicon);
        this.composition = new ChineseComposition(lexicon);
        this.learned = learned == null ? null : new LearnedMentions(lexicon, learned);
    }

    /** Tags {@code text}; offsets are code points into it. Abbreviations defined in the text apply. */
    public List<Entity> tag(String text, String lang, String where) {
        return tag(text, lang, where, List.of());
    }

    /** Tags {@code text} with an article glossary whose defined abbreviations take their full form's sense. */
    public List<Entity> tag(String text, String lang, String where, List<GlossaryEntry> glossary) {
        Map<String, LexiconEntry> defined = new java.util.HashMap<>();
        definitions.collect(glossary, defined);
        definitions.collect(text, defined);
        return tag(text, lang, where, defined);
    }

    List<Entity> tag(String text, String lang, String where, Map<String, LexiconEntry> defined) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        MatchText mt = MatchText.of(text);
        String folded = mt.folded();
        List<Candidate> found = new ArrayList<>(grammar.find(text));
        boolean english = learned != null && "en".equals(lang);
        List<LearnedMentions.KeyMatch> keys = english ? new ArrayList<>() : null;
        lexicon.match(folded, (b, e, entries) -> {
            if (keys != null) {
                keys.add(new LearnedMentions.KeyMatch(b, e, entries));
            }
            LexiconEntry local = defined.isEmpty() ? null : defined.get(folded.substring(b, e));
            Candidate c = choose(mt, b, e, entries, local);
            if (c != null) {
                found.add(c);
            }
        });
        for (Map.Entry<String, LexiconEntry> d : defined.entrySet()) {
            if (lexicon.lookup(d.getKey()).isEmpty()) {
                for (int i = folded.indexOf(d.getKey()); i >= 0; i = folded.indexOf(d.getKey(), i + 1)) {
                    Candidate c = choose(mt, i, i + d.getKey().length(), NO_SENSES, d.getValue());
                    if (c != null) {
                        found.add(c);
                    }
                }
            }
        }
        boolean han = Scripts.containsHan(text);
        // The Chinese rules read simplified script (one char for one, so offsets hold), as the dictionary pass does.
        String zh = han ? TraditionalChinese.fold(text) : text;
        List<Candidate> adjusted = found;
        if (han) {
            found.addAll(composition.find(zh, found));
            found.addAll(ChineseGeneNames.find(zh, found, lexicon));
            found.addAll(ChineseDrugNames.find(zh, found, lexicon));
            found.addAll(LatinDrugNames.find(zh, found));
            adjusted = ChineseRules.adjust(zh, found, lexicon);
            adjusted.addAll(ChineseDefinitions.of(zh, adjusted));
        }
        List<Candidate> all = english ? learned.merge(mt, keys, adjusted, defined) : adjusted;
        List<Candidate> kept = resolveOverlaps(all);
        if (han) {
            kept = ChineseRules.humanBefore(zh, kept);
        }
        kept = SpeciesContext.mirnaIds(zh, kept, lexicon);
        return toEntities(text, kept, lang, where);
    }

    /**
     * Tags the article's titles ({@code title.zh}/{@code title.en}), abstracts, every paragraph
     * (where = paragraph id) and reference titles ({@code ref<n>}); returns it with its entities.
     */
    public org.paperbridge.model.Article tag(org.paperbridge.model.Article article) {
        return new ArticleTagging(this).tag(article);
    }

    /** Package access for the article walker. */
    Definitions definitions() {
        return definitions;
    }

    private Candidate choose(MatchText mt, int b, int e, LexiconEntry[] entries, LexiconEntry defined) {
        String text = mt.original();
        int start = mt.start(b);
        int end = mt.end(e);
        if (!startsAtBoundary(text, start)) {
            return null;
        }
        boolean plural = false;
        if (!endsAtBoundary(text, end)) {
            if (text.charAt(end) == 's' && endsAtBoundary(text, end + 1)) {
                plural = true;
            } else {
                return null;
            }
        }
        // Most hits are ordinary words that fold to a symbol (in, set, was): decide them without copying.
        boolean ccl4 = e - b == 4 && mt.folded().startsWith("ccl4", b);
        int carbonTetrachloride = -1;
        String mention = null;
        for (int i = defined == null ? 0 : -1; i < entries.length; i++) {
            LexiconEntry sense = i < 0 ? defined : entries[i];
            if (ccl4) {
                if (carbonTetrachloride < 0) {
                    carbonTetrachloride = ContextRules.isCarbonTetrachloride(text, start, end) ? 1 : 0;
                }
                if (sense.type().equals("chemical") != (carbonTetrachloride == 1)) {
                    continue;
                }
            }
            if (plural && sense.type().equals("gene")) {
                continue;
            }
            if (sense.symbol()) {
                if (!ContextRules.caseFits(text, start, end)) {
                    continue;
                }
                if (mention == null) {
                    mention = text.substring(start, end);
                }
                if (!symbolFits(text, start, end, mention, sense)) {
                    continue;
                }
            }
            return new Candidate(start, plural ? end + 1 : end, sense);
        }
        return null;
    }

    /** The remaining symbol rules, once {@link ContextRules#caseFits} holds. */
    private static boolean symbolFits(String text, int start, int end, String mention, LexiconEntry sense) {
        if (sense.source() == LexiconEntry.Source.DEFINED) {
            return true;
        }
        if (!spacesFit(mention) || ContextRules.isLikeModifier(text, end)) {
            return false;
        }
        if (sense.type().equals("gene") && ContextRules.namesBloodGroup(text, end)) {
            return false;
        }
        LexiconEntry.Source src = sense.source();
        if (src == LexiconEntry.Source.ALIAS_SYMBOL || src == LexiconEntry.Source.PREVIOUS_SYMBOL
                || src == LexiconEntry.Source.FAMILY) {
            // Secondary symbols are noisy: written as listed or in capitals, and never one or two characters.
            String letters = asciiLetters(mention);
            boolean asListed = letters.equals(asciiLetters(sense.raw()))
                    || src == LexiconEntry.Source.FAMILY && titleCaseInChinese(text, letters);
            String upper = letters.toUpperCase(java.util.Locale.ROOT);
            // TNFa, IL1b: capitals with a Latin letter standing for a Greek one at the end.
            boolean greekSuffix = letters.length() > 1 && "abgdk".indexOf(letters.charAt(letters.length() - 1)) >= 0
                    && letters.regionMatches(0, upper, 0, upper.length() - 1);
            if (asciiLettersAndDigits(mention) <= 2 || !(asListed || letters.equals(upper) || greekSuffix)) {
                return false;
            }
        }
        if (sense.type().equals("gene") && ContextRules.needsGeneContext(mention)) {
            return ContextRules.hasGeneContext(text, start, end);
        }
        if (sense.source() == LexiconEntry.Source.HAND && !sense.type().equals("gene")) {
            return true; // hand-listed cell, disease and species abbreviations (Treg, Mtb) are vetted as written
        }
        return !ContextRules.needsGeneContext(mention) || Scripts.containsHan(mention);
    }

    /** Akt, Erk in Chinese text: a family name written in title case, as mouse symbols are. */
    private static boolean titleCaseInChinese(String text, String letters) {
        if (letters.length() < 3 || !Character.isUpperCase(letters.charAt(0))) {
            return false;
        }
        for (int i = 1; i < letters.length(); i++) {
            if (!Character.isLowerCase(letters.charAt(i))) {
                return false;
            }
        }
        return Scripts.containsHan(text); // rare: only title-case family names get here
    }

    private static String asciiLetters(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                out.append(c);
            }
        }
        return out.length() == s.length() ? s : out.toString();
    }

    private static int asciiLettersAndDigits(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                n++;
            }
        }
        return n;
    }

    /** Inside a symbol, a space may only precede a digit or Greek letter (IL-1 β, SIRP α, TNF alpha). */
    private static boolean spacesFit(String mention) {
        int i = 0;
        int n = mention.length();
        while (i < n && isRegexSpace(mention.charAt(i))) {
            i++;
        }
        while (i < n) {
            if (!isRegexSpace(mention.charAt(i))) {
                i++;
                continue;
            }
            while (i < n && isRegexSpace(mention.charAt(i))) {
                i++;
            }
            if (i < n && !partFits(mention, i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the space-separated part starting at {@code i} may follow a space inside a symbol. */
    private static boolean partFits(String mention, int i) {
        char c = mention.charAt(i);
        if (Character.isDigit(c) || Greek.isGreek(c) || MatchText.isHyphen(c)) {
            return true;
        }
        int end = i;
        while (end < mention.length() && !isRegexSpace(mention.charAt(end))) {
            end++;
        }
        for (String w : Greek.SYMBOL_NAMES) {
            if (end - i >= w.length() && asciiIgnoreCaseAt(mention, i, w)) {
                boolean digitsAfter = true;
                for (int k = i + w.length(); k < end && digitsAfter; k++) {
                    digitsAfter = mention.charAt(k) >= '0' && mention.charAt(k) <= '9';
                }
                if (digitsAfter) {
                    return true;
                }
            }
        }
        return false;
    }


    /** {@code lowerWord} at {@code i}, ignoring ASCII case only (as the regex flag (?i) does). */
    private static boolean asciiIgnoreCaseAt(String s, int i, String lowerWord) {
        for (int k = 0; k < lowerWord.length(); k++) {
            char c = s.charAt(i + k);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            if (c != lowerWord.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isWordChar(int cp) {
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || Greek.isGreek(cp);
    }

    private static boolean startsAtBoundary(String text, int start) {
        return start == 0 || !isWordChar(text.codePointAt(start)) || !isWordChar(text.codePointBefore(start));
    }

    private static boolean endsAtBoundary(String text, int end) {
        return end >= text.length() || !isWordChar(text.codePointBefore(end)) || !isWordChar(text.codePointAt(end));
    }

    private static List<Candidate> resolveOverlaps(List<Candidate> found) {
        if (found.isEmpty()) {
            return found;
        }
        found.sort(PREFERRED);
        int max = 0;
        for (Candidate c : found) {
            max = Math.max(max, c.end());
        }
        boolean[] taken = new boolean[max + 1];
        // Kept mentions share no char, so each starts at its own offset: reading them off by start
        // gives the order a sort by start would. Only an empty one could share a start: then they are sorted.
        Candidate[] startingAt = new Candidate[max + 1];
        boolean empty = false;
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : found) {
            boolean free = true;
            for (int i = c.start(); i < c.end() && free; i++) {
                free = !taken[i];
            }
            if (free) {
                for (int i = c.start(); i < c.end(); i++) {
                    taken[i] = true;
                }
                kept.add(c);
                if (c.length() > 0) {
                    startingAt[c.start()] = c;
                } else {
                    empty = true;
                }
            }
        }
        if (empty) {
            kept.sort(Comparator.comparingInt(Candidate::start));
            return kept;
        }
        kept.clear();
        for (Candidate c : startingAt) {
            if (c != null) {
                kept.add(c);
            }
        }
        return kept;
    }

    private static List<Entity> toEntities(String text, List<Candidate> kept, String lang, String where) {
        List<Entity> out = new ArrayList<>(kept.size());
        int cpPos = 0;
        int charPos = 0;
        for (Candidate c : kept) {
            cpPos += text.codePointCount(charPos, c.start());
            int cpStart = cpPos;
            int cpEnd = cpStart + text.codePointCount(c.start(), c.end());
            cpPos = cpEnd;
            charPos = c.end();
            LexiconEntry e = c.entry();
            out.add(new Entity(e.type(), text.substring(c.start(), c.end()), e.norm(), e.db(), e.id(), lang, where,
                    cpStart, cpEnd));
        }
        return out;
    }
}
