package org.paperbridge.solr.plugin;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.response.transform.DocTransformer;
import org.apache.solr.response.transform.TransformerFactory;
import org.apache.solr.search.SolrIndexSearcher;
import org.paperbridge.index.Fields;
import org.paperbridge.index.Passages;
import org.paperbridge.index.QueryCodec;
import org.paperbridge.index.SearchResult;
import org.paperbridge.model.Span;

/**
 * {@code fl=id,passage:[passage]} with the encoded query in {@code pbq}: adds to each returned
 * document its passage (where it lies and the highlighted snippet) as JSON, made on the shard by
 * the same code that makes the local index's snippets, so SolrCloud shows the same snippets.
 */
public final class PassageTransformerFactory extends TransformerFactory {
    /**
     * This class's name for the configset: a constant, so the command line writes it without
     * loading Solr's classes, and a renamed class breaks the build instead of the cluster.
     */
    public static final String CLASS = "org.paperbridge.solr.plugin.PassageTransformerFactory";
    public static final String NAME = "passage";
    /** The request parameter holding the encoded query. */
    public static final String QUERY_PARAM = "pbq";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public DocTransformer create(String field, SolrParams params, SolrQueryRequest req) {
        String encoded = req.getParams().get(QUERY_PARAM);
        if (encoded == null) {
            throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, "[passage] needs the query in " + QUERY_PARAM);
        }
        Query query;
        try {
            query = QueryCodec.decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, e.getMessage(), e);
        }
        return new Transformer(field, query, req);
    }

    private static final class Transformer extends DocTransformer {
        private final String name;
        private final Query query;
        private final SolrQueryRequest req;
        private Passages passages;

        Transformer(String name, Query query, SolrQueryRequest req) {
            this.name = name;
            this.query = query;
            this.req = req;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean needsSolrIndexSearcher() {
            return true;
        }

        @Override
        public void transform(SolrDocument doc, int docid) throws IOException {
            SolrIndexSearcher searcher = req.getSearcher();
            if (passages == null) {
                passages = new Passages(searcher, req.getSchema().getIndexAnalyzer());
            }
            String kind = searcher.storedFields().document(docid, Set.of(Fields.KIND)).get(Fields.KIND);
            boolean article = Fields.KIND_ARTICLE.equals(kind);
            Map<Integer, SearchResult.PassageHit> hits = passages.of(query, List.of(new ScoreDoc(docid, 0f)),
                    d -> article);
            doc.setField(name, JSON.writeValueAsString(json(hits.get(docid))));
        }

        private static ObjectNode json(SearchResult.PassageHit hit) {
            ObjectNode n = JSON.createObjectNode();
            n.put("where", hit.where());
            n.put("paragraphId", hit.paragraphId());
            n.put("sectionNumber", hit.sectionNumber());
            n.put("sectionTitle", hit.sectionTitle());
            n.put("text", hit.snippet().text());
            ArrayNode highlights = n.putArray("highlights");
            for (Span span : hit.snippet().highlights()) {
                highlights.addArray().add(span.start()).add(span.end());
            }
            return n;
        }
    }
}
