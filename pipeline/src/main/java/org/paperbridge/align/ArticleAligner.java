package org.paperbridge.align;

import java.util.ArrayList;
import java.util.List;

import org.paperbridge.model.Abstract;
import org.paperbridge.model.AbstractText;
import org.paperbridge.model.Affiliation;
import org.paperbridge.model.Article;
import org.paperbridge.model.CodePoints;
import org.paperbridge.model.GlossaryEntry;
import org.paperbridge.model.Keyword;
import org.paperbridge.model.Paragraph;
import org.paperbridge.model.Section;
import org.paperbridge.model.Span;

/**
 * Lines up the two halves of one article: mines the glossary from all headings, paragraphs and both abstracts,
 * builds the article's dictionary from its keywords and glossary, then realigns the keywords, aligns
 * the abstract sentences, re-pairs author names and affiliations and pairs the affiliations' units.
 */
public final class ArticleAligner {
    private final LengthModel lengths;
    private final NameAligner names = new NameAligner();
    private final AffiliationAligner affiliations = new AffiliationAligner();
    private final AffiliationUnitPairer affiliationUnits = new AffiliationUnitPairer();

    /** Aligns abstracts with {@code lengths}; the translation evidence is the article's own keywords and glossary. */
    public ArticleAligner(LengthModel lengths) {
        this.lengths = lengths;
    }

    public ArticleAligner() {
        this(LengthModel.prior());
    }

    public Article align(Article article) {
        List<String> texts = new ArrayList<>();
        Abstract ab = article.abstract_() == null ? Abstract.EMPTY : article.abstract_();
        if (ab.zh() != null) {
            texts.add(ab.zh().text());
        }
        if (ab.en() != null) {
            texts.add(ab.en().text());
        }
        // headings define terms too (1.4.2 平均日增重（average day gain，ADG）)
        addTitles(article.sections(), texts);
        for (Paragraph p : Section.paragraphsIn(article.sections())) {
            texts.add(p.text());
        }
        List<String> kwZh = new ArrayList<>();
        List<String> kwEn = new ArrayList<>();
        for (Keyword k : article.keywords()) {
            if (k.zh() != null) {
                kwZh.add(k.zh());
            }
            if (k.en() != null) {
                kwEn.add(k.en());
            }
        }
        // The glossary miner's hints: keywords the lists give in the same place, a weak pairing
        // used for nothing else; the keywords themselves are paired below, with the glossary.
        List<GlossaryEntry> glossary = new GlossaryExtractor(
                TermPairDictionary.of(byPosition(kwZh, kwEn), List.of())).extract(texts);

        BilingualDictionary dictionary = TermPairDictionary.of(List.of(), glossary);
        List<Keyword> keywords = new KeywordAligner(dictionary).align(kwZh, kwEn);
        BilingualDictionary full = TermPairDictionary.builder().addAll(dictionary)
                .addAll(TermPairDictionary.of(keywords, List.of())).build();

        Abstract aligned = alignAbstract(ab, full);
        List<Affiliation> affs = new ArrayList<>();
        for (Affiliation a : affiliations.realign(article.affiliations())) {
            affs.add(a.withUnits(affiliationUnits.pair(a.zh(), a.en())));
        }
        return article.withAuthors(names.align(article.authors())).withAffiliations(affs).withAbstract(aligned)
                .withKeywords(keywords).withGlossary(glossary);
    }

    private static void addTitles(List<Section> sections, List<String> out) {
        for (Section s : sections) {
            if (s.title() != null && !s.title().isBlank()) {
                out.add(s.title());
            }
            addTitles(s.sections(), out);
        }
    }

    private static List<Keyword> byPosition(List<String> zh, List<String> en) {
        List<Keyword> out = new ArrayList<>();
        for (int i = 0; i < Math.max(zh.size(), en.size()); i++) {
            out.add(new Keyword(i < zh.size() ? zh.get(i) : null, i < en.size() ? en.get(i) : null));
        }
        return out;
    }

    private Abstract alignAbstract(Abstract ab, BilingualDictionary dictionary) {
        if (ab.zh() == null || ab.en() == null) {
            return ab;
        }
        List<String> zh = sentences(ab.zh());
        List<String> en = sentences(ab.en());
        AlignmentResult r = new SentenceAligner(lengths, dictionary).align(zh, en);
        return new Abstract(ab.zh(), ab.en(), r.links());
    }

    private static List<String> sentences(AbstractText t) {
        List<String> out = new ArrayList<>();
        for (Span s : t.sentences()) {
            out.add(CodePoints.substring(t.text(), s));
        }
        return out;
    }
}
