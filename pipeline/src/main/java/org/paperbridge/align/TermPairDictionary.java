package org.paperbridge.align;

import org.paperbridge.lang.Scripts;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.paperbridge.model.GlossaryEntry;
import org.paperbridge.model.Keyword;

/** A {@link BilingualDictionary} made of explicit zh–en pairs (keywords, glossary entries, word lists). */
public final class TermPairDictionary implements BilingualDictionary {
    private final Map<String, Set<String>> byTerm;
    private final Set<String> chinese;

    private TermPairDictionary(Map<String, Set<String>> byTerm, Set<String> chinese) {
        this.byTerm = byTerm;
        this.chinese = chinese;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The article's own evidence: its keyword pairs and glossary entries (abbreviations count as English). */
    public static TermPairDictionary of(List<Keyword> keywords, List<GlossaryEntry> glossary) {
        Builder b = builder();
        for (Keyword k : keywords) {
            b.add(k.zh(), k.en());
        }
        for (GlossaryEntry g : glossary) {
            b.add(g.zh(), g.en());
            b.add(g.zh(), g.abbr());
        }
        return b.build();
    }

    @Override
    public Set<String> translations(String term) {
        if (term == null) {
            return Set.of();
        }
        return byTerm.getOrDefault(key(term), Set.of());
    }

    @Override
    public Set<String> chineseTerms() {
        return chinese;
    }

    /** Chinese without spaces, anything else lower-cased with runs of white space as one space. */
    static String key(String term) {
        // Called for every candidate term of every article: a loop, not a regular expression.
        String t = term.strip();
        boolean han = Scripts.containsHan(t);
        StringBuilder b = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                space = b.length() > 0;
            } else {
                if (space && !han) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            }
        }
        return han ? b.toString() : b.toString().toLowerCase(Locale.ROOT);
    }

    /** Collects pairs; either side may be blank, in which case the pair is skipped. */
    public static final class Builder {
        private final Map<String, Set<String>> byTerm = new HashMap<>();
        private final Set<String> chinese = new LinkedHashSet<>();

        public Builder add(String zh, String en) {
            if (zh == null || en == null || zh.isBlank() || en.isBlank()) {
                return this;
            }
            String z = key(zh);
            String e = key(en);
            byTerm.computeIfAbsent(z, k -> new LinkedHashSet<>()).add(e);
            byTerm.computeIfAbsent(e, k -> new LinkedHashSet<>()).add(z);
            chinese.add(z);
            return this;
        }

        /** Adds every pair another dictionary knows. */
        public Builder addAll(BilingualDictionary other) {
            for (String z : other.chineseTerms()) {
                for (String e : other.translations(z)) {
                    add(z, e);
                }
            }
            return this;
        }

        public TermPairDictionary build() {
            Map<String, Set<String>> copy = new HashMap<>();
            byTerm.forEach((k, v) -> copy.put(k, Collections.unmodifiableSet(new LinkedHashSet<>(v))));
            return new TermPairDictionary(copy, Collections.unmodifiableSet(new LinkedHashSet<>(chinese)));
        }
    }
}
