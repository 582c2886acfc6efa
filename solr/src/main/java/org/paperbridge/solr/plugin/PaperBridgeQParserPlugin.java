package org.paperbridge.solr.plugin;

import org.apache.lucene.search.Query;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.apache.solr.search.SyntaxError;
import org.paperbridge.index.QueryCodec;

/**
 * {@code {!paperbridge v=$pbq}}: runs a query the PaperBridge client already analyzed, translated
 * and encoded ({@link QueryCodec}), so that every shard executes exactly the query the local
 * index would.
 */
public final class PaperBridgeQParserPlugin extends QParserPlugin {
    /**
     * This class's name for the configset: a constant, so the command line writes it without
     * loading Solr's classes, and a renamed class breaks the build instead of the cluster.
     */
    public static final String CLASS = "org.paperbridge.solr.plugin.PaperBridgeQParserPlugin";
    public static final String NAME = "paperbridge";

    @Override
    public QParser createParser(String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
        return new QParser(qstr, localParams, params, req) {
            @Override
            public Query parse() throws SyntaxError {
                if (qstr == null || qstr.isBlank()) {
                    throw new SyntaxError("{!paperbridge} needs an encoded query");
                }
                try {
                    return QueryCodec.decode(qstr);
                } catch (IllegalArgumentException e) {
                    throw new SyntaxError(e.getMessage(), e);
                }
            }
        };
    }
}
