package org.paperbridge.index;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The unified highlighter with the query's clauses opened once per segment and field instead of
 * once per document: Lucene's weight-matches path rewrites the query and builds its weight (a
 * terms-dictionary seek for every term of every clause) for each highlighted document and each
 * masked field, and then every phrase clause opens its postings for that document; for an expanded
 * query (dozens of phrases over three fields) that was most of a search's highlighting cost.
 * {@link SegmentMatches} gives the same matches, and so the same snippets.
 */
final class PassageHighlighter extends UnifiedHighlighter {

    PassageHighlighter(Builder builder) {
        super(builder);
    }

    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
        if (source == OffsetSource.POSTINGS && components.getHighlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)) {
            return new SegmentMatchOffsets(components);
        }
        return super.getOffsetStrategy(source, components);
    }

    /**
     * Offsets from postings, matched through the clauses kept open for the segment of the last document;
     * the highlighter asks for its documents in order within one call, and a call makes a new
     * strategy per field, so nothing is shared between threads or queries.
     */
    private static final class SegmentMatchOffsets extends PostingsOffsetStrategy {
        private LeafReader segment;
        private LeafReader remapped;
        private IndexSearcher searcher;
        private SegmentMatches matcher;
        private int last = -1;

        SegmentMatchOffsets(UHComponents components) {
            super(components);
        }

        @Override
        protected void createOffsetsEnumsWeightMatcher(LeafReader reader, int doc, List<OffsetsEnum> results)
                throws IOException {
            if (reader != segment) {
                // Clauses on the fields this one stands for (masked fields) are matched on its terms.
                remapped = new FilterLeafReader(reader) {
                    @Override
                    public Terms terms(String field) throws IOException {
                        return super.terms(components.getFieldMatcher().test(field) ? components.getField() : field);
                    }

                    @Override
                    public CacheHelper getCoreCacheHelper() {
                        return null;
                    }

                    @Override
                    public CacheHelper getReaderCacheHelper() {
                        return null;
                    }
                };
                searcher = new IndexSearcher(remapped);
                searcher.setQueryCache(null);
                matcher = null;
                segment = reader;
            }
            if (matcher == null || doc < last) { // the leaves' scorers only move forward
                matcher = SegmentMatches.of(searcher, components.getQuery(), remapped.getContext(),
                        components.getFieldMatcher());
            }
            last = doc;
            Matches matches = matcher.in(doc);
            if (matches == null) {
                return;
            }
            for (String field : matches) {
                if (components.getFieldMatcher().test(field)) {
                    MatchesIterator each = matches.getMatches(field);
                    if (each != null) {
                        results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(each));
                    }
                }
            }
        }
    }
}
