package org.paperbridge.entity;

import org.paperbridge.lang.Languages;
import org.paperbridge.model.AbstractText;
import org.paperbridge.model.Article;
import org.paperbridge.model.Entity;
import org.paperbridge.model.Paragraph;
import org.paperbridge.model.Reference;
import org.paperbridge.model.Section;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks one article's texts in document order (titles, abstracts, paragraphs, reference titles)
 * and tags each with the abbreviations defined anywhere in the article and its glossary.
 */
final class ArticleTagging {
    private final EntityTagger tagger;

    ArticleTagging(EntityTagger tagger) {
        this.tagger = tagger;
    }

    Article tag(Article article) {
        List<String[]> texts = texts(article);
        Map<String, LexiconEntry> defined = new HashMap<>();
        tagger.definitions().collect(article.glossary(), defined);
        for (String[] t : texts) {
            tagger.definitions().collect(t[0], defined);
        }
        List<Entity> entities = new ArrayList<>();
        for (String[] t : texts) {
            entities.addAll(tagger.tag(t[0], t[1], t[2], defined));
        }
        return article.withEntities(entities);
    }

    /** {text, lang, where} for every text of the article that can hold entities. */
    static List<String[]> texts(Article article) {
        List<String[]> out = new ArrayList<>();
        if (article.title() != null) {
            add(out, article.title().zh(), "zh", "title.zh");
            add(out, article.title().en(), "en", "title.en");
        }
        if (article.abstract_() != null) {
            AbstractText zh = article.abstract_().zh();
            AbstractText en = article.abstract_().en();
            if (zh != null) {
                add(out, zh.text(), zh.lang(), "abstract.zh");
            }
            if (en != null) {
                add(out, en.text(), en.lang(), "abstract.en");
            }
        }
        for (Paragraph p : Section.paragraphsIn(article.sections())) {
            add(out, p.text(), p.lang(), p.id());
        }
        for (Reference r : Reference.firstOfEachNumber(article.references())) {
            add(out, r.title(), Languages.of(r.title()), r.where());
        }
        return out;
    }

    private static void add(List<String[]> out, String text, String lang, String where) {
        if (text != null && !text.isBlank()) {
            out.add(new String[]{text, lang, where});
        }
    }
}
