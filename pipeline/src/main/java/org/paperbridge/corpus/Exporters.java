package org.paperbridge.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.paperbridge.text.TermDictionary;

/**
 * The exporters of a run, chosen by format name: "json" is the corpus itself (always written),
 * "tsv" the parallel pairs and the merged glossary, "tmx" the translation memory, "bioc" and
 * "conll" the NER training data.
 */
public final class Exporters {
    private Exporters() {
    }

    /** @param dictionary the Chinese terms the CoNLL export keeps whole (the lexicons', as the index) */
    public static List<Exporter> forFormats(List<String> formats, Path outDir, TermDictionary dictionary)
            throws IOException {
        List<Exporter> out = new ArrayList<>();
        if (formats.contains("tsv")) {
            out.add(new PairsTsvExporter(outDir));
            out.add(new GlossaryTsvExporter(outDir));
        }
        if (formats.contains("tmx")) {
            out.add(new TmxExporter(outDir));
        }
        if (formats.contains("bioc")) {
            out.add(new BioCExporter(outDir));
        }
        if (formats.contains("conll")) {
            out.add(new ConllExporter(outDir, dictionary));
        }
        return out;
    }

    /** Closes every exporter even when some fail; the first failure is thrown, the others suppressed in it. */
    public static void closeAll(List<? extends AutoCloseable> exporters, IOException earlier) throws IOException {
        IOException failure = earlier;
        for (AutoCloseable e : exporters) {
            try {
                e.close();
            } catch (Exception ex) {
                IOException io = ex instanceof IOException x ? x : new IOException(ex);
                if (failure == null) {
                    failure = io;
                } else {
                    failure.addSuppressed(io);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
