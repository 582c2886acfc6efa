package org.paperbridge.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import org.paperbridge.text.TermDictionary;

/**
 * What user queries become against one corpus: the query-time analyzers (segmenting with the
 * lexicon and the corpus's own terms) and the translations that expand them. Built once per
 * opened corpus, whether it lives in a local index or in a SolrCloud collection.
 */
public final class CorpusQueries {
    /** Expanded queries kept, most recently asked first. */
    static final int RECENT_QUERIES = 1024;

    private final Analyzer analyzer;
    private final TermTranslator translator;
    /**
     * Recently expanded queries: expanding tags and translates every word and phrase (0.2–1.4 ms
     * a query), and a service is asked the same query again for the next page or a clicked facet.
     * Lucene queries are immutable, so one can serve several searches at once.
     */
    private final Map<Expansion, Query> recent = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Expansion, Query> eldest) {
                    return size() > RECENT_QUERIES;
                }
            });

    /** What an expansion depends on besides the corpus: the text and the fields it may search. */
    private record Expansion(String query, Set<String> languages, List<String> groups) {
    }

    /**
     * @param lexiconTerms the words the index was segmented with (the same list given to the writer)
     * @param lexicon translations beyond the corpus's own glossary and keyword pairs
     * @param vocabulary the corpus's glossary and keyword pairs
     */
    public CorpusQueries(Collection<String> lexiconTerms, TermTranslator lexicon, CorpusVocabulary vocabulary) {
        List<String> terms = new ArrayList<>(lexiconTerms);
        terms.addAll(vocabulary.terms());
        this.analyzer = IndexAnalyzers.create(TermDictionary.of(terms));
        this.translator = new VocabularyTranslator(vocabulary).or(lexicon);
    }

    /** The analyzer of every field, as the index analyzed them. */
    public Analyzer analyzer() {
        return analyzer;
    }

    /**
     * The Lucene query of a user query; refused when it expands (into fields, languages and
     * translations) to more clauses than Lucene's {@link IndexSearcher#getMaxClauseCount()}.
     */
    public Query parse(String query, SearchOptions options) throws QuerySyntaxException {
        Expansion key = new Expansion(query, options.languages(), options.groups());
        Query known = recent.get(key);
        if (known != null) {
            return known;
        }
        Query built = expand(query, options);
        recent.put(key, built);
        return built;
    }

    private Query expand(String query, SearchOptions options) throws QuerySyntaxException {
        QueryNode parsed = new UserQueryParser().parse(query);
        Query built;
        try {
            built = new SearchQueryBuilder(analyzer, translator, options.languages(), options.groups()).build(parsed);
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooManyClauses("more than " + IndexSearcher.getMaxClauseCount());
        }
        int clauses = ClauseCount.of(built);
        if (clauses > IndexSearcher.getMaxClauseCount()) {
            throw tooManyClauses(String.format(Locale.ROOT, "%,d", clauses));
        }
        return built;
    }

    private static QueryTooLargeException tooManyClauses(String count) {
        return new QueryTooLargeException("query too large: it expands to " + count
                + " search clauses (each word is searched in every part and language, with its translations),"
                + " over the limit of " + IndexSearcher.getMaxClauseCount()
                + "; use fewer words, or narrow it with --field or --lang");
    }

    /** The front-matter documents of the articles {@code query} matches anywhere: what facets count. */
    public static Query matchingArticles(Query query) {
        return new BooleanQuery.Builder()
                .add(new WholeArticleQuery(query), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_ARTICLE)), BooleanClause.Occur.FILTER)
                .build();
    }
}
