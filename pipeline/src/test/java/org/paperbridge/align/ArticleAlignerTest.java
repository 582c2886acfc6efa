package org.paperbridge.align;

import org.paperbridge.lang.Languages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperbridge.model.Abstract;
import org.paperbridge.model.AbstractText;
import org.paperbridge.model.Affiliation;
import org.paperbridge.model.Alignment;
import org.paperbridge.model.Article;
import org.paperbridge.model.Author;
import org.paperbridge.model.Bilingual;
import org.paperbridge.model.CodePoints;
import org.paperbridge.model.Dates;
import org.paperbridge.model.GlossaryEntry;
import org.paperbridge.model.Identifiers;
import org.paperbridge.model.Keyword;
import org.paperbridge.model.Paragraph;
import org.paperbridge.model.Section;
import org.paperbridge.model.Span;

class ArticleAlignerTest {
    /** The seed article as the structure stage hands it over: names paired by position, keywords unpaired. */
    static Article seedArticle() throws IOException {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String p : GlossaryExtractorTest.seedBody()) {
            paragraphs.add(new Paragraph("p" + paragraphs.size(), Languages.of(p), p, List.of(), List.of()));
        }
        AbstractText zh = text("肝衰竭是临床一类急危重症肝病。", "骨髓间充质干细胞(BM-MSCs)具有向肝细胞分化、促进肝细胞再生,以及抑制肝细胞凋亡、"
                + "坏死和炎性反应等作用,有助于修复受损的肝组织,改善肝功能,成为当前肝衰竭细胞治疗策略中极具应用潜力的一种新选择。");
        AbstractText en = text("Liver failure is a kind of acute and severe liver disease. ",
                "Bone marrow-derived mesenchymal stem cells (BM-MSCs) have the function of differentiating into hepatocytes. ",
                "Promotion of the regeneration of hepatocytes regeneration, inhibition of apoptosis, necrosis and inflammation "
                        + "of hepatocytes, may facilitate repairing damaged liver tissue and improving liver function. ",
                "BM-MSCs have become a new choice with great application potential in the treatment of liver failure.");
        return new Article(Article.SCHEMA_VERSION, "seed", null,
                new Bilingual("骨髓间充质干细胞治疗肝衰竭的作用机制", "Mechanism of bone marrow-derived mesenchymal stem cells in the treatment of liver failure"),
                List.of(new Author(new Bilingual("齐泽强", "GUO Tingyu"), false, null, List.of(0)),
                        new Author(new Bilingual("郭庭煜", "QI Zeqiang"), false, null, List.of(0))),
                List.of(new Affiliation("河北医科大学第三医院 感染科, 河北 石家庄 050051",
                        "Department of Infectious Disease, the Third Hospital of Hebei Medical University, Shijiazhuang 050051, China",
                        "050051")),
                new Abstract(zh, en, List.of()),
                Keyword.unpaired(List.of("肝衰竭", "间充质干细胞", "再生", "移植"),
                        List.of("liver failure", "mesenchymal stem cell", "regeneration", "transplantation")),
                Identifiers.EMPTY, Dates.EMPTY, List.of(),
                List.of(new Section("s0", null, 1, null, paragraphs, List.of())), List.of(), List.of(), List.of(), List.of());
    }

    private static AbstractText text(String... sentences) {
        StringBuilder sb = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        for (String s : sentences) {
            int start = CodePoints.length(sb.toString());
            sb.append(s);
            spans.add(new Span(start, start + CodePoints.length(s.stripTrailing())));
        }
        return new AbstractText(Languages.of(sb.toString()), sb.toString(), spans);
    }

    @Test
    void minesDefinitionsInNumberedHeadings() throws IOException {
        Article seed = seedArticle();
        Paragraph p = new Paragraph("p0", "zh", "试验期间每天记录采食量,每周称重一次。", List.of(), List.of());
        Section heading = new Section("s1", "1.4.2", 3, "平均日增重（average day gain，ADG）", List.of(p), List.of());
        Article withHeading = new Article(seed.schemaVersion(), seed.id(), seed.source(), seed.title(), seed.authors(),
                seed.affiliations(), seed.abstract_(), seed.keywords(), seed.identifiers(), seed.dates(), seed.funding(),
                List.of(heading), List.of(), List.of(), List.of(), List.of());
        assertTrue(new ArticleAligner().align(withHeading).glossary()
                .contains(new GlossaryEntry("平均日增重", "average day gain", "ADG")));
    }

    @Test
    void fillsAbstractAlignmentKeywordsNamesAndGlossaryOfTheSeed() throws IOException {
        Article a = new ArticleAligner().align(seedArticle());
        List<Alignment> links = a.abstract_().alignment();
        assertEquals(List.of(List.of(0), List.of(1)), links.stream().map(Alignment::zh).toList());
        assertEquals(List.of(List.of(0), List.of(1, 2, 3)), links.stream().map(Alignment::en).toList());
        assertEquals(new Keyword("再生", "regeneration"), a.keywords().get(2));
        assertEquals("QI Zeqiang", a.authors().get(0).name().en());
        assertEquals(1, a.affiliations().size());
        assertTrue(a.glossary().contains(new GlossaryEntry("TNF 刺激基因 6", "TNF stimulated gene 6", "TSG-6")), a.glossary().toString());
        assertTrue(a.glossary().stream().anyMatch(g -> "BM-MSCs".equals(g.abbr()) && "骨髓间充质干细胞".equals(g.zh())), a.glossary().toString());
    }
}
