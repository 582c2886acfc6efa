package org.paperbridge.index;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Where each article's documents lie. {@link CorpusIndex} adds an article as one block (its
 * paragraphs, then its front-matter document, the block-join layout Solr uses too) and Lucene
 * keeps a block's ids contiguous through merges, so the article of any document is the nearest
 * article document at or after it.
 */
final class ArticleBlocks {
    private static final Term ARTICLE = new Term(Fields.KIND, Fields.KIND_ARTICLE);

    private final List<LeafReaderContext> leaves;
    private final FixedBitSet[] ends;

    ArticleBlocks(IndexReader reader) throws IOException {
        this.leaves = reader.leaves();
        this.ends = new FixedBitSet[leaves.size()];
        for (LeafReaderContext leaf : leaves) {
            ends[leaf.ord] = ends(leaf.reader());
        }
    }

    /** The article documents of one segment, each closing its block (deleted ones included: they still bound their blocks). */
    static FixedBitSet ends(LeafReader reader) throws IOException {
        FixedBitSet bits = new FixedBitSet(Math.max(1, reader.maxDoc()));
        PostingsEnum postings = reader.postings(ARTICLE, PostingsEnum.NONE);
        if (postings != null) {
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                bits.set(doc);
            }
        }
        return bits;
    }

    /** The index-wide id of the front-matter document of the article that holds {@code doc}, or -1. */
    int articleOf(int doc) {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        int local = doc - leaf.docBase;
        int end = ends[leaf.ord].nextSetBit(local);
        return end == DocIdSetIterator.NO_MORE_DOCS ? -1 : leaf.docBase + end;
    }

    /** The article documents (block ends) of one segment of the reader. */
    FixedBitSet ends(LeafReaderContext leaf) {
        return ends[leaf.ord];
    }

    /** True when {@code doc} is an article's front-matter document. */
    boolean isArticle(int doc) {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        return ends[leaf.ord].get(doc - leaf.docBase);
    }
}
