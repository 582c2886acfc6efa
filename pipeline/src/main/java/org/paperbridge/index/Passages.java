package org.paperbridge.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Builds the passage hits of matched documents: where they lie and a highlighted snippet. */
final class Passages {
    private static final String[] PARAGRAPH_FIELDS = {Fields.zh(Fields.BODY)};
    private static final String[] FRONT_FIELDS = {Fields.zh(Fields.ABSTRACT), Fields.zh(Fields.TITLE),
            Fields.zh(Fields.KEYWORDS)};

    private final UnifiedHighlighter highlighter;

    Passages(IndexSearcher searcher, Analyzer analyzer) {
        // Only the word field is stored; matches in the bigram and English fields are masked onto it.
        this.highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter())
                .withMaskedFieldsFunc(field -> field.endsWith("_zh")
                        ? Set.of(field.replace("_zh", "_zh_bigram"), field.replace("_zh", "_en"))
                        : Set.of())
                .withMaxNoHighlightPassages(1)
                .withMaxLength(20_000)
                .build();
    }

    List<SearchResult.PassageHit> of(Query query, List<ScoreDoc> hits, Map<Integer, Document> fields)
            throws IOException {
        List<SearchResult.PassageHit> out = new ArrayList<>();
        for (ScoreDoc hit : hits) {
            Document doc = fields.get(hit.doc);
            boolean front = Fields.KIND_ARTICLE.equals(doc.get(Fields.KIND));
            String[] names = front ? FRONT_FIELDS : PARAGRAPH_FIELDS;
            int[] max = new int[names.length];
            java.util.Arrays.fill(max, 2);
            Map<String, String[]> snippets = highlighter.highlightFields(names, query, new int[] {hit.doc}, max);
            String where = front ? Fields.ABSTRACT : "paragraph";
            String chosen = null;
            for (String name : names) {
                String s = snippets.get(name)[0];
                if (s != null && s.indexOf('\uE000') >= 0) {
                    chosen = s;
                    where = front ? name.substring(0, name.length() - "_zh".length()) : where;
                    break;
                }
                if (chosen == null) {
                    chosen = s;
                }
            }
            out.add(new SearchResult.PassageHit(where, front ? null : doc.get(Fields.PARAGRAPH_ID),
                    doc.get(Fields.SECTION_NUMBER), doc.get(Fields.SECTION_TITLE), hit.score,
                    SnippetFormatter.parse(chosen == null ? "" : chosen)));
        }
        return out;
    }
}
