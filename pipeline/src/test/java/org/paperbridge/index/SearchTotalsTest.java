package org.paperbridge.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbridge.model.Abstract;
import org.paperbridge.model.Article;
import org.paperbridge.model.Bilingual;
import org.paperbridge.model.Dates;
import org.paperbridge.model.Identifiers;
import org.paperbridge.model.Paragraph;
import org.paperbridge.model.Section;
import org.paperbridge.model.Source;

/** Totals past the matches that ranking counts are still exact, for passages and for articles. */
class SearchTotalsTest {
    @TempDir
    Path dir;

    @Test
    void totalsStayExactPastTheRankingThreshold() throws Exception {
        int articles = 30;
        int paragraphsEach = 50; // 1,500 matching paragraphs: past the 1,000 that ranking counts
        try (IndexExporter exporter = new IndexExporter(dir)) {
            for (int a = 0; a < articles; a++) {
                List<Paragraph> paragraphs = new ArrayList<>();
                for (int p = 0; p < paragraphsEach; p++) {
                    paragraphs.add(new Paragraph("p" + p, "zh", "第" + p + "例肝衰竭患者", List.of(), List.of()));
                }
                exporter.accept(new Article(Article.SCHEMA_VERSION, "a" + a, new Source("a" + a, "text", "s" + a, null),
                        new Bilingual("题目" + a, null), List.of(), List.of(), Abstract.EMPTY, List.of(),
                        Identifiers.EMPTY, Dates.EMPTY, List.of(),
                        List.of(new Section("s1", "1", 1, "引言", paragraphs, List.of())), List.of(), List.of(),
                        List.of(), List.of()));
            }
        }
        try (Searcher searcher = Searcher.open(dir)) {
            SearchResult result = searcher.search("肝衰竭", SearchOptions.DEFAULT);
            assertTrue(result.totalsExact());
            assertEquals(articles * paragraphsEach, result.totalPassages());
            assertEquals(articles, result.totalArticles());
            SearchResult none = searcher.search("题目3", SearchOptions.DEFAULT);
            assertEquals(1, none.totalArticles());
        }
    }
}
