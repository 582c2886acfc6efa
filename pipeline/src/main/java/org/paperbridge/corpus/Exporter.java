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

    @Override
    void close() throws IOException;
}
