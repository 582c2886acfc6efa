package org.paperbridge.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;
import org.paperbridge.Pipeline;
import org.paperbridge.index.ArticleDocuments;
import org.paperbridge.index.Fields;
import org.paperbridge.model.Article;
import org.paperbridge.model.Paragraph;

/** A text's language is decided once, stored on it, and every consumer reads the stored value. */
class StoredLanguageTest {
    private static final String ENGLISH = "Hepatic stellate cells (肝星状细胞) drive fibrosis of the liver after chronic "
            + "injury, and their activation is the target of many current therapies.";
    private static final String CHINESE = "肝星状细胞在慢性肝损伤后被激活，是肝纤维化的主要效应细胞，本研究观察其在小鼠模型中的变化。";

    private static Article article() throws Exception {
        String text = "1 Introduction\n\n" + ENGLISH + "\n\n2 方法\n\n" + CHINESE + "\n";
        return new Pipeline().process("mixed.txt", text.getBytes(StandardCharsets.UTF_8)).article();
    }

    @Test
    void englishParagraphQuotingOneChineseTermIsEnglishInTheArticleTheIndexAndTheTagger() throws Exception {
        Article a = article();
        Map<String, String> byText = a.sections().stream().flatMap(s -> s.paragraphs().stream())
                .collect(Collectors.toMap(Paragraph::text, Paragraph::lang));
        assertEquals("en", byText.get(ENGLISH));
        assertEquals("zh", byText.get(CHINESE));

        Map<String, String> indexed = ArticleDocuments.fields(a).stream()
                .filter(d -> Fields.KIND_PARAGRAPH.equals(d.get(Fields.KIND)))
                .collect(Collectors.toMap(d -> d.get(Fields.PARAGRAPH_ID), (Document d) -> d.get(Fields.LANG)));
        for (var s : a.sections()) {
            for (Paragraph p : s.paragraphs()) {
                assertEquals(p.lang(), indexed.get(p.id()), "index language of " + p.id());
            }
        }
        int checked = 0;
        for (var e : a.entities()) {
            if (e.where().startsWith("p")) {
                checked++;
                String stored = a.sections().stream().flatMap(s -> s.paragraphs().stream())
                        .filter(p -> p.id().equals(e.where())).findFirst().orElseThrow().lang();
                assertEquals(stored, e.lang(), "entity language of " + e.text() + " in " + e.where());
            }
        }
        assertEquals(true, checked >= 2, "entities tagged in both paragraphs: " + a.entities());
    }

    @Test
    void aParagraphWithoutALanguageIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Paragraph("p1", null, "text", List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Paragraph("p1", "fr", "texte", List.of(), List.of()));
    }
}
