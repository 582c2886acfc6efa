package org.paperbridge.corpus;

import java.io.IOException;

import org.paperbridge.model.Article;

/**
 * One output format written from the stream of articles of a run (TMX, TSV, BioC, CoNLL …).
 * Articles arrive in corpus order; {@link #close()} finishes the files and moves them into
 * place, so a run that dies before it leaves no half-written export behind.
 */
public interface Exporter extends AutoCloseable {
    void accept(Article article) throws IOException;

    /**
     * Work for one article that needs no order (tokenizing, serializing), done on a worker thread
     * before the article reaches {@link #accept(Article, Object)}; must be thread-safe. The default
     * does nothing.
     */
    default Object prepare(Article article) throws IOException {
        return null;
    }

    /** Adds one article with what {@link #prepare} made for it, or null when it was not run. */
    default void accept(Article article, Object prepared) throws IOException {
        accept(article);
    }

    /**
     * Called on each worker thread once the last article is accepted, before {@link #close()}:
     * for an export fed on the workers (the index), the work close would otherwise do on one thread
     * alone, done here side by side (the index writes its in-memory segments). Thread-safe; the
     * default does nothing.
     */
    default void drain() throws IOException {
    }

    /**
     * The articles this export could not take, known once it is closed; the runner reports each in
     * errors.jsonl. Local files either are written whole or fail the run, so the default is none.
     */
    default java.util.List<ExportFailure> failures() {
        return java.util.List.of();
    }

    @Override
    void close() throws IOException;
}
