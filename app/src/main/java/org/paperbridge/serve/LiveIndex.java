package org.paperbridge.serve;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.paperbridge.index.CorpusIndex;
import org.paperbridge.index.QuerySyntaxException;
import org.paperbridge.index.SearchOptions;
import org.paperbridge.index.SearchResult;
import org.paperbridge.index.Searcher;
import org.paperbridge.model.Article;

/**
 * The index the service searches, kept current while it serves: searches share one open
 * {@link Searcher}; an article added by an upload is committed and a new searcher swapped in, and
 * when the index path leads elsewhere (a {@code run} committed a new generation of the output
 * folder) the new one is opened. A replaced searcher closes when its last search returns.
 */
final class LiveIndex implements Closeable {
    /** How often, at most, a search checks whether the index path now leads to another folder. */
    private static final long RECHECK_NANOS = 2_000_000_000L;

    private final Path path;
    private final ServiceParts parts;
    private volatile Opened current;
    private volatile long checkedAt;
    /** Counts the searchers swapped in: cached results of an earlier one are never used. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    private CorpusIndex writer; // guarded by this; opened by the first upload that asks to be indexed

    /** A searcher and the folder it reads, counted by the searches using it. */
    private static final class Opened {
        final Path dir;
        final Searcher searcher;
        private final AtomicInteger users = new AtomicInteger(1); // the LiveIndex's own hold

        Opened(Path dir, Searcher searcher) {
            this.dir = dir;
            this.searcher = searcher;
        }

        boolean acquire() {
            for (int n = users.get(); n > 0; n = users.get()) {
                if (users.compareAndSet(n, n + 1)) {
                    return true;
                }
            }
            return false; // closed meanwhile: the caller takes the newer one
        }

        void release() throws IOException {
            if (users.decrementAndGet() == 0) {
                searcher.close();
            }
        }
    }

    LiveIndex(Path path, ServiceParts parts) throws IOException {
        this.path = path;
        this.parts = parts;
        this.current = open();
        this.checkedAt = System.nanoTime();
    }

    /** The folder the index path leads to now, or null when there is no index there. */
    private Path resolved() throws IOException {
        if (!Files.isDirectory(path)) {
            return null;
        }
        Path real = path.toRealPath();
        try (FSDirectory directory = FSDirectory.open(real)) {
            return DirectoryReader.indexExists(directory) ? real : null;
        }
    }

    private Opened open() throws IOException {
        Path dir = resolved();
        return dir == null ? null : new Opened(dir, parts.openSearcher(dir));
    }

    boolean exists() {
        return current != null;
    }

    SearchResult search(String query, SearchOptions options) throws QuerySyntaxException, IOException {
        while (true) {
            Opened opened = current;
            if (opened == null) {
                throw new ApiException(503, "no index at " + path.getFileName()
                        + " yet (build one with: paperbridge run, or POST /api/process?index=true)");
            }
            if (!opened.acquire()) {
                continue;
            }
            try {
                return opened.searcher.search(query, options);
            } finally {
                opened.release();
            }
        }
    }

    /** Opens the index anew when its path leads elsewhere now; checked at most every two seconds. */
    void refreshIfMoved() throws IOException {
        long now = System.nanoTime();
        if (now - checkedAt < RECHECK_NANOS) {
            return;
        }
        checkedAt = now;
        Path dir = resolved();
        Opened opened = current;
        if (dir != null && (opened == null || !dir.equals(opened.dir))) {
            synchronized (this) {
                if (current == opened) {
                    closeWriter();
                    swap(new Opened(dir, parts.openSearcher(dir)));
                }
            }
        }
    }

    /**
     * Adds the article to the index, visible to the next search; false (and nothing written) when
     * the index already holds an article of that id.
     */
    synchronized boolean add(Article article) throws IOException {
        if (writer == null) {
            Path dir = current != null ? current.dir : path;
            Files.createDirectories(dir);
            writer = parts.openWriter(dir);
        }
        if (writer.docIds().contains(article.id())) {
            return false;
        }
        writer.index(article);
        writer.commit();
        Path dir = path.toRealPath();
        swap(new Opened(dir, parts.openSearcher(dir)));
        return true;
    }

    /** Which searcher answers now; changes whenever another is swapped in. */
    long generation() {
        return generation.get();
    }

    private void swap(Opened next) throws IOException {
        Opened old = current;
        current = next;
        generation.incrementAndGet();
        if (old != null) {
            old.release();
        }
    }

    private void closeWriter() throws IOException {
        if (writer != null) {
            CorpusIndex w = writer;
            writer = null;
            w.close();
        }
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            closeWriter();
        } finally {
            swap(null);
        }
    }
}
