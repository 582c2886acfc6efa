package org.paperbridge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Searches a corpus index: BM25 over the text fields with group boosts, matches grouped by article
 * with highlighted passages, optional facet counts per article. Open once, search many times
 * (analyzers, vocabulary and article blocks are built at open); thread-safe.
 */
public final class Searcher implements CorpusSearch {
    /** Values listed per facet dimension. */
    public static final int FACET_TOP = 10;
    private static final Set<String> FRONT_FIELDS = Set.of(Fields.DOC_ID, Fields.TITLE_ZH, Fields.TITLE_EN,
            Fields.YEAR, Fields.DOI_TEXT);
    /** Matches counted while ranking; beyond, ranking may skip what cannot enter the top (totals are then counted apart). */
    public static final int TOTAL_HITS_THRESHOLD = 1000;
    /** Hits fetched at first, and at most, while looking for enough distinct articles for the page asked. */
    public static final int MIN_DEPTH = 100;
    public static final int MAX_DEPTH = 100_000;

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final CorpusQueries queries;
    private final SortedSetDocValuesReaderState facetState;
    private final Passages passages;
    private final ArticleBlocks blocks;
    /**
     * Article ids by front-matter document, from the indexed id terms at open: ids break score
     * ties on every page, and reading them from stored fields cost a decompressed block per tied
     * article (~10% of a search's CPU on an index whose front matters tie).
     */
    private final String[] articleIds;

    private Searcher(Directory directory, DirectoryReader reader, Collection<String> lexiconTerms,
                     TermTranslator lexicon) throws IOException {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity());
        this.queries = new CorpusQueries(lexiconTerms, lexicon, CorpusVocabulary.read(reader));
        this.facetState = facetState(reader);
        this.passages = new Passages(searcher, queries.analyzer());
        this.blocks = new ArticleBlocks(reader);
        this.articleIds = articleIds(reader);
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
    @Override
    public SearchResult search(String query, SearchOptions options) throws QuerySyntaxException, IOException {
        return search(query, queries.parse(query, options), options);
    }

    /** The Lucene query a user query becomes (for explanations and tests). */
    public Query toLucene(String query, SearchOptions options) throws QuerySyntaxException {
        return queries.parse(query, options);
    }

    private SearchResult search(String text, Query query, SearchOptions options) throws IOException {
        int wanted = options.offset() + options.limit();
        int depth = options.firstDepth(MIN_DEPTH, MAX_DEPTH);
        TopDocs top;
        ArticleGroups<Integer, ScoreDoc> groups;
        while (true) {
            // Counting stops at TOTAL_HITS_THRESHOLD, so block-max scoring can skip what cannot enter the top.
            top = searcher.search(query, new TopScoreDocCollectorManager(depth, null, TOTAL_HITS_THRESHOLD));
            // Keyed by the article's front-matter document.
            groups = new ArticleGroups<>(List.of(top.scoreDocs), hit -> blocks.articleOf(hit.doc), hit -> hit.score);
            if (groups.size() >= wanted || top.scoreDocs.length < depth || depth >= MAX_DEPTH) {
                break;
            }
            depth = Math.min(MAX_DEPTH, depth * 4); // a few articles hold most hits: look deeper for the page asked
        }
        boolean exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO && top.scoreDocs.length < depth;
        long totalPassages = top.totalHits.value;
        int totalArticles = groups.size();
        if (!exact) {
            // Ranking stopped counting; one pass without scores counts passages and articles exactly.
            MatchTotals totals = MatchTotals.count(searcher, query, blocks);
            totalPassages = totals.passages();
            totalArticles = totals.articles();
            exact = true;
        }
        StoredFields stored = searcher.storedFields();
        List<ArticleGroups.Group<Integer, ScoreDoc>> page;
        try {
            page = groups.page(options.offset(), options.limit(), options.passagesPerArticle(),
                    doc -> articleId(stored, doc));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<ScoreDoc> shown = new ArrayList<>();
        for (ArticleGroups.Group<Integer, ScoreDoc> group : page) {
            shown.addAll(group.shown());
        }
        Map<Integer, SearchResult.PassageHit> passageHits = passages.of(query, shown, blocks::isArticle);
        List<SearchResult.ArticleHit> articles = new ArrayList<>();
        for (ArticleGroups.Group<Integer, ScoreDoc> group : page) {
            List<SearchResult.PassageHit> hits = new ArrayList<>();
            for (ScoreDoc hit : group.shown()) {
                hits.add(passageHits.get(hit.doc));
            }
            articles.add(article(group.article(), group.score(), hits));
        }
        Map<String, List<SearchResult.FacetCount>> facets =
                options.facets() && facetState != null ? facets(query) : Map.of();
        return new SearchResult(text, totalPassages, totalArticles, exact, articles, facets);
    }

    private static String[] articleIds(DirectoryReader reader) throws IOException {
        String[] ids = new String[reader.maxDoc()];
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(Fields.DOC_ID);
            if (terms == null) {
                continue;
            }
            TermsEnum each = terms.iterator();
            PostingsEnum docs = null;
            for (BytesRef id = each.next(); id != null; id = each.next()) {
                String text = id.utf8ToString();
                docs = each.postings(docs, PostingsEnum.NONE);
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    ids[leaf.docBase + doc] = text;
                }
            }
        }
        return ids;
    }

    /** The article id of a front-matter document. */
    private String articleId(StoredFields stored, int doc) {
        String id = articleIds[doc];
        if (id != null) {
            return id;
        }
        try {
            return stored.document(doc, Set.of(Fields.DOC_ID)).get(Fields.DOC_ID);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SearchResult.ArticleHit article(int articleDoc, float score, List<SearchResult.PassageHit> hits)
            throws IOException {
        Document doc = searcher.storedFields().document(articleDoc, FRONT_FIELDS);
        IndexableField year = doc.getField(Fields.YEAR);
        return new SearchResult.ArticleHit(doc.get(Fields.DOC_ID), doc.get(Fields.TITLE_ZH), doc.get(Fields.TITLE_EN),
                year == null ? null : year.numericValue().intValue(), doc.get(Fields.DOI_TEXT), score, hits);
    }

    /** Facet values of the matching articles, each article counted once (values are on the article documents). */
    private Map<String, List<SearchResult.FacetCount>> facets(Query query) throws IOException {
        return facets(searcher.search(CorpusQueries.matchingArticles(query), new FacetsCollectorManager()));
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
            if (result == null || result.labelValues.length == 0) {
                continue; // only dimensions with a value among the matches
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
