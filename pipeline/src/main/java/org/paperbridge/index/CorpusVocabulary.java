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
public record CorpusVocabulary(List<TermPair> pairs, Map<TermPair, Integer> articles) {
    public static final CorpusVocabulary EMPTY = new CorpusVocabulary(List.of());

    /** Two sides of one translation; {@code zh} may also be an abbreviation paired with its full form. */
    public record TermPair(String zh, String en) {
    }

    /**
     * Pairs in sorted order, so expansions do not depend on where the index keeps its documents;
     * {@code articles}: how many articles give each pair (a pair not in it counts as one).
     */
    public CorpusVocabulary {
        pairs = pairs.stream().distinct()
                .sorted(java.util.Comparator.comparing(TermPair::zh).thenComparing(TermPair::en)).toList();
        articles = Map.copyOf(articles);
    }

    /** @param occurrences each article's pairs, a pair once per article that gives it */
    public CorpusVocabulary(List<TermPair> occurrences) {
        this(occurrences, counts(occurrences));
    }

    private static Map<TermPair, Integer> counts(List<TermPair> occurrences) {
        Map<TermPair, Integer> counts = new HashMap<>();
        for (TermPair pair : occurrences) {
            counts.merge(pair, 1, Integer::sum);
        }
        return counts;
    }

    /** How many articles give {@code pair}. */
    public int articlesOf(TermPair pair) {
        return articles.getOrDefault(pair, 1);
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
                Set<TermPair> own = new LinkedHashSet<>();
                for (IndexableField field : document.getFields(Fields.PAIR)) {
                    String[] sides = field.stringValue().split("\t", 2);
                    if (sides.length == 2) {
                        own.add(new TermPair(sides[0], sides[1]));
                    }
                }
                pairs.addAll(own);
            }
        }
        return new CorpusVocabulary(pairs);
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
