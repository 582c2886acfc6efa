package org.paperbridge.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesUtils;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * The matches of one query in the documents of one segment, asked in increasing document order.
 *
 * <p>{@code Weight.matches} on a boolean query asks every clause for its matches, and a phrase
 * clause answers by seeking each of its terms and opening their postings for that one document.
 * An expanded query has dozens of phrases (translations, synonyms, three fields), most of which do
 * not occur in a given document, so highlighting forty documents opened thousands of postings.
 * Here each leaf clause gets one scorer for the segment, moved forward from document to document;
 * only the leaves found in a document are asked for their matches, and the boolean and dis-max
 * nodes combine them as their own weights do (a required clause without matches, or a prohibited
 * one with matches, means none; a minimum of optional clauses is kept). Optional clauses on fields
 * not shown are left out. The matches on the shown fields are the same as the whole query's weight
 * gives.
 */
final class SegmentMatches {
    private final Node root;

    private SegmentMatches(Node root) {
        this.root = root;
    }

    /**
     * The rewritten {@code query}'s match tree over {@code segment}, the reader {@code searcher}
     * searches; only matches on fields that {@code shown} accepts are wanted.
     */
    static SegmentMatches of(IndexSearcher searcher, Query query, LeafReaderContext segment, Predicate<String> shown)
            throws IOException {
        return new SegmentMatches(node(searcher, searcher.rewrite(query), segment, shown, false));
    }

    /** The matches in {@code doc}, or null; {@code doc} must not be below the one asked before. */
    Matches in(int doc) throws IOException {
        return root.matches(doc);
    }

    /**
     * {@code decides}: whether this clause's having matches or not can change the result (it is
     * required, prohibited, or under such a clause). A clause that does not decide and touches no
     * shown field is left out: it could only add matches that are not shown.
     */
    private static Node node(IndexSearcher searcher, Query query, LeafReaderContext segment, Predicate<String> shown,
            boolean decides) throws IOException {
        if (query instanceof BoostQuery boost) { // a boost changes scores, never matches
            return node(searcher, boost.getQuery(), segment, shown, decides);
        }
        if (query instanceof BooleanQuery bool) {
            List<Node> children = new ArrayList<>();
            List<BooleanClause.Occur> occurs = new ArrayList<>();
            for (BooleanClause clause : bool.clauses()) {
                boolean childDecides = decides || clause.getOccur() != BooleanClause.Occur.SHOULD
                        || bool.getMinimumNumberShouldMatch() > 0;
                Node child = node(searcher, clause.getQuery(), segment, shown, childDecides);
                if (child != null) {
                    children.add(child);
                    occurs.add(clause.getOccur());
                }
            }
            return children.isEmpty() ? null : new All(children, occurs, bool.getMinimumNumberShouldMatch());
        }
        if (query instanceof DisjunctionMaxQuery max) {
            List<Node> children = new ArrayList<>();
            for (Query disjunct : max.getDisjuncts()) {
                Node child = node(searcher, disjunct, segment, shown, decides);
                if (child != null) {
                    children.add(child);
                }
            }
            return children.isEmpty() ? null : new Any(children);
        }
        boolean[] touches = {false};
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                touches[0] |= shown.test(field);
                return false;
            }
        });
        if (!touches[0] && !decides) {
            return null;
        }
        return new Leaf(searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f), segment, touches[0]);
    }

    private interface Node {
        Matches matches(int doc) throws IOException;
    }

    /**
     * A clause that is not a boolean, dis-max or boost query: its scorer is made when first
     * needed and only moves forward; its matches are asked only where the scorer finds it, and
     * only if it touches a shown field (else it stands for "matched" without terms).
     */
    private static final class Leaf implements Node {
        private final Weight weight;
        private final LeafReaderContext segment;
        private final boolean shown;
        private boolean opened;
        private DocIdSetIterator approximation;
        private TwoPhaseIterator confirm;
        private int confirmed = -1;
        private boolean found;

        Leaf(Weight weight, LeafReaderContext segment, boolean shown) {
            this.weight = weight;
            this.segment = segment;
            this.shown = shown;
        }

        @Override
        public Matches matches(int doc) throws IOException {
            if (!occurs(doc)) {
                return null;
            }
            return shown ? weight.matches(segment, doc) : MatchesUtils.MATCH_WITH_NO_TERMS;
        }

        private boolean occurs(int doc) throws IOException {
            if (!opened) {
                opened = true;
                Scorer scorer = weight.scorer(segment);
                confirm = scorer == null ? null : scorer.twoPhaseIterator();
                approximation = scorer == null ? null : confirm == null ? scorer.iterator() : confirm.approximation();
            }
            if (approximation == null) {
                return false;
            }
            if (doc == confirmed) {
                return found;
            }
            int at = approximation.docID();
            if (at < doc) {
                at = approximation.advance(doc);
            }
            confirmed = doc;
            found = at == doc && (confirm == null || confirm.matches());
            return found;
        }
    }
    /** A boolean query's clauses, combined as its weight combines them. */
    private static final class All implements Node {
        private final List<Node> children;
        private final List<BooleanClause.Occur> occurs;
        private final int minimumShould;

        All(List<Node> children, List<BooleanClause.Occur> occurs, int minimumShould) {
            this.children = children;
            this.occurs = occurs;
            this.minimumShould = minimumShould;
        }

        @Override
        public Matches matches(int doc) throws IOException {
            List<Matches> found = new ArrayList<>();
            int should = 0;
            for (int i = 0; i < children.size(); i++) {
                Matches m = children.get(i).matches(doc);
                switch (occurs.get(i)) {
                    case MUST_NOT -> {
                        if (m != null) {
                            return null;
                        }
                    }
                    case MUST, FILTER -> {
                        if (m == null) {
                            return null;
                        }
                        found.add(m);
                    }
                    case SHOULD -> {
                        if (m != null) {
                            found.add(m);
                            should++;
                        }
                    }
                }
            }
            return should < minimumShould ? null : MatchesUtils.fromSubMatches(found);
        }
    }

    /** A dis-max query: the matches of every disjunct found. */
    private static final class Any implements Node {
        private final List<Node> children;

        Any(List<Node> children) {
            this.children = children;
        }

        @Override
        public Matches matches(int doc) throws IOException {
            List<Matches> found = new ArrayList<>();
            for (Node child : children) {
                Matches m = child.matches(doc);
                if (m != null) {
                    found.add(m);
                }
            }
            return MatchesUtils.fromSubMatches(found);
        }
    }
}
