package org.paperbridge.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.CursorMarkParams;
import org.paperbridge.io.Json;
import org.paperbridge.index.ArticleGroups;
import org.paperbridge.index.CorpusQueries;
import org.paperbridge.index.CorpusSearch;
import org.paperbridge.index.CorpusVocabulary;
import org.paperbridge.index.Fields;
import org.paperbridge.index.QueryCodec;
import org.paperbridge.index.QuerySyntaxException;
import org.paperbridge.index.SearchOptions;
import org.paperbridge.index.SearchResult;
import org.paperbridge.index.Searcher;
import org.paperbridge.index.TermTranslator;
import org.paperbridge.model.Span;
import org.paperbridge.solr.plugin.PaperBridgeQParserPlugin;
import org.paperbridge.solr.plugin.PassageTransformerFactory;

/**
 * Searches a SolrCloud collection the way {@link Searcher} searches the local index, with the
 * same output: the query is analyzed and expanded here (with the collection's own glossary and
 * keyword pairs, read once at open) and executed by every shard through the plugin's
 * {@code {!paperbridge}} parser, with global term statistics (the configset's ExactStatsCache) so
 * scores do not depend on how documents are spread; hits are grouped by article here; snippets
 * come from the plugin's {@code [passage]} transformer, facets from Solr's field facets.
 */
public final class SolrSearcher implements CorpusSearch {
    /** The request parameter carrying the encoded query (the plugin's parser and transformer read it). */
    // The plugin's constants: compiled in, so the client never loads Solr's classes for them.
    private static final String QUERY_PARAM = PassageTransformerFactory.QUERY_PARAM;
    private static final String PARSER = "{!" + PaperBridgeQParserPlugin.NAME + " v=$" + QUERY_PARAM + "}";
    private static final int VOCABULARY_PAGE = 1000;
    /** Solr's request parameter for fields whose collection statistics every shard must report ('!'-separated). */
    private static final String STATS_FIELDS = "solr.stats.fields";

    private final SolrTarget target;
    private final CloudSolrClient client;
    private final CorpusQueries queries;

    private SolrSearcher(SolrTarget target, CloudSolrClient client, CorpusQueries queries) {
        this.target = target;
        this.client = client;
        this.queries = queries;
    }

    /**
     * @param lexiconTerms the words the collection was segmented with (the configset's dictionary)
     * @param lexicon translations beyond the corpus's own glossary and keyword pairs
     */
    public static SolrSearcher open(SolrTarget target, Collection<String> lexiconTerms, TermTranslator lexicon)
            throws IOException {
        CloudSolrClient client = target.client();
        try {
            CorpusVocabulary vocabulary = vocabulary(client, target.collection());
            return new SolrSearcher(target, client, new CorpusQueries(lexiconTerms, lexicon, vocabulary));
        } catch (IOException | RuntimeException e) {
            client.close();
            throw e;
        }
    }

