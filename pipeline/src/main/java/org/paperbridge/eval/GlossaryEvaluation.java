package org.paperbridge.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import org.paperbridge.model.GlossaryEntry;

/**
 * Scores the glossaries of output articles against {@link GlossaryGold}: exact entries (all three
 * sides right), and each side alone — the Chinese term of the entries that have one (its boundary),
 * the English full form of the entries that have one — each as precision, recall and F1 over
 * one-to-one matches within a document.
 */
public final class GlossaryEvaluation {
    /** Matched, output and gold counts of one measure. */
    public record Count(int matched, int got, int gold) {
        static final Count ZERO = new Count(0, 0, 0);

        Count plus(Count o) {
            return new Count(matched + o.matched, got + o.got, gold + o.gold);
        }

        public double precision() {
            return got == 0 ? 0 : (double) matched / got;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** What one output entry or gold term became: right, missed (gold only) or extra (output only). */
    public record Outcome(String kind, String zh, String en, String abbr) {
    }

    /** The score of one document. */
    public record DocResult(String file, String part, boolean found, Count exact, Count zh, Count en,
                            List<Outcome> outcomes) {
        DocResult plus(DocResult o) {
            return new DocResult("", part, found, exact.plus(o.exact), zh.plus(o.zh), en.plus(o.en), List.of());
        }
    }

    /**
     * Scores every gold document of {@code part} (all when null); {@code parts} overrides the gold's
     * own parts by file stem when not empty.
     */
    public List<DocResult> score(List<GlossaryGold.Document> gold, Map<String, String> parts, String part,
                                 List<JsonNode> articles) {
        List<DocResult> out = new ArrayList<>();
        for (GlossaryGold.Document d : gold) {
            String p = parts.isEmpty() ? d.part() : parts.getOrDefault(d.stem(), "-");
            if (part != null && !part.equals(p)) {
                continue;
            }
            JsonNode article = DocsEvaluation.find(articles, d.stem());
            List<GlossaryEntry> got = article == null ? List.of() : glossary(article);
            out.add(score(d.file(), p, article != null, d.terms(), got));
        }
        return out;
    }

    /** Sum of the documents' counts. */
    public static DocResult total(List<DocResult> docs) {
        DocResult t = new DocResult("", "", true, Count.ZERO, Count.ZERO, Count.ZERO, List.of());
        for (DocResult d : docs) {
            t = t.plus(d);
        }
        return t;
    }

    static DocResult score(String file, String part, boolean found, List<GlossaryGold.Term> gold,
                           List<GlossaryEntry> got) {
        List<Outcome> outcomes = new ArrayList<>();
        boolean[] used = new boolean[got.size()];
        int matched = 0;
        for (GlossaryGold.Term t : gold) {
            int i = firstUnused(got, used, e -> t.matches(e));
            if (i >= 0) {
                used[i] = true;
                matched++;
                outcomes.add(outcome("ok", got.get(i)));
            } else {
                outcomes.add(new Outcome("missed", first(t.zh()), first(t.en()), first(t.abbr())));
            }
        }
        for (int i = 0; i < got.size(); i++) {
            if (!used[i]) {
                outcomes.add(outcome("extra", got.get(i)));
            }
        }
        Count exact = new Count(matched, got.size(), gold.size());
        Count zh = side(gold, got, t -> t.zh() != null, e -> e.zh() != null, GlossaryGold.Term::zhMatches);
        Count en = side(gold, got, t -> t.en() != null, e -> e.en() != null, GlossaryGold.Term::enMatches);
        return new DocResult(file, part, found, exact, zh, en, List.copyOf(outcomes));
    }

    /** One side alone: gold terms and output entries that have it, matched by abbreviation and that side. */
    private static Count side(List<GlossaryGold.Term> gold, List<GlossaryEntry> got, Predicate<GlossaryGold.Term> goldHas,
                              Predicate<GlossaryEntry> gotHas, BiPredicate<GlossaryGold.Term, GlossaryEntry> same) {
        List<GlossaryEntry> candidates = got.stream().filter(gotHas).toList();
        boolean[] used = new boolean[candidates.size()];
        int goldCount = 0;
        int matched = 0;
        for (GlossaryGold.Term t : gold) {
            if (!goldHas.test(t)) {
                continue;
            }
            goldCount++;
            int i = firstUnused(candidates, used, e -> t.abbrMatches(e) && same.test(t, e));
            if (i >= 0) {
                used[i] = true;
                matched++;
            }
        }
        return new Count(matched, candidates.size(), goldCount);
    }

    private static int firstUnused(List<GlossaryEntry> got, boolean[] used, Predicate<GlossaryEntry> p) {
        for (int i = 0; i < got.size(); i++) {
            if (!used[i] && p.test(got.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static Outcome outcome(String kind, GlossaryEntry e) {
        return new Outcome(kind, e.zh(), e.en(), e.abbr());
    }

    private static String first(List<String> forms) {
        return forms == null ? null : forms.get(0);
    }

    private static List<GlossaryEntry> glossary(JsonNode article) {
        List<GlossaryEntry> out = new ArrayList<>();
        for (JsonNode g : article.path("glossary")) {
            out.add(new GlossaryEntry(text(g, "zh"), text(g, "en"), text(g, "abbr")));
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
