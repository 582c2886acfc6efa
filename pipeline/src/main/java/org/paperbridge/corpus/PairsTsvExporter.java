package org.paperbridge.corpus;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.paperbridge.model.Article;

/**
 * Writes {@code parallel/pairs.tsv}: zh TAB en TAB kind TAB docId, one pair a line; tabs and line
 * breaks inside texts become spaces so every line has exactly four fields.
 */
public final class PairsTsvExporter implements Exporter {
    private final Writer out;

    public PairsTsvExporter(Path outputDir) throws IOException {
        this.out = new OutputStreamWriter(AtomicFiles.newOutputStream(outputDir.resolve("parallel").resolve("pairs.tsv")),
                StandardCharsets.UTF_8);
    }

    @Override
    public void accept(Article article) throws IOException {
        for (ParallelPair p : ParallelPair.of(article)) {
            out.write(field(p.zh()) + '\t' + field(p.en()) + '\t' + p.kind() + '\t' + field(p.docId()) + '\n');
        }
    }

    static String field(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n\\u2028\\u2029]+", " ");
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
