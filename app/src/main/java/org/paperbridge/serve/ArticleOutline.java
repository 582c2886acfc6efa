package org.paperbridge.serve;

import java.util.ArrayList;
import java.util.List;

import org.paperbridge.model.Article;
import org.paperbridge.model.Bilingual;
import org.paperbridge.model.Dates;
import org.paperbridge.model.Paragraph;
import org.paperbridge.model.Section;

/**
 * What {@code show} prints about an article, as data: front matter in brief, the section tree with
 * counts per section, and the article's totals; {@code GET /api/articles/{docId}/outline}.
 */
record ArticleOutline(String id, String source, String format, Bilingual title, String doi, Dates dates,
                      int authors, int affiliations, int keywords, int abstractSentencesZh, int abstractSentencesEn,
                      int abstractLinks, List<SectionOutline> sections, int references, int glossary, int entities,
                      List<String> warnings) {

    /** One section: its heading and how much it holds (its own paragraphs, not its subsections'). */
    record SectionOutline(String id, String number, int level, String title, int paragraphs, int sentences,
                          int citations, List<SectionOutline> sections) {
    }

    static ArticleOutline of(Article a) {
        var abs = a.abstract_();
        return new ArticleOutline(a.id(), a.source().path(), a.source().format(), a.title(), a.identifiers().doi(),
                a.dates(), a.authors().size(), a.affiliations().size(), a.keywords().size(),
                abs.zh() == null ? 0 : abs.zh().sentences().size(), abs.en() == null ? 0 : abs.en().sentences().size(),
                abs.alignment().size(), sections(a.sections()), a.references().size(), a.glossary().size(),
                a.entities().size(), a.warnings());
    }

    private static List<SectionOutline> sections(List<Section> sections) {
        List<SectionOutline> out = new ArrayList<>();
        for (Section s : sections) {
            int sentences = 0;
            int citations = 0;
            for (Paragraph p : s.paragraphs()) {
                sentences += p.sentences().size();
                citations += p.citations().size();
            }
            out.add(new SectionOutline(s.id(), s.number(), s.level(), s.title(), s.paragraphs().size(), sentences,
                    citations, sections(s.sections())));
        }
        return out;
    }
}
