package org.paperbridge.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermRangeQuery;
import org.junit.jupiter.api.Test;

/** The queries sent to SolrCloud come back on the shards exactly as they left the client. */
class QueryCodecTest {
    private static final CorpusQueries QUERIES = new CorpusQueries(List.of("肝星状细胞"), TermTranslator.none(),
            new CorpusVocabulary(List.of(new CorpusVocabulary.TermPair("肝衰竭", "liver failure"))));

    private static void roundTrips(String userQuery, SearchOptions options) throws Exception {
        Query query = QUERIES.parse(userQuery, options);
        assertEquals(query, QueryCodec.decode(QueryCodec.encode(query)), userQuery);
    }

    @Test
    void everyKindOfUserQueryRoundTrips() throws Exception {
        for (String q : List.of("肝衰竭", "liver failure", "\"stem cells\" OR 干细胞", "macrophage NOT TNF-α",
                "title:肝星状细胞", "year:2019..2024 肝", "gene:IL-1β", "keyword:肝纤维化", "author:Zhang",
                "doi:10.1000/x", "(肝 OR liver) AND 巨噬细胞", "IL-1β", "肝")) {
            roundTrips(q, SearchOptions.DEFAULT);
            roundTrips(q, SearchOptions.DEFAULT.withLanguages(Set.of("en")));
        }
    }

    @Test
    void wholeArticleFilterAndMinimumShouldMatchRoundTrip() {
        Query inner = new BooleanQuery.Builder().add(new org.apache.lucene.search.TermQuery(new Term("gene", "tnf")),
                Occur.SHOULD).add(new org.apache.lucene.search.TermQuery(new Term("gene", "il6")), Occur.SHOULD)
                .setMinimumNumberShouldMatch(1).build();
        Query articles = CorpusQueries.matchingArticles(inner);
        assertEquals(articles, QueryCodec.decode(QueryCodec.encode(articles)));
    }

    @Test
    void refusesQueriesItDoesNotKnowAndJsonItDidNotWrite() {
        assertThrows(IllegalArgumentException.class,
                () -> QueryCodec.encode(TermRangeQuery.newStringRange("f", "a", "b", true, true)));
        assertThrows(IllegalArgumentException.class, () -> QueryCodec.decode("{\"script\":\"x\"}"));
        assertThrows(IllegalArgumentException.class, () -> QueryCodec.decode("not json"));
    }
}
