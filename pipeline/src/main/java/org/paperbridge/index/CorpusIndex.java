package org.paperbridge.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.util.BytesRef;
import org.paperbridge.model.Article;
import org.paperbridge.text.TermDictionary;

/**
 * Writes articles into the Lucene index at a directory, incrementally: an article replaces its
 * earlier documents, {@link #retainOnly} drops deleted sources, and nothing is visible to readers
 * until {@link #commit()}, so a killed run leaves the last commit intact.
 */
public final class CorpusIndex implements Closeable {
    private final Directory directory;
    private final IndexWriter writer;
    private final ArticleDocuments documents;
    private final TermDictionary dictionary;
    private final Set<String> committedSources;

    private CorpusIndex(Directory directory, IndexWriter writer, TermDictionary dictionary,
                        Set<String> committedSources) {
        this.directory = directory;
        this.writer = writer;
        this.dictionary = dictionary;
        this.committedSources = committedSources;
        this.documents = new ArticleDocuments(Fields.facetsConfig());
    }

    /**
     * Opens (or creates) the index at {@code dir}. The segmenter's dictionary is {@code lexiconTerms}
     * plus the glossary and keyword terms already indexed; it stays fixed while the index is open,
     * so every document of one run is segmented alike.
     */
    public static CorpusIndex open(Path dir, Collection<String> lexiconTerms) throws IOException {
        return open(dir, TermDictionary.of(lexiconTerms));
    }

    /**
     * Opens (or creates) the index at {@code dir}, segmenting with {@code lexicon} itself while the
     * index holds no glossary or keyword terms yet (so the CoNLL export, which segments with the
     * same dictionary, and the index share each segmentation), else with the two together.
     */
    public static CorpusIndex open(Path dir, TermDictionary lexicon) throws IOException {
        Files.createDirectories(dir);
        // Plain file reads for writing: memory-mapped segments being merged count in the resident
        // set of a long batch (measured over 1 GB at 100,000 articles); searching still maps.
        Directory directory = new NIOFSDirectory(dir);
        List<String> vocabulary = new ArrayList<>();
        Set<String> sources = new HashSet<>();
        if (DirectoryReader.indexExists(directory)) {
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                vocabulary.addAll(CorpusVocabulary.read(reader).terms());
                sources.addAll(liveTerms(reader, Fields.SOURCE_KEY));
            }
        }
        TermDictionary dictionary = lexicon.with(vocabulary);
        IndexWriterConfig config = new IndexWriterConfig(IndexAnalyzers.create(dictionary));
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(64);
        try {
            return new CorpusIndex(directory, new IndexWriter(directory, config), dictionary, sources);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Number of Chinese terms the segmenter keeps whole. */
    public int dictionarySize() {
        return dictionary.size();
    }

    /** True when the last commit already holds this article from the same source bytes. */
    public boolean isCurrent(Article article) {
        return committedSources.contains(ArticleDocuments.sourceKey(article));
    }

    /** Adds the article, replacing whatever the index held under its id; safe to call from several threads. */
    public void index(Article article) throws IOException {
        writer.updateDocuments(new Term(Fields.DOC_ID, article.id()), documents.build(article));
    }

    /** Removes the documents of every article whose id is not in {@code docIds}; returns how many articles went. */
    public int retainOnly(Set<String> docIds) throws IOException {
        List<Term> gone = new ArrayList<>();
        for (String id : docIds()) {
            if (!docIds.contains(id)) {
                gone.add(new Term(Fields.DOC_ID, id));
            }
        }
        if (!gone.isEmpty()) {
            writer.deleteDocuments(gone.toArray(Term[]::new));
        }
        return gone.size();
    }

    /** The ids of the articles in the index, including uncommitted changes. */
    public Set<String> docIds() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            return liveTerms(reader, Fields.DOC_ID);
        }
    }

    /** The terms of {@code field} that at least one live document carries. */
    private static Set<String> liveTerms(DirectoryReader reader, String field) throws IOException {
        Set<String> values = new HashSet<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(field);
            if (terms == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            TermsEnum iterator = terms.iterator();
            for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
                PostingsEnum postings = iterator.postings(null, PostingsEnum.NONE);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        values.add(term.utf8ToString());
                        break;
                    }
                }
            }
        }
        return values;
    }

    /**
     * Writes the largest in-memory segment not being written already, on the calling thread; called
     * from several threads at once, they write several side by side. Returns false when none was left.
     */
    public boolean flushNextBuffer() throws IOException {
        return writer.flushNextBuffer();
    }

    /**
     * Merges the index into one segment. A search sets up every clause of its query once per
     * segment (a terms-dictionary seek per term, a scorer, a highlighter match set), and an expanded
     * query has hundreds of clauses: on a 3,304-article real index of 13 segments one segment cut
     * the query mix's CPU by half or more. It rewrites the whole index once, so it is asked for.
     */
    public void compact() throws IOException {
        writer.forceMerge(1);
    }

    /** Makes everything added so far durable and visible to new readers. */
    public void commit() throws IOException {
        writer.commit();
    }

    /** Commits and closes. */
    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } finally {
            directory.close();
        }
    }
}
