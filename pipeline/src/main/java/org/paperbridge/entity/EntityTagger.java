package org.paperbridge.entity;

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
    private static final Comparator<Candidate> PREFERRED = Comparator.comparingInt(Candidate::length).reversed()
            .thenComparing(c -> c.entry().source())
            .thenComparingInt(c -> TYPE_ORDER.indexOf(c.entry().type()))
            .thenComparingInt(Candidate::start);

    private final Lexicon lexicon;
    private final RnaGrammar grammar;
    private final Definitions definitions;

    public EntityTagger(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.grammar = new RnaGrammar(lexicon);
        this.definitions = new Definitions(lexicon);
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
        Map<String, LexiconEntry> local = defined;
        MatchText mt = MatchText.of(text);
        List<Candidate> found = new ArrayList<>(grammar.find(text));
        Map<String, LexiconEntry> senses = local;
        lexicon.automaton().parseText(mt.folded(), (b, e, entries) -> {
            Candidate c = choose(mt, b, e, entries, senses.get(mt.folded().substring(b, e)));
            if (c != null) {
                found.add(c);
            }
        });
        for (Map.Entry<String, LexiconEntry> d : local.entrySet()) {
            if (lexicon.lookup(d.getKey()).isEmpty()) {
                for (int i = mt.folded().indexOf(d.getKey()); i >= 0; i = mt.folded().indexOf(d.getKey(), i + 1)) {
                    Candidate c = choose(mt, i, i + d.getKey().length(), new LexiconEntry[0], d.getValue());
                    if (c != null) {
                        found.add(c);
                    }
                }
            }
        }
        return toEntities(text, resolveOverlaps(found), lang, where);
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
        String mention = text.substring(start, end);
        List<LexiconEntry> senses = new ArrayList<>(entries.length + 1);
        if (defined != null) {
            senses.add(defined);
        }
        senses.addAll(List.of(entries));
        boolean carbonTetrachloride = mt.folded().startsWith("ccl4", b) && e - b == 4
                && ContextRules.isCarbonTetrachloride(text, start, end);
        for (LexiconEntry sense : senses) {
            if (mt.folded().startsWith("ccl4", b) && e - b == 4
                    && sense.type().equals("chemical") != carbonTetrachloride) {
                continue;
            }
            if (plural && sense.type().equals("gene")) {
                continue;
            }
            if (sense.symbol() && !symbolFits(text, start, end, mention, sense)) {
                continue;
            }
            return new Candidate(start, plural ? end + 1 : end, sense);
        }
        return null;
    }

    private static boolean symbolFits(String text, int start, int end, String mention, LexiconEntry sense) {
        if (sense.source() == LexiconEntry.Source.DEFINED) {
            return ContextRules.caseFits(mention);
        }
        if (!ContextRules.caseFits(mention) || !spacesFit(mention) || ContextRules.isLikeModifier(text, end)) {
            return false;
        }
        LexiconEntry.Source src = sense.source();
        if (src == LexiconEntry.Source.ALIAS_SYMBOL || src == LexiconEntry.Source.PREVIOUS_SYMBOL
                || src == LexiconEntry.Source.FAMILY) {
            // Secondary symbols are noisy: written as listed or in capitals, and never one or two characters.
            String letters = mention.replaceAll("[^A-Za-z]", "");
            boolean asListed = letters.equals(sense.raw().replaceAll("[^A-Za-z]", ""));
            String upper = letters.toUpperCase(java.util.Locale.ROOT);
            // TNFa, IL1b: capitals with a Latin letter standing for a Greek one at the end.
            boolean greekSuffix = letters.length() > 1 && "abgdk".indexOf(letters.charAt(letters.length() - 1)) >= 0
                    && letters.substring(0, letters.length() - 1).equals(upper.substring(0, upper.length() - 1));
            if (mention.replaceAll("[^A-Za-z0-9]", "").length() <= 2
                    || !(asListed || letters.equals(upper) || greekSuffix)) {
                return false;
            }
        }
        if (sense.type().equals("gene") && ContextRules.needsGeneContext(mention)) {
            return ContextRules.hasGeneContext(text, start, end);
        }
        return !ContextRules.needsGeneContext(mention) || mention.codePoints().anyMatch(Character::isIdeographic);
    }

    /** Inside a symbol, a space may only precede a digit or Greek letter (IL-1 β, SIRP α, TNF alpha). */
    private static boolean spacesFit(String mention) {
        String[] parts = mention.trim().split("\\s+");
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            char c = p.charAt(0);
            boolean greekWord = p.matches("(?i)(alpha|beta|gamma|delta|kappa)\\d*");
            if (!Character.isDigit(c) && !MatchText.isGreek(c) && !greekWord && !MatchText.isHyphen(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordChar(int cp) {
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || MatchText.isGreek(cp);
    }

    private static boolean startsAtBoundary(String text, int start) {
        return start == 0 || !isWordChar(text.codePointAt(start)) || !isWordChar(text.codePointBefore(start));
    }

    private static boolean endsAtBoundary(String text, int end) {
        return end >= text.length() || !isWordChar(text.codePointBefore(end)) || !isWordChar(text.codePointAt(end));
    }

    private static List<Candidate> resolveOverlaps(List<Candidate> found) {
        found.sort(PREFERRED);
        List<Candidate> kept = new ArrayList<>();
        boolean[] taken = null;
        for (Candidate c : found) {
            if (taken == null) {
                int max = found.stream().mapToInt(Candidate::end).max().orElse(0);
                taken = new boolean[max + 1];
            }
            boolean free = true;
            for (int i = c.start(); i < c.end() && free; i++) {
                free = !taken[i];
            }
            if (free) {
                for (int i = c.start(); i < c.end(); i++) {
                    taken[i] = true;
                }
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
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
