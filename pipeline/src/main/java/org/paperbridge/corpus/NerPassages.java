package org.paperbridge.corpus;

import org.paperbridge.lang.Languages;
import org.paperbridge.model.AbstractText;
import org.paperbridge.model.Article;
import org.paperbridge.model.Entity;
import org.paperbridge.model.Paragraph;
import org.paperbridge.model.Reference;
import org.paperbridge.model.Section;
import org.paperbridge.model.Span;

import java.util.ArrayList;
import java.util.List;

/** The passages NER exports are made of: titles, abstracts, paragraphs and reference titles, each with its entities. */
record NerPassages(List<Passage> passages) {

    /** One text of an article with its kind (title, abstract, paragraph, ref), language, sentences and entities. */
    record Passage(String where, String kind, String lang, String text, List<Span> sentences, List<Entity> entities) {
    }

    static NerPassages of(Article article) {
        List<Passage> out = new ArrayList<>();
        if (article.title() != null) {
            add(out, article, "title.zh", "title", "zh", article.title().zh(), List.of());
            add(out, article, "title.en", "title", "en", article.title().en(), List.of());
        }
        if (article.abstract_() != null) {
            AbstractText zh = article.abstract_().zh();
            AbstractText en = article.abstract_().en();
            if (zh != null) {
                add(out, article, "abstract.zh", "abstract", zh.lang(), zh.text(), zh.sentences());
            }
            if (en != null) {
                add(out, article, "abstract.en", "abstract", en.lang(), en.text(), en.sentences());
            }
        }
        for (Paragraph p : Section.paragraphsIn(article.sections())) {
            add(out, article, p.id(), "paragraph", p.lang(), p.text(), p.sentences());
        }
        // Reference titles are tagged too (where = ref<n>); the rest of a reference is no running text.
        for (Reference r : Reference.firstOfEachNumber(article.references())) {
            add(out, article, r.where(), "ref", Languages.of(r.title()), r.title(), List.of());
        }
        return new NerPassages(out);
    }

    private static void add(List<Passage> out, Article article, String where, String kind, String lang, String text,
                            List<Span> sentences) {
        if (text == null || text.isEmpty()) {
            return;
        }
        List<Entity> entities = article.entities().stream().filter(e -> where.equals(e.where())).toList();
        out.add(new Passage(where, kind, lang, text, sentences, entities));
    }
}
