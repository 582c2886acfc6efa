package org.paperbridge.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * The translation pairs (glossary entries, keyword pairs) of the indexed articles, read back from
 * the article documents; they feed query expansion and the segmenter's dictionary.
 */
public final class CorpusVocabulary {
    public static final CorpusVocabulary EMPTY = new CorpusVocabulary(List.of());

    /** Two sides of one translation; {@code zh} may also be an abbreviation paired with its full form. */
    public record TermPair(String zh, String en) {
    }

    /** Distinct, in sorted order, so expansions do not depend on where the index keeps its documents. */
    private final List<TermPair> pairs;
    private final Map<TermPair, Integer> articles;

    /** @param occurrences each article's pairs, a pair once per article that gives it */
    public CorpusVocabulary(List<TermPair> occurrences) {
        Map<TermPair, Integer> counts = new HashMap<>();
        for (TermPair pair : occurrences) {
            counts.merge(pair, 1, Integer::sum);
        }
        this.articles = Map.copyOf(counts);
        this.pairs = counts.keySet().stream()
                .sorted(java.util.Comparator.comparing(TermPair::zh).thenComparing(TermPair::en)).toList();
    }

    /** The distinct pairs, sorted. */
    public List<TermPair> pairs() {
        return pairs;
    }

    /** How many articles give {@code pair} (0 for a pair not in the vocabulary). */
    public int articlesOf(TermPair pair) {
        return articles.getOrDefault(pair, 0);
    }

    /** Reads the pairs stored on the live article documents of {@code reader}. */
    public static CorpusVocabulary read(IndexReader reader) throws IOException {
        List<TermPair> pairs = new ArrayList<>();
        Term articles = new Term(Fields.KIND, Fields.KIND_ARTICLE);
        for (LeafReaderContext leaf : reader.leaves()) {
            PostingsEnum postings = leaf.reader().postings(articles, PostingsEnum.NONE);
            if (postings == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            StoredFields stored = leaf.reader().storedFields();
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                Document document = stored.document(doc, Set.of(Fields.PAIR));
                List<String> values = new ArrayList<>();
                for (IndexableField field : document.getFields(Fields.PAIR)) {
                    values.add(field.stringValue());
                }
                pairs.addAll(ofArticle(values));
            }
        }
        return new CorpusVocabulary(pairs);
    }

    /** One article's stored pair values ("zh TAB en"), each pair once: a vocabulary counts articles. */
    public static Set<TermPair> ofArticle(Iterable<?> storedValues) {
        Set<TermPair> pairs = new LinkedHashSet<>();
        for (Object value : storedValues) {
            String[] sides = value.toString().split("\t", 2);
            if (sides.length == 2) {
                pairs.add(new TermPair(sides[0], sides[1]));
            }
        }
        return pairs;
    }

    /** Every side of every pair, for the segmenter's dictionary (it keeps only the Chinese ones). */
    public List<String> terms() {
        List<String> terms = new ArrayList<>();
        for (TermPair pair : pairs) {
            terms.add(pair.zh());
            terms.add(pair.en());
        }
        return terms;
    }
}
