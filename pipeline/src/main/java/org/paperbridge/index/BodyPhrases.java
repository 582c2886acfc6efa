package org.paperbridge.index;

import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.paperbridge.text.TermDictionary;

/**
 * The index's own analysis and phrase query on the body field, for comparisons against other
 * analyzers (`bench analyzers`): the same analyzer and query builder the index uses, with no
 * query expansion.
 */
public final class BodyPhrases {
    private final Analyzer analyzer;

    public BodyPhrases(TermDictionary dictionary) {
        this.analyzer = IndexAnalyzers.create(dictionary);
    }

    /** The per-field analyzer the index writes with. */
    public Analyzer analyzer() {
        return analyzer;
    }

    /** {@code text} searched as one quoted phrase in the body, in both languages. */
    public Query phrase(String text) throws QuerySyntaxException {
        QueryNode node = new UserQueryParser().parse("\"" + text + "\"");
        return new SearchQueryBuilder(analyzer, TermTranslator.none(), Set.of("zh", "en"), List.of(Fields.BODY)).build(node);
    }
}
