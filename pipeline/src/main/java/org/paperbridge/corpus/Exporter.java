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
     * Takes back the article this export accepted {@code ordinal}-th (counted from 0 over this
     * run's accepts), given again as {@code article}: a copy found worse than a copy accepted later.
     * The export must end as if it had never been accepted. Called on the ordered writer's thread,
     * before {@link #close()}; rare (only when a later copy of an article is the better one), so it
     * may cost what it must, but nothing may be paid in advance for it beyond keeping its place.
     */
    default void withdraw(int ordinal, Article article) throws IOException {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot take an article back");
    }

    /**
     * For an export fed out of corpus order (the index): the article {@code docId} it was given is
     * not in the corpus after all (every source of that id was a copy of another article). Called
     * once every article is in, before {@link #close()}.
     */
    default void withdraw(String docId) throws IOException {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot take an article back");
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
