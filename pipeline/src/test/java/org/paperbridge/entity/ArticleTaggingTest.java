package org.paperbridge.entity;

import org.junit.jupiter.api.Test;
import org.paperbridge.model.Abstract;
import org.paperbridge.model.Article;
import org.paperbridge.model.Bilingual;
import org.paperbridge.model.Entity;
import org.paperbridge.model.Paragraph;
import org.paperbridge.model.Reference;
import org.paperbridge.model.Section;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleTaggingTest {
    @Test
    void definitionInOneParagraphAppliesToTheWholeArticle() {
        Section s = new Section("s1", null, 1, null, List.of(
                new Paragraph("p1", "zh", "Hippo-Yes 相关蛋白 (Hippo/Yes-associated protein, YAP) 信号通路", List.of(), List.of()),
                new Paragraph("p2", "zh", "激活的 YAP 还可通过增加 miR-29a-3p 水平抑制 PTEN", List.of(), List.of())), List.of());
        Reference r = new Reference(7, "raw", "J", List.of(), false, "CD47-SIRPα axis blockade in NASH", null, 2022,
                null, null, null, null);
        Article a = new Article(Article.SCHEMA_VERSION, "x", null, new Bilingual("肝衰竭", "Liver failure"), List.of(),
                List.of(), Abstract.EMPTY, List.of(), null, null, List.of(), List.of(s), List.of(r), List.of(), List.of(),
                List.of());
        List<Entity> e = TestLexicon.tagger().tag(a).entities();
        assertTrue(e.stream().anyMatch(x -> x.where().equals("p2") && x.text().equals("YAP") && x.norm().equals("YAP1")));
        assertTrue(e.stream().anyMatch(x -> x.where().equals("ref7") && x.norm().equals("SIRPA") && x.start() == 5));
        assertEquals("title.zh", e.get(0).where());
        assertEquals("title.en", e.get(1).where());
    }

    @Test
    void aRepeatedReferenceNumberTagsOnlyTheFirstReferenceOfThatNumber() {
        // A page with another article's references after this one's: [4] comes twice.
        Reference own = new Reference(4, "raw", "J", List.of(), false, "STAT3 signalling", null, 2020,
                null, null, null, null);
        Reference other = new Reference(4, "raw", "J", List.of(), false, "PTEN loss", null, 2012, null, null, null, null);
        Article a = new Article(Article.SCHEMA_VERSION, "x", null, new Bilingual(null, null), List.of(), List.of(),
                Abstract.EMPTY, List.of(), null, null, List.of(), List.of(), List.of(own, other), List.of(), List.of(),
                List.of());
        List<Entity> refs = TestLexicon.tagger().tag(a).entities().stream().filter(x -> x.where().equals("ref4")).toList();
        assertEquals(1, refs.size(), refs.toString());
        assertEquals("STAT3", refs.get(0).text());
    }
}
