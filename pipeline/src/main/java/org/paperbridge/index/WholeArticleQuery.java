package org.paperbridge.index;

import java.io.IOException;
import java.util.Objects;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Matches every document (front matter and paragraphs) of each article in which {@code inner}
 * matches some document: what makes {@code macrophage NOT TNFa} drop the articles that name TNF-α
 * anywhere, and what facets count. Relies on the block layout described in {@link ArticleBlocks}.
 */
public final class WholeArticleQuery extends Query {
    private final Query inner;

    public WholeArticleQuery(Query inner) {
        this.inner = Objects.requireNonNull(inner);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = inner.rewrite(searcher);
        return rewritten == inner ? super.rewrite(searcher) : new WholeArticleQuery(rewritten);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight innerWeight = searcher.createWeight(searcher.rewrite(inner), ScoreMode.COMPLETE_NO_SCORES, 1f);
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                Scorer matches = innerWeight.scorer(context);
                if (matches == null) {
                    return null;
                }
                FixedBitSet ends = ArticleBlocks.ends(context.reader());
                int maxDoc = context.reader().maxDoc();
                FixedBitSet docs = new FixedBitSet(Math.max(1, maxDoc));
                DocIdSetIterator it = matches.iterator();
                int doc = it.nextDoc();
                while (doc != DocIdSetIterator.NO_MORE_DOCS) {
                    int start = doc == 0 ? 0 : ends.prevSetBit(doc - 1) + 1;
                    int end = ends.nextSetBit(doc);
                    end = end == DocIdSetIterator.NO_MORE_DOCS ? maxDoc : end + 1;
                    docs.set(start, end);
                    // The rest of this article is in already: skip its other matches.
                    doc = end >= maxDoc ? DocIdSetIterator.NO_MORE_DOCS : it.advance(end);
                }
                return new ConstantScoreScorer(this, score(), scoreMode,
                        new BitSetIterator(docs, docs.approximateCardinality()));
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return innerWeight.isCacheable(ctx);
            }
        };
    }

    /** The query whose matches select the articles. */
    public Query inner() {
        return inner;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        // Whole articles are a filter: the highlighter has no words to mark here.
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "article(" + inner.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && inner.equals(((WholeArticleQuery) other).inner);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + inner.hashCode();
    }
}
