package org.paperbridge.text;

import com.hankcs.hanlp.HanLP;

import java.util.ArrayList;
import java.util.List;

import org.paperbridge.lang.TraditionalChinese;
import org.paperbridge.model.AbstractText;
import org.paperbridge.model.Affiliation;
import org.paperbridge.model.Article;
import org.paperbridge.model.Author;
import org.paperbridge.model.Keyword;
import org.paperbridge.model.Paragraph;
import org.paperbridge.model.Section;
import org.paperbridge.model.Simplified;

/**
 * Gives an article written in traditional script the simplified forms of its Chinese title,
 * abstract, keywords, author names and affiliations ({@link Article#simplified()}), converted by HanLP phrase by phrase
 * (頭髮 → 头发, 乾燥 → 干燥), which a one-for-one character fold cannot do. The printed text stays
 * in the article's own fields. Articles in simplified script come back unchanged. Thread-safe.
 */
public final class SimplifiedForms {
    /** Enough running text to tell the script when the front matter is short or missing. */
    private static final int SAMPLE = 4000;

    public Article addTo(Article article) {
        if (!TraditionalChinese.isTraditional(sample(article))) {
            return article.simplified() == null ? article : article.withSimplified(null);
        }
        HanLPSetup.ensure();
        AbstractText zh = article.abstract_().zh();
        List<String> keywords = new ArrayList<>();
        for (Keyword k : article.keywords()) {
            keywords.add(simplify(k.zh()));
        }
        List<String> authors = new ArrayList<>();
        for (Author a : article.authors()) {
            authors.add(a.name() == null ? null : simplify(a.name().zh()));
        }
        List<String> affiliations = new ArrayList<>();
        for (Affiliation a : article.affiliations()) {
            affiliations.add(simplify(a.zh()));
        }
        return article.withSimplified(new Simplified(simplify(article.title().zh()),
                zh == null ? null : simplify(zh.text()), keywords, authors, affiliations));
    }

    private static String simplify(String text) {
        return text == null ? null : HanLP.convertToSimplifiedChinese(text);
    }

    /** The Chinese title, abstract and keywords, then body paragraphs up to {@link #SAMPLE} chars. */
    private static String sample(Article article) {
        StringBuilder s = new StringBuilder();
        append(s, article.title().zh());
        if (article.abstract_().zh() != null) {
            append(s, article.abstract_().zh().text());
        }
        for (Keyword k : article.keywords()) {
            append(s, k.zh());
        }
        for (Paragraph p : Section.paragraphsIn(article.sections())) {
            if (s.length() >= SAMPLE) {
                break;
            }
            append(s, p.text());
        }
        return s.toString();
    }

    private static void append(StringBuilder s, String text) {
        if (text != null) {
            s.append(text).append('\n');
        }
    }
}
