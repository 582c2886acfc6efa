package org.paperbridge.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

import org.paperbridge.model.Span;

/**
 * Snippets for hits on entity fields (gene:STAT3, or a query term's entity id): the sentence
 * around the first mention the query names, with every such mention in it marked on the
 * entity's own offsets ({@link Fields#ENTITY_SPANS}), since no text field holds those terms.
 */
final class EntitySnippets {
    private static final int MAX_SIDE = 80;
    private final Set<String> keys;

    private EntitySnippets(Set<String> keys) {
        this.keys = keys;
    }

    /** The entity-field terms of {@code query} ("field NUL key"); empty when it has none. */
    static EntitySnippets of(Query query) {
        Set<String> keys = new HashSet<>();
        Set<String> fields = Set.copyOf(Fields.ENTITY_FIELDS);
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                for (Term t : terms) {
                    if (fields.contains(t.field())) {
                        keys.add(t.field() + "\u0000" + t.text());
                    }
                }
            }

            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                // Excluded entities are not what a snippet should show.
                return occur == org.apache.lucene.search.BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
            }
        });
        return new EntitySnippets(keys);
    }

    boolean isEmpty() {
        return keys.isEmpty();
    }

    /** The snippet of a paragraph from its text and stored spans, or null when no mention matches the query. */
    SearchResult.Snippet snippet(String text, String spans) {
        if (text == null || spans == null || keys.isEmpty()) {
            return null;
        }
        List<int[]> matched = new ArrayList<>();
        for (String line : spans.split("\n")) {
            String[] c = line.split("\t", -1);
            if (c.length < 4) {
                continue;
            }
            for (String key : c[3].split("\\|")) {
                if (keys.contains(c[0] + "\u0000" + key)) {
                    matched.add(new int[] {Integer.parseInt(c[1]), Integer.parseInt(c[2])});
                    break;
                }
            }
        }
        int[] cps = text.codePoints().toArray();
        // Spans that do not fit the stored text (an index written from inconsistent articles) show nothing.
        matched.removeIf(m -> m[0] < 0 || m[0] >= m[1] || m[1] > cps.length);
        if (matched.isEmpty()) {
            return null;
        }
        matched.sort((a, b) -> Integer.compare(a[0], b[0]));
        int first = matched.get(0)[0];
        int from = first;
        while (from > 0 && first - from < MAX_SIDE && !isSentenceEnd(cps[from - 1])) {
            from--;
        }
        int to = matched.get(0)[1];
        while (to < cps.length && to - matched.get(0)[1] < MAX_SIDE && !isSentenceEnd(cps[to - 1])) {
            to++;
        }
        List<Span> marks = new ArrayList<>();
        int last = from;
        for (int[] m : matched) {
            if (m[0] >= last && m[1] <= to) {
                marks.add(new Span(m[0] - from, m[1] - from));
                last = m[1];
            }
        }
        String snippet = new String(cps, from, to - from);
        return new SearchResult.Snippet(snippet, marks);
    }

    private static boolean isSentenceEnd(int c) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?';
    }
}
