package org.paperbridge.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbridge.model.Article;

/** The "done when" queries over an index of the seed article and two small English ones. */
class SeedSearchTest {
    @TempDir
    static Path dir;
    static Searcher searcher;

    @BeforeAll
    static void buildIndex() throws IOException {
        try (IndexExporter exporter = new IndexExporter(dir)) {
            exporter.accept(SeedArticles.seed());
            exporter.accept(SeedArticles.english("en-macro", "sha-a", "Macrophage polarization in liver injury",
                    "Macrophage polarization toward M2 reduced IL-1 beta release and TNF-α in injured livers.", 2021));
            exporter.accept(SeedArticles.english("en-other", "sha-b", "Kidney stones",
                    "Calcium oxalate stones form in the kidney.", 2019));
        }
        searcher = Searcher.open(dir);
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    static SearchResult search(String query) throws Exception {
        return searcher.search(query, SearchOptions.DEFAULT.withLimit(10, 0));
    }

    static SearchResult.ArticleHit seedHit(SearchResult result) {
        return result.articles().stream().filter(a -> a.docId().equals("ce62bb77f3435be5")).findFirst().orElseThrow();
    }

    static Set<String> paragraphIds(String query) throws Exception {
        SearchOptions all = new SearchOptions(10, 0, 1000, Set.of("zh", "en"), Fields.GROUPS, false);
        return seedHit(searcher.search(query, all)).passages().stream()
                .map(p -> p.paragraphId() == null ? p.where() : p.paragraphId()).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void traditionalScriptFindsSimplifiedTextWithHighlightsOnThePrintedCharacters() throws Exception {
        SearchResult.ArticleHit hit = seedHit(search("肝纖維化"));
        assertFalse(hit.passages().isEmpty());
        SearchResult.Snippet snippet = hit.passages().get(0).snippet();
        assertTrue(snippet.highlights().stream().anyMatch(h -> snippet.text().substring(h.start(), h.end()).contains("纤维")),
                snippet.toString());
        assertEquals(paragraphIds("肝纤维化"), paragraphIds("肝纖維化"));
    }

    @Test
    void chineseTermFindsTheAbstractAndSeveralSections() throws Exception {
        SearchOptions all = new SearchOptions(10, 0, 1000, Set.of("zh", "en"), Fields.GROUPS, false);
        SearchResult.ArticleHit hit = seedHit(searcher.search("肝衰竭", all));
        assertEquals("abstract", hit.passages().get(0).where(), "front matter ranks first: title, keywords, abstract");
        Set<String> sections = hit.passages().stream().map(SearchResult.PassageHit::sectionNumber)
                .filter(n -> n != null).collect(Collectors.toSet());
        assertTrue(sections.containsAll(List.of("1", "2", "3", "4")), sections::toString);
        SearchResult.Snippet snippet = hit.passages().get(1).snippet();
        assertFalse(snippet.highlights().isEmpty());
        assertEquals("肝衰竭", org.paperbridge.model.CodePoints.substring(snippet.text(), snippet.highlights().get(0)));
    }

    @Test
    void englishPhraseFindsTheSameChineseParagraphsThroughTheKeywordPair() throws Exception {
        Set<String> chinese = paragraphIds("肝衰竭");
        assertEquals(chinese, paragraphIds("\"liver failure\""));
        assertEquals(chinese, paragraphIds("liver failure"));
    }

    @Test
    void chineseTermFindsEnglishArticleThroughTheGlossary() throws Exception {
        SearchResult result = search("巨噬细胞");
        assertTrue(result.articles().stream().anyMatch(a -> a.docId().equals("en-macro")));
    }

    @Test
    void nlrp3RanksAParagraphOfSection21First() throws Exception {
        SearchResult result = search("NLRP3");
        assertEquals("2.1", seedHit(result).passages().get(0).sectionNumber());
    }

    @Test
    void geneFieldFindsStat3ParagraphsOfSections21And23() throws Exception {
        SearchOptions all = new SearchOptions(10, 0, 1000, Set.of("zh", "en"), Fields.GROUPS, false);
        SearchResult result = searcher.search("gene:STAT3", all);
        assertEquals(1, result.articles().size());
        Set<String> sections = result.articles().get(0).passages().stream()
                .map(SearchResult.PassageHit::sectionNumber).collect(Collectors.toSet());
        assertEquals(Set.of("2.1", "2.3"), sections);
        assertEquals(searcher.search("gene:stat3", all).totalPassages(), result.totalPassages());
    }

    @Test
    void authorFieldFindsTheArticle() throws Exception {
        SearchResult result = search("author:王亚东");
        assertEquals(List.of("ce62bb77f3435be5"), result.articles().stream().map(SearchResult.ArticleHit::docId).toList());
        assertEquals(2024, result.articles().get(0).year());
        assertEquals(1, search("author:\"WANG Yadong\"").articles().size());
    }

    @Test
    void facetsCountArticlesNotPassages() throws Exception {
        SearchResult result = searcher.search("肝", SearchOptions.DEFAULT.withFacets(true));
        Map<String, Integer> genes = counts(result, "gene");
        assertEquals(1, genes.get("STAT3"), "two STAT3 paragraphs, one article");
        assertEquals(1, genes.get("NLRP3"), genes::toString);
        assertEquals(1, counts(result, "year").get("2024"));
    }

    @Test
    void facetsCountTheWholeArticleEvenWhenOnlyAParagraphMatched() throws Exception {
        SearchResult result = searcher.search("\"calcium oxalate\" OR gene:STAT3", SearchOptions.DEFAULT.withFacets(true));
        assertEquals(Map.of("2019", 1, "2024", 1), counts(result, "year"));
        assertEquals(1, counts(result, "gene").get("PTEN"), "PTEN is in the matching article, not in the STAT3 paragraphs");
    }

    static Map<String, Integer> counts(SearchResult result, String dim) {
        return result.facets().get(dim).stream()
                .collect(Collectors.toMap(SearchResult.FacetCount::value, SearchResult.FacetCount::count));
    }

    @Test
    void symbolVariantsFindEachOther() throws Exception {
        for (String query : List.of("IL1B", "IL-1β", "\"IL-1 beta\"", "TNFa")) {
            assertTrue(search(query).articles().stream().anyMatch(a -> a.docId().equals("en-macro")), query);
        }
    }

    @Test
    void booleanOperatorsAndYearRangeCombine() throws Exception {
        assertEquals(Set.of("en-macro"), ids(search("macrophage AND year:2020..2022")));
        assertEquals(Set.of("en-other"), ids(search("kidney OR calcium NOT macrophage")));
        assertEquals(Set.of("ce62bb77f3435be5"), ids(search("doi:10.16352/J.ISSN.1001-6325.2024.11.1608")));
    }

    @Test
    void offsetPagesThroughArticles() throws Exception {
        SearchResult first = searcher.search("liver", SearchOptions.DEFAULT.withLimit(1, 0));
        SearchResult second = searcher.search("liver", SearchOptions.DEFAULT.withLimit(1, 1));
        assertEquals(2, first.totalArticles());
        assertEquals(1, first.articles().size());
        assertFalse(first.articles().get(0).docId().equals(second.articles().get(0).docId()));
    }

    @Test
    void notExcludesEveryArticleThatNamesTheTermAnywhere() throws Exception {
        // en-macro names TNF-α only in its body paragraph; its title still matches "macrophage".
        assertTrue(ids(search("macrophage")).contains("en-macro"));
        assertFalse(ids(search("macrophage NOT TNFa")).contains("en-macro"));
        assertFalse(ids(search("NOT TNFa")).contains("en-macro"));
        assertTrue(ids(search("NOT TNFa")).contains("en-other"));
    }

    @Test
    void frontMatterHitShowsTheAbstractElseTheTitleElseTheKeywordsThatNameTheWord() throws Exception {
        assertEquals("abstract", front(search("肝衰竭"), "ce62bb77f3435be5").where());
        // The English articles have no abstract: a title naming the word shows, else the keywords.
        assertEquals("title", front(search("kidney"), "en-other").where());
        assertEquals("title", front(search("macrophage"), "en-macro").where());
        SearchResult.PassageHit keywords = front(search("macrophage"), "en-other");
        assertEquals("keywords", keywords.where());
        assertEquals("macrophage", org.paperbridge.model.CodePoints.substring(keywords.snippet().text(),
                keywords.snippet().highlights().get(0)));
    }

    @Test
    void aQueryAskedAgainReusesItsExpansionUnlessTheFieldsDiffer() throws Exception {
        SearchOptions zhOnly = SearchOptions.DEFAULT.withLanguages(Set.of("zh"));
        assertSame(searcher.toLucene("肝衰竭", SearchOptions.DEFAULT), searcher.toLucene("肝衰竭", SearchOptions.DEFAULT));
        assertNotEquals(searcher.toLucene("liver failure", SearchOptions.DEFAULT),
                searcher.toLucene("liver failure", zhOnly));
        assertNotEquals(searcher.toLucene("肝衰竭", SearchOptions.DEFAULT),
                searcher.toLucene("肝衰竭", SearchOptions.DEFAULT.withGroups(List.of(Fields.TITLE))));
    }

    static SearchResult.PassageHit front(SearchResult result, String docId) {
        return result.articles().stream().filter(a -> a.docId().equals(docId)).findFirst().orElseThrow()
                .passages().stream().filter(p -> p.paragraphId() == null).findFirst().orElseThrow();
    }

    static Set<String> ids(SearchResult result) {
        return result.articles().stream().map(SearchResult.ArticleHit::docId).collect(Collectors.toSet());
    }

    static Article seedCopy() throws IOException {
        return SeedArticles.seed();
    }
}
