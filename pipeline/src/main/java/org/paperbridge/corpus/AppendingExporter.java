package org.paperbridge.corpus;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.paperbridge.model.Article;

/**
 * An ordered export that is one file with each article's share appended in corpus order. The share
 * is made and encoded by {@link #encode} in {@link #prepare}, on a worker thread, so the ordered
 * writer only appends bytes. The file lands on its name when closed.
 */
abstract class AppendingExporter implements Exporter {
    private final OutputStream out;

    AppendingExporter(Path target) throws IOException {
        this.out = new BufferedOutputStream(AtomicFiles.newOutputStream(target), 1 << 16);
    }

    /** The article's share of the file as UTF-8; must be thread-safe. */
    abstract byte[] encode(Article article);

    @Override
    public final Object prepare(Article article) {
        return encode(article);
    }

    @Override
    public final void accept(Article article) throws IOException {
        out.write(encode(article));
    }

    @Override
    public final void accept(Article article, Object prepared) throws IOException {
        out.write(prepared instanceof byte[] bytes ? bytes : encode(article));
    }

    /** Appends text that belongs to no article (a header or footer). */
    final void write(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
