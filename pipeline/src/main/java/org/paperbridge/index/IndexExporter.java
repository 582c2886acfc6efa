package org.paperbridge.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.paperbridge.corpus.Exporter;
import org.paperbridge.model.Article;
import org.paperbridge.text.TermDictionary;

/**
 * The index as one export of a run: articles whose source is unchanged are skipped, changed ones
 * replaced, and on close the articles the run did not see are removed (the index mirrors the run's
 * corpus), then all is committed at once.
 */
public final class IndexExporter implements Exporter {
    private final CorpusIndex index;
    private final boolean removeUnseen;
    private final boolean compact;
    // accept may run on several worker threads at once (CorpusIndex.index is thread-safe).
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    /** An index at {@code dir} that mirrors the run, with no lexicon terms. */
    public IndexExporter(Path dir) throws IOException {
        this(dir, List.of(), true);
    }

    /**
     * @param lexiconTerms words the Chinese segmenter keeps whole (entity lexicon entries)
     * @param removeUnseen whether articles absent from this run are deleted on close
     */
    public IndexExporter(Path dir, Collection<String> lexiconTerms, boolean removeUnseen) throws IOException {
        this(dir, TermDictionary.of(lexiconTerms), removeUnseen);
    }

    /** @param lexicon the lexicons' Chinese terms, the dictionary the CoNLL export segments with too */
    public IndexExporter(Path dir, TermDictionary lexicon, boolean removeUnseen) throws IOException {
        this(dir, lexicon, removeUnseen, false);
    }

    /** @param compact whether the index is merged into one segment on close ({@link CorpusIndex#compact}) */
    public IndexExporter(Path dir, TermDictionary lexicon, boolean removeUnseen, boolean compact) throws IOException {
        this.index = CorpusIndex.open(dir, lexicon);
        this.removeUnseen = removeUnseen;
        this.compact = compact;
    }

    @Override
    public void accept(Article article) throws IOException {
        seen.add(article.id());
        if (!index.isCurrent(article)) {
            index.index(article);
        }
    }

    /** The article is not in the corpus after all: it is removed on close, unless fed again. */
    @Override
    public void withdraw(String docId) {
        seen.remove(docId);
    }

    /** Writes one of the writer's in-memory segments on the calling thread, so close has less to flush. */
    @Override
    public void drain() throws IOException {
        index.flushNextBuffer();
    }

    @Override
    public void close() throws IOException {
        try {
            if (removeUnseen) {
                index.retainOnly(seen);
            }
            if (compact) {
                index.compact();
            }
        } finally {
            index.close();
        }
    }
}
