package org.paperbridge.corpus;

import java.util.ArrayList;
import java.util.List;

import org.paperbridge.model.Abstract;
import org.paperbridge.model.AbstractText;
import org.paperbridge.model.Affiliation;
import org.paperbridge.model.Alignment;
import org.paperbridge.model.Article;
import org.paperbridge.model.Author;
import org.paperbridge.model.CodePoints;
import org.paperbridge.model.GlossaryEntry;
import org.paperbridge.model.Keyword;

/**
 * One Chinese–English pair of the parallel corpus, with what kind of text it is, its article, and
 * for aligned abstract sentences the bead ({@code 1:1}, {@code 2:1}: Chinese to English sentences)
 * and the aligner's score; both are null for pairs that were not sentence-aligned (titles,
 * keywords, glossary terms, names, affiliations).
 */
record ParallelPair(String zh, String en, String kind, String docId, String bead, Double score) {

    /** The pairs of an article in a stable order: title, abstract links, keywords, glossary, authors, affiliations. */
    static List<ParallelPair> of(Article a) {
        List<ParallelPair> out = new ArrayList<>();
        if (a.title() != null) {
            add(out, a.title().zh(), a.title().en(), "title", a.id(), null, null);
        }
        Abstract ab = a.abstract_();
        if (ab != null && ab.zh() != null && ab.en() != null) {
            for (Alignment link : ab.alignment()) {
                add(out, join(ab.zh(), link.zh(), ""), join(ab.en(), link.en(), " "), "abstract", a.id(),
                        link.zh().size() + ":" + link.en().size(), link.score());
            }
        }
        for (Keyword k : a.keywords()) {
            add(out, k.zh(), k.en(), "keyword", a.id(), null, null);
        }
        for (GlossaryEntry g : a.glossary()) {
            add(out, g.zh(), g.en(), "glossary", a.id(), null, null);
        }
        for (Author au : a.authors()) {
            if (au.name() != null) {
                add(out, au.name().zh(), au.name().en(), "author", a.id(), null, null);
            }
        }
        for (Affiliation af : a.affiliations()) {
            add(out, af.zh(), af.en(), "affiliation", a.id(), null, null);
        }
        return out;
    }

    private static void add(List<ParallelPair> out, String zh, String en, String kind, String docId, String bead,
                            Double score) {
        if (zh != null && en != null && !zh.isBlank() && !en.isBlank()) {
            out.add(new ParallelPair(zh.strip(), en.strip(), kind, docId, bead, score));
        }
    }

    /** English letters and digits per Chinese character (Han or other letter): the length filter's measure. */
    double lengthRatio() {
        long zhChars = zh.codePoints().filter(Character::isLetterOrDigit).count();
        long enChars = en.codePoints().filter(Character::isLetterOrDigit).count();
        return zhChars == 0 ? Double.POSITIVE_INFINITY : (double) enChars / zhChars;
    }

    private static String join(AbstractText t, List<Integer> sentences, String separator) {
        List<String> parts = new ArrayList<>();
        for (int i : sentences) {
            if (i < t.sentences().size()) {
                parts.add(CodePoints.substring(t.text(), t.sentences().get(i)).strip());
            }
        }
        return String.join(separator, parts);
    }
}
