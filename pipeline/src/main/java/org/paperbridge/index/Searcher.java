package org.paperbridge.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Searches a corpus index: BM25 over the text fields with group boosts, matches grouped by article
 * with highlighted passages, optional facet counts. Open once, search many times; thread-safe.
 */
public final class Searcher implements Closeable {
    private static final int FACET_TOP = 10;
    private static final Set<String> DISPLAY_FIELDS = Set.of(Fields.KIND, Fields.DOC_ID, Fields.PARAGRAPH_ID,
            Fields.SECTION_NUMBER, Fields.SECTION_TITLE);

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final TermTranslator translator;
    private final SortedSetDocValuesReaderState facetState;
    private final Passages passages;

    private Searcher(Directory directory, DirectoryReader reader, Collection<String> lexiconTerms,
                     TermTranslator lexicon) throws IOException {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity());
        CorpusVocabulary vocabulary = CorpusVocabulary.read(reader);
        List<String> terms = new ArrayList<>(lexiconTerms);
        terms.addAll(vocabulary.terms());
        this.analyzer = IndexAnalyzers.create(TermDictionary.of(terms));
        this.translator = new VocabularyTranslator(vocabulary).or(lexicon);
        this.facetState = facetState(reader);
        this.passages = new Passages(searcher, analyzer);
    }

    /** Opens the index at {@code dir} with no lexicon: translations come from the corpus alone. */
    public static Searcher open(Path dir) throws IOException {
        return open(dir, List.of(), TermTranslator.none());
    }

    /**
     * @param lexiconTerms the words the index was segmented with (the same list given to the writer)
     * @param lexicon translations beyond the corpus's own glossary and keyword pairs
     */
    public static Searcher open(Path dir, Collection<String> lexiconTerms, TermTranslator lexicon)
            throws IOException {
        Directory directory = FSDirectory.open(dir);
        try {
            return new Searcher(directory, DirectoryReader.open(directory), lexiconTerms, lexicon);
        } catch (IndexNotFoundException e) {
            directory.close();
            throw new IOException("no index at " + dir + " (build one with: paperbridge run)", e);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private static SortedSetDocValuesReaderState facetState(DirectoryReader reader) throws IOException {
        try {
            return new DefaultSortedSetDocValuesReaderState(reader, Fields.facetsConfig());
        } catch (IllegalArgumentException e) {
            return null; // an index without any facet value
        }
    }

    /** Parses and runs a user query. */
    public SearchResult search(String query, SearchOptions options) throws QuerySyntaxException, IOException {
        QueryNode parsed = new UserQueryParser().parse(query);
        Query lucene = new SearchQueryBuilder(analyzer, translator, options.languages(), options.groups())
                .build(parsed);
        return search(query, lucene, options);
    }

    /** The Lucene query a user query becomes (for explanations and tests). */
    public Query toLucene(String query, SearchOptions options) throws QuerySyntaxException {
        return new SearchQueryBuilder(analyzer, translator, options.languages(), options.groups())
                .build(new UserQueryParser().parse(query));
    }

    private SearchResult search(String text, Query query, SearchOptions options) throws IOException {
        int wanted = options.offset() + options.limit();
        int depth = Math.max(50, wanted * options.passagesPerArticle() * 4);
        TopDocs top;
        Map<String, List<SearchResult.FacetCount>> facets = Map.of();
        if (options.facets() && facetState != null) {
            FacetsCollectorManager.FacetsResult result =
                    FacetsCollectorManager.search(searcher, query, depth, new FacetsCollectorManager());
            top = result.topDocs();
            facets = facets(result.facetsCollector());
        } else {
            top = searcher.search(query, depth);
        }
        Map<String, List<ScoreDoc>> byArticle = new LinkedHashMap<>();
        StoredFields stored = searcher.storedFields();
        Map<Integer, Document> fields = new LinkedHashMap<>();
        for (ScoreDoc hit : top.scoreDocs) {
            Document doc = stored.document(hit.doc, DISPLAY_FIELDS);
            fields.put(hit.doc, doc);
            byArticle.computeIfAbsent(doc.get(Fields.DOC_ID), k -> new ArrayList<>()).add(hit);
        }
        List<SearchResult.ArticleHit> articles = new ArrayList<>();
        int rank = 0;
        for (Map.Entry<String, List<ScoreDoc>> group : byArticle.entrySet()) {
            if (rank++ < options.offset()) {
                continue;
            }
            if (articles.size() == options.limit()) {
                break;
            }
            List<ScoreDoc> best = group.getValue().subList(0,
                    Math.min(options.passagesPerArticle(), group.getValue().size()));
            articles.add(article(group.getKey(), group.getValue().get(0).score,
                    passages.of(query, best, fields)));
        }
        return new SearchResult(text, top.totalHits.value, byArticle.size(), articles, facets);
    }

    private SearchResult.ArticleHit article(String docId, float score, List<SearchResult.PassageHit> hits)
            throws IOException {
        TopDocs front = searcher.search(new org.apache.lucene.search.BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.DOC_ID, docId)), org.apache.lucene.search.BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_ARTICLE)),
                        org.apache.lucene.search.BooleanClause.Occur.FILTER).build(), 1);
        String titleZh = null;
        String titleEn = null;
        Integer year = null;
        String doi = null;
        if (front.scoreDocs.length > 0) {
            Document doc = searcher.storedFields().document(front.scoreDocs[0].doc,
                    Set.of(Fields.TITLE_ZH, Fields.TITLE_EN, Fields.YEAR, Fields.DOI));
            titleZh = doc.get(Fields.TITLE_ZH);
            titleEn = doc.get(Fields.TITLE_EN);
            year = doc.getField(Fields.YEAR) == null ? null : doc.getField(Fields.YEAR).numericValue().intValue();
            doi = doc.get(Fields.DOI);
        }
        return new SearchResult.ArticleHit(docId, titleZh, titleEn, year, doi, score, hits);
    }

    private Map<String, List<SearchResult.FacetCount>> facets(FacetsCollector collector) throws IOException {
        Facets counts = new SortedSetDocValuesFacetCounts(facetState, collector);
        Set<String> indexed = new HashSet<>();
        facetState.getDims().forEach(indexed::add);
        List<String> dims = new ArrayList<>(Fields.ENTITY_FIELDS);
        dims.add(Fields.FACET_KEYWORD);
        dims.add(Fields.FACET_YEAR);
        Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
        for (String dim : dims) {
            if (!indexed.contains(dim)) {
                continue;
            }
            FacetResult result = counts.getTopChildren(FACET_TOP, dim);
            if (result == null) {
                continue;
            }
            List<SearchResult.FacetCount> values = new ArrayList<>();
            for (LabelAndValue lv : result.labelValues) {
                values.add(new SearchResult.FacetCount(lv.label, lv.value.intValue()));
            }
            out.put(dim, values);
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }
}
