package org.paperbridge.index;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The clauses of a query as Lucene's clause limit counts them (a leaf query or a term each),
 * including those inside whole-article filters, which Lucene's own check does not look into.
 */
final class ClauseCount extends QueryVisitor {
    private int clauses;

    private ClauseCount() {
    }

    static int of(Query query) {
        ClauseCount count = new ClauseCount();
        query.visit(count);
        return count.clauses;
    }

    @Override
    public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this; // MUST_NOT clauses count too
    }

    @Override
    public void visitLeaf(Query query) {
        if (query instanceof WholeArticleQuery whole) {
            whole.inner().visit(this);
        } else {
            clauses++;
        }
    }

    @Override
    public void consumeTerms(Query query, Term... terms) {
        clauses++;
    }

    @Override
    public void consumeTermsMatching(Query query, String field,
                                     java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> automaton) {
        clauses++;
    }
}
