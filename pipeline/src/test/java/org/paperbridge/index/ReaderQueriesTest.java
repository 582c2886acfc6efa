package org.paperbridge.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbridge.Pipeline;
import org.paperbridge.entity.BilingualTerms;
import org.paperbridge.entity.EntityTagger;
import org.paperbridge.entity.Lexicon;
import org.paperbridge.model.Article;
import org.paperbridge.model.CodePoints;
import org.paperbridge.model.Span;

/**
 * The queries of issue #23 that a reader expects to work, on the pipeline's own output of the
 * seed article (simplified script) and of its traditional-script copy, each in its own index.
 */
class ReaderQueriesTest {
    @TempDir
    static Path dir;
    static Searcher simplified;
    static Searcher traditional;
    static Article seed;

    @BeforeAll
    static void buildIndexes() throws Exception {
        Path root = Path.of(System.getProperty("paperbridge.root", ".."));
        Pipeline pipeline = new Pipeline();
        BilingualTerms terms = BilingualTerms.load();
        SearchLexicon lexicon = SearchLexicon.load(terms, new EntityTagger(Lexicon.load(), null));
        seed = pipeline.process(root.resolve("fixtures/seed/000_ce62bb77f3435be5.txt")).article();
        Article copy = pipeline.process(root.resolve("fixtures/formats/article-traditional.txt")).article();
        simplified = index(dir.resolve("simplified"), seed, terms, lexicon);
        traditional = index(dir.resolve("traditional"), copy, terms, lexicon);
    }

    private static Searcher index(Path at, Article article, BilingualTerms terms, SearchLexicon lexicon)
            throws Exception {
        try (IndexExporter exporter = new IndexExporter(at, terms.chinese(), true)) {
            exporter.accept(article);
        }
        return Searcher.open(at, terms.chinese(), lexicon);
    }

    @AfterAll
    static void close() throws Exception {
        simplified.close();
        traditional.close();
    }

    private static SearchResult search(Searcher searcher, String query) throws Exception {
        return searcher.search(query, SearchOptions.DEFAULT.withLimit(10, 0)
                .withFacets(true));
    }

    private static Set<String> passages(Searcher searcher, String query) throws Exception {
        SearchResult result = searcher.search(query, new SearchOptions(10, 0, 100, Set.of("zh", "en"),
                Fields.GROUPS, false));
        Set<String> out = new TreeSet<>();
        result.articles().forEach(a -> a.passages().forEach(p -> out.add(p.paragraphId() != null
                ? p.paragraphId() : p.where())));
        return out;
    }

    /** The paragraphs of the seed whose text contains any of {@code forms}. */
    private static Set<String> paragraphsWith(String... forms) {
        Set<String> out = new TreeSet<>();
        seed.sections().forEach(s -> collect(s, forms, out));
        return out;
    }

    private static void collect(org.paperbridge.model.Section section, String[] forms, Set<String> out) {
        for (org.paperbridge.model.Paragraph p : section.paragraphs()) {
            for (String form : forms) {
                if (p.text().contains(form)) {
                    out.add(p.id());
                }
            }
        }
        section.sections().forEach(s -> collect(s, forms, out));
    }

    @Test
    void pluralFindsWhatTheSingularFinds() throws Exception {
        Set<String> singular = passages(simplified, "macrophage");
        assertFalse(singular.isEmpty());
        assertEquals(singular, passages(simplified, "macrophages"));
        assertTrue(passages(simplified, "macrophages").containsAll(paragraphsWith("巨噬细胞")),
                "every paragraph naming 巨噬细胞");
    }

    @Test
    void pluralPhraseOfACellTypeFindsItsChineseName() throws Exception {
        Set<String> expected = paragraphsWith("肝星状细胞");
        assertFalse(expected.isEmpty());
        assertTrue(passages(simplified, "\"hepatic stellate cells\"").containsAll(expected));
        assertEquals(passages(simplified, "\"hepatic stellate cell\""),
                passages(simplified, "\"hepatic stellate cells\""));
    }

    @Test
    void synonymTheTaggerKnowsFindsTheChineseTerm() throws Exception {
        Set<String> expected = paragraphsWith("肝纤维化");
        assertFalse(expected.isEmpty());
        Set<String> found = passages(simplified, "\"liver fibrosis\"");
        assertTrue(found.containsAll(expected), found + " should hold " + expected);
    }

    @Test
    void termsOutsideTheArticleGlossaryTranslateThroughTheDictionary() throws Exception {
        Set<String> autophagy = paragraphsWith("自噬");
        assertFalse(autophagy.isEmpty());
        assertTrue(passages(simplified, "autophagy").containsAll(autophagy));
        Set<String> inflammasome = paragraphsWith("炎性小体"); // the text writes "(… NLRP3) 炎性小体"
        inflammasome.retainAll(paragraphsWith("NLRP3"));
        assertFalse(inflammasome.isEmpty());
        assertTrue(passages(simplified, "NLRP3 inflammasome").containsAll(inflammasome));
    }

    @Test
    void authorOfTheTraditionalCopyIsFoundInSimplifiedScript() throws Exception {
        assertEquals(1, search(traditional, "author:王亚东").totalArticles());
        assertEquals(1, search(traditional, "author:王亞東").totalArticles());
        assertEquals(1, search(simplified, "author:王亞東").totalArticles());
    }

    @Test
    void traditionalCopyFindsWhatTheSimplifiedOneFinds() throws Exception {
        for (String query : List.of("骨髓间充质干细胞", "肝衰竭", "巨噬细胞", "liver failure")) {
            assertEquals(passages(simplified, query).size(), passages(traditional, query).size(), query);
        }
    }

    @Test
    void entityFieldHitsHighlightTheEntityItself() throws Exception {
        Set<String> names = new TreeSet<>();
        seed.entities().stream().filter(e -> "HGNC:11364".equals(e.id())).forEach(e -> names.add(e.text()));
        assertTrue(names.size() > 1, "STAT3 and its Chinese name: " + names);
        for (String query : List.of("gene:STAT3", "gene:HGNC:11364")) {
            SearchResult result = search(simplified, query);
            assertTrue(result.totalPassages() > 0, query);
            for (SearchResult.ArticleHit article : result.articles()) {
                for (SearchResult.PassageHit p : article.passages()) {
                    assertFalse(p.snippet().highlights().isEmpty(), query + " " + p.paragraphId());
                    for (Span span : p.snippet().highlights()) {
                        String text = p.snippet().text();
                        String marked = text.substring(CodePoints.toChar(text, span.start()),
                                CodePoints.toChar(text, span.end()));
                        assertTrue(names.contains(marked), query + " marked " + marked + ", not one of " + names);
                    }
                }
            }
        }
    }

    @Test
    void entityFacetsCarryTheIdAndTheName() throws Exception {
        SearchResult result = search(simplified, "肝衰竭");
        List<SearchResult.FacetCount> genes = result.facets().get("gene");
        assertNotNull(genes);
        SearchResult.FacetCount stat3 = genes.stream().filter(f -> f.name().equals("STAT3")).findFirst().orElseThrow();
        assertEquals("HGNC:11364", stat3.value());
        assertEquals(1, stat3.count());
        SearchResult.FacetCount keyword = result.facets().get("keyword").get(0);
        assertEquals(keyword.value(), keyword.name());
    }
}