    /** The translation pairs stored on the collection's article documents, read page by page. */
    private static CorpusVocabulary vocabulary(CloudSolrClient client, String collection) throws IOException {
        List<CorpusVocabulary.TermPair> pairs = new ArrayList<>();
        SolrQuery q = new SolrQuery(Fields.KIND + ":" + Fields.KIND_ARTICLE);
        q.setFields(Fields.PAIR);
        q.setRows(VOCABULARY_PAGE);
        q.setSort(SolrDocuments.ID, SolrQuery.ORDER.asc);
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse response = query(client, collection, q);
            for (SolrDocument doc : response.getResults()) {
                Collection<Object> values = doc.getFieldValues(Fields.PAIR);
                if (values == null) {
                    continue;
                }
                pairs.addAll(CorpusVocabulary.ofArticle(values)); // as the local index reads them
            }
            String next = response.getNextCursorMark();
            if (next == null || next.equals(cursor)) {
                return new CorpusVocabulary(pairs);
            }
            cursor = next;
        }
    }

    /** The Lucene query a user query becomes (for explanations and tests). */
    public Query toLucene(String query, SearchOptions options) throws QuerySyntaxException {
        return queries.parse(query, options);
    }

    @Override
    public SearchResult search(String text, SearchOptions options) throws QuerySyntaxException, IOException {
        Query query = queries.parse(text, options);
        String encoded = QueryCodec.encode(query);
        String statsFields = String.join("!", fieldsOf(query));
        int wanted = options.offset() + options.limit();
        int depth = options.firstDepth(Searcher.MIN_DEPTH, Searcher.MAX_DEPTH);
        SolrDocumentList top;
        ArticleGroups<String, Hit> groups;
        while (true) {
            SolrQuery q = new SolrQuery(PARSER);
            q.set(QUERY_PARAM, encoded);
            q.setFields(SolrDocuments.ID, Fields.DOC_ID, "score");
            q.setRows(depth);
            q.set("minExactCount", Searcher.TOTAL_HITS_THRESHOLD);
            q.set(STATS_FIELDS, statsFields);
            top = query(client, target.collection(), q).getResults();
            groups = new ArticleGroups<>(hits(top), Hit::article, Hit::score);
            if (groups.size() >= wanted || top.size() < depth || depth >= Searcher.MAX_DEPTH) {
                break;
            }
            depth = Math.min(Searcher.MAX_DEPTH, depth * 4);
        }
        boolean exact = !Boolean.FALSE.equals(top.getNumFoundExact()) && top.size() < depth;
        // Articles by best score, equal scores by id, as the local index ranks them.
        List<ArticleGroups.Group<String, Hit>> page =
                groups.page(options.offset(), options.limit(), options.passagesPerArticle(), id -> id);
        List<Hit> shown = new ArrayList<>();
        for (ArticleGroups.Group<String, Hit> group : page) {
            shown.addAll(group.shown());
        }
        Map<String, JsonNode> passages = passages(encoded, shown);
        Map<String, SolrDocument> fronts = fronts(page.stream().map(ArticleGroups.Group::article).toList());
        List<SearchResult.ArticleHit> articles = new ArrayList<>();
        for (ArticleGroups.Group<String, Hit> group : page) {
            List<SearchResult.PassageHit> hits = new ArrayList<>();
            for (Hit hit : group.shown()) {
                hits.add(passage(passages.get(hit.id()), hit.score()));
            }
            articles.add(article(group.article(), fronts.get(group.article()), group.score(), hits));
        }
        Map<String, List<SearchResult.FacetCount>> facets = options.facets() ? facets(query) : Map.of();
        return new SearchResult(text, top.getNumFound(), groups.size(), exact, articles, facets);
    }

    /** A matching document: its id, its article's id and its score. */
    private record Hit(String id, String article, float score) {
    }

    /**
     * The fields a query scores on. ExactStatsCache asks a shard for a field's collection statistics
     * only when the shard holds one of the query's terms in it, unless the field is named here: a
     * term found on one shard only would otherwise be weighed against that shard's document count.
     */
    private static Set<String> fieldsOf(Query query) {
        Set<String> fields = new TreeSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return true;
            }
        });
        return fields;
    }

    /** The documents Solr returned, best first. */
    private static List<Hit> hits(SolrDocumentList docs) {
        List<Hit> hits = new ArrayList<>(docs.size());
        for (SolrDocument doc : docs) {
            hits.add(new Hit((String) doc.getFirstValue(SolrDocuments.ID), (String) doc.getFirstValue(Fields.DOC_ID),
                    ((Number) doc.getFirstValue("score")).floatValue()));
        }
        return hits;
    }

    /** The passage (place and snippet) of each shown document, made on its shard. */
    private Map<String, JsonNode> passages(String encoded, List<Hit> shown) throws IOException {
        Map<String, JsonNode> out = new HashMap<>();
        if (shown.isEmpty()) {
            return out;
        }
        SolrQuery q = new SolrQuery(byIds(shown.stream().map(Hit::id).toList()));
        q.set(QUERY_PARAM, encoded);
        q.setFields(SolrDocuments.ID, "passage:[" + PassageTransformerFactory.NAME + "]");
        q.setRows(shown.size());
        for (SolrDocument doc : query(client, target.collection(), q).getResults()) {
            out.put((String) doc.getFirstValue(SolrDocuments.ID), Json.MAPPER.readTree((String) doc.getFirstValue("passage")));
        }
        return out;
    }

    private static SearchResult.PassageHit passage(JsonNode n, float score) {
        if (n == null) {
            return new SearchResult.PassageHit(Fields.ABSTRACT, null, null, null, score,
                    new SearchResult.Snippet("", List.of()));
        }
        List<Span> highlights = new ArrayList<>();
        for (JsonNode h : n.path("highlights")) {
            highlights.add(new Span(h.get(0).asInt(), h.get(1).asInt()));
        }
        return new SearchResult.PassageHit(text(n, "where"), text(n, "paragraphId"), text(n, "sectionNumber"),
                text(n, "sectionTitle"), score, new SearchResult.Snippet(n.path("text").asText(""), highlights));
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** The front-matter documents (titles, year, DOI) of the shown articles, by article id. */
    private Map<String, SolrDocument> fronts(List<String> articleIds) throws IOException {
        Map<String, SolrDocument> out = new HashMap<>();
        if (articleIds.isEmpty()) {
            return out;
        }
        SolrQuery q = new SolrQuery(byIds(articleIds));
        q.setFields(Fields.DOC_ID, Fields.TITLE_ZH, Fields.TITLE_EN, Fields.YEAR, Fields.DOI_TEXT);
        q.setRows(articleIds.size());
        for (SolrDocument doc : query(client, target.collection(), q).getResults()) {
            out.put((String) doc.getFirstValue(Fields.DOC_ID), doc);
        }
        return out;
    }

    private static SearchResult.ArticleHit article(String id, SolrDocument front, float score,
                                                   List<SearchResult.PassageHit> hits) {
        if (front == null) {
            return new SearchResult.ArticleHit(id, null, null, null, null, score, hits);
        }
        Object year = front.getFirstValue(Fields.YEAR);
        return new SearchResult.ArticleHit(id, (String) front.getFirstValue(Fields.TITLE_ZH),
                (String) front.getFirstValue(Fields.TITLE_EN), year == null ? null : ((Number) year).intValue(),
                (String) front.getFirstValue(Fields.DOI_TEXT), score, hits);
    }

    /** Facet values of the matching articles, each article counted once, as the local index counts them. */
    private Map<String, List<SearchResult.FacetCount>> facets(Query query) throws IOException {
        SolrQuery q = new SolrQuery(PARSER);
        q.set(QUERY_PARAM, QueryCodec.encode(CorpusQueries.matchingArticles(query)));
        q.setRows(0);
        q.setFacet(true);
        q.setFacetLimit(Searcher.FACET_TOP);
        q.setFacetMinCount(1);
        q.setFacetSort("count");
        List<String> dims = new ArrayList<>(Fields.ENTITY_FIELDS);
        dims.add(Fields.FACET_KEYWORD);
        dims.add(Fields.FACET_YEAR);
        dims.forEach(d -> q.addFacetField(SolrDocuments.facetField(d)));
        QueryResponse response = query(client, target.collection(), q);
        Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
        for (String dim : dims) {
            FacetField field = response.getFacetField(SolrDocuments.facetField(dim));
            if (field == null || field.getValueCount() == 0) {
                continue;
            }
            List<SearchResult.FacetCount> values = new ArrayList<>();
            for (FacetField.Count c : field.getValues()) {
                values.add(new SearchResult.FacetCount(c.getName(), (int) c.getCount()));
            }
            out.put(dim, values);
        }
        return out;
    }

    private static String byIds(List<String> ids) {
        return "{!terms f=" + SolrDocuments.ID + "}" + String.join(",", ids);
    }

    private static QueryResponse query(CloudSolrClient client, String collection, SolrQuery q) throws IOException {
        try {
            // POST: an expanded query does not fit in a URL.
            return client.query(collection, q, SolrRequest.METHOD.POST);
        } catch (SolrServerException | RuntimeException e) {
            throw new IOException("SolrCloud query failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
