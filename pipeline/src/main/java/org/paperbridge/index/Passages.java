package org.paperbridge.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Builds the passage hits of the shown documents: where they lie and a highlighted snippet. Works
 * on any index with the PaperBridge fields: the local one, or one SolrCloud shard (through the
 * plugin's snippet transformer), so both show the same snippets.
 */
public final class Passages {
    private static final String[] PARAGRAPH_FIELDS = {Fields.zh(Fields.BODY)};
    /** A front-matter hit shows the first of these with a marked match: the abstract, else the title, else the keywords. */
    private static final String[] ABSTRACT_FIELD = {Fields.zh(Fields.ABSTRACT)};
    private static final String[] OTHER_FRONT_FIELDS = {Fields.zh(Fields.TITLE), Fields.zh(Fields.KEYWORDS)};
    private static final Set<String> PLACE_FIELDS = Set.of(Fields.PARAGRAPH_ID, Fields.SECTION_NUMBER,
            Fields.SECTION_TITLE);
    private static final Set<String> ENTITY_TEXT_FIELDS = Set.of(Fields.zh(Fields.BODY), Fields.ENTITY_SPANS);
    private static final Set<String> PARAGRAPH_SEARCHED = searched(List.of(Fields.BODY));
    private static final Set<String> FRONT_SEARCHED = searched(List.of(Fields.ABSTRACT, Fields.TITLE, Fields.KEYWORDS));
    private static final int SNIPPET_PASSAGES = 2;

    private final IndexSearcher searcher;
    private final UnifiedHighlighter highlighter;

    public Passages(IndexSearcher searcher, Analyzer analyzer) {
        this.searcher = searcher;
        // Only the word field is stored; matches in the bigram and English fields are masked onto it.
        this.highlighter = new PassageHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter())
                .withMaskedFieldsFunc(field -> field.endsWith("_zh")
                        ? Set.of(field.replace("_zh", "_zh_bigram"), field.replace("_zh", "_en"))
                        : Set.of())
                .withMaxNoHighlightPassages(1)
                .withMaxLength(20_000));
    }

    private static Set<String> searched(List<String> groups) {
        Set<String> fields = new HashSet<>();
        for (String group : groups) {
            fields.addAll(List.of(Fields.zh(group), Fields.bigram(group), Fields.en(group)));
        }
        return Set.copyOf(fields);
    }

    /** The passage of each hit, keyed by document; all paragraphs are highlighted in one pass, all front matter in another. */
    public Map<Integer, SearchResult.PassageHit> of(Query query, List<ScoreDoc> hits, IntPredicate isArticle)
            throws IOException {
        List<ScoreDoc> fronts = new ArrayList<>();
        List<ScoreDoc> paragraphs = new ArrayList<>();
        for (ScoreDoc hit : hits) {
            (isArticle.test(hit.doc) ? fronts : paragraphs).add(hit);
        }
        Map<Integer, SearchResult.PassageHit> out = new HashMap<>();
        if (!paragraphs.isEmpty()) {
            String[] snippets = highlight(PARAGRAPH_FIELDS, orNothing(within(query, PARAGRAPH_SEARCHED)), paragraphs).get(PARAGRAPH_FIELDS[0]);
            StoredFields stored = searcher.storedFields();
            EntitySnippets entities = EntitySnippets.of(query);
            for (int i = 0; i < paragraphs.size(); i++) {
                ScoreDoc hit = paragraphs.get(i);
                Document place = stored.document(hit.doc, PLACE_FIELDS);
                SearchResult.Snippet snippet = SnippetFormatter.parse(snippets[i] == null ? "" : snippets[i]);
                if (snippet.highlights().isEmpty() && !entities.isEmpty()) {
                    // Matched on an entity field only: show the mention itself, marked on its offsets.
                    Document text = stored.document(hit.doc, ENTITY_TEXT_FIELDS);
                    SearchResult.Snippet mention = entities.snippet(text.get(Fields.zh(Fields.BODY)),
                            text.get(Fields.ENTITY_SPANS));
                    snippet = mention == null ? snippet : mention;
                }
                out.put(hit.doc, new SearchResult.PassageHit("paragraph", place.get(Fields.PARAGRAPH_ID),
                        place.get(Fields.SECTION_NUMBER), place.get(Fields.SECTION_TITLE), hit.score, snippet));
            }
        }
        if (!fronts.isEmpty()) {
            Query front = orNothing(within(query, FRONT_SEARCHED));
            // The abstract first: the title and keywords are highlighted only for the hits whose
            // abstract shows no match (most show one), as they are chosen only then.
            String[] abstracts = highlight(ABSTRACT_FIELD, front, fronts).get(ABSTRACT_FIELD[0]);
            List<ScoreDoc> unmarked = new ArrayList<>();
            for (int i = 0; i < fronts.size(); i++) {
                if (!marked(abstracts[i])) {
                    unmarked.add(fronts.get(i));
                }
            }
            Map<String, String[]> others = unmarked.isEmpty() ? Map.of() : highlight(OTHER_FRONT_FIELDS, front, unmarked);
            for (int i = 0, u = 0; i < fronts.size(); i++) {
                ScoreDoc hit = fronts.get(i);
                String where = Fields.ABSTRACT;
                String chosen = abstracts[i];
                if (!marked(chosen)) {
                    for (String name : OTHER_FRONT_FIELDS) {
                        String s = others.get(name)[u];
                        if (marked(s)) { // the first field with a marked match
                            chosen = s;
                            where = name.substring(0, name.length() - "_zh".length());
                            break;
                        }
                        if (chosen == null) {
                            chosen = s;
                        }
                    }
                    u++;
                }
                out.put(hit.doc, new SearchResult.PassageHit(where, null, null, null, hit.score,
                        SnippetFormatter.parse(chosen == null ? "" : chosen)));
            }
        }
        return out;
    }

    private static boolean marked(String snippet) {
        return snippet != null && snippet.indexOf('\uE000') >= 0;
    }

    private Map<String, String[]> highlight(String[] fields, Query query, List<ScoreDoc> hits) throws IOException {
        int[] docs = hits.stream().mapToInt(h -> h.doc).toArray();
        int[] max = new int[fields.length];
        Arrays.fill(max, SNIPPET_PASSAGES);
        return highlighter.highlightFields(fields, query, docs, max);
    }

    /**
     * The part of the query that can mark words in {@code fields}: no NOT or filter clauses, no
     * clauses on other fields. The highlighter evaluates its query for every shown document, so
     * the title, keyword and abstract clauses need not run on paragraphs, nor exclusions at all.
     */
    static Query within(Query query, Set<String> fields) {
        if (query instanceof BooleanQuery bool) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            int kept = 0;
            for (BooleanClause clause : bool.clauses()) {
                Query inner = clause.isScoring() ? within(clause.getQuery(), fields) : null;
                if (inner != null) {
                    b.add(inner, clause.getOccur() == BooleanClause.Occur.MUST ? BooleanClause.Occur.MUST
                            : BooleanClause.Occur.SHOULD);
                    kept++;
                }
            }
            return kept == 0 ? null : b.build();
        } else if (query instanceof BoostQuery boost) {
            Query inner = within(boost.getQuery(), fields);
            return inner == null ? null : new BoostQuery(inner, boost.getBoost());
        } else if (query instanceof DisjunctionMaxQuery max) {
            List<Query> inner = max.getDisjuncts().stream().map(q -> within(q, fields))
                    .filter(java.util.Objects::nonNull).toList();
            return inner.isEmpty() ? null : new DisjunctionMaxQuery(inner, max.getTieBreakerMultiplier());
        }
        Set<String> touched = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                touched.add(field);
                return false;
            }
        });
        return touched.stream().anyMatch(fields::contains) ? query : null;
    }

    private static Query orNothing(Query query) {
        return query == null ? new MatchNoDocsQuery() : query;
    }
}
