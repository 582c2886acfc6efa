package org.paperbridge.index;

import java.io.IOException;
import java.util.Collection;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;

/**
 * The exact number of matching documents and of their articles, in one pass that scores
 * nothing: matches arrive in document order, and an article's documents are one block ending at
 * its front-matter document ({@link ArticleBlocks}), so a new block end is a new article.
 */
record MatchTotals(long passages, int articles) {

    static MatchTotals count(IndexSearcher searcher, Query query, ArticleBlocks blocks) throws IOException {
        return searcher.search(query, new CollectorManager<Counter, MatchTotals>() {
            @Override
            public Counter newCollector() {
                return new Counter(blocks);
            }

            @Override
            public MatchTotals reduce(Collection<Counter> counters) {
                long passages = 0;
                int articles = 0;
                for (Counter c : counters) {
                    passages += c.passages;
                    articles += c.articles;
                }
                return new MatchTotals(passages, articles);
            }
        });
    }

    private static final class Counter implements Collector {
        private final ArticleBlocks blocks;
        long passages;
        int articles;

        Counter(ArticleBlocks blocks) {
            this.blocks = blocks;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            FixedBitSet ends = blocks.ends(context);
            return new LeafCollector() {
                private int blockEnd = -1;

                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) {
                    passages++;
                    if (doc > blockEnd) { // blocks never span segments, so a leaf starts afresh
                        articles++;
                        int end = doc < ends.length() ? ends.nextSetBit(doc) : DocIdSetIterator.NO_MORE_DOCS;
                        blockEnd = end == DocIdSetIterator.NO_MORE_DOCS ? Integer.MAX_VALUE : end;
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
