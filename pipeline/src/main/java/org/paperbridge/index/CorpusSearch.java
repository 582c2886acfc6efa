package org.paperbridge.index;

import java.io.Closeable;
import java.io.IOException;

/** A searchable corpus: the local Lucene index or a SolrCloud collection, answering alike. */
public interface CorpusSearch extends Closeable {
    /** Parses and runs a user query. */
    SearchResult search(String query, SearchOptions options) throws QuerySyntaxException, IOException;
}
