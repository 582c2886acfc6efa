package org.paperbridge.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.paperbridge.text.TermDictionary;

/**
 * The exporters of a run, chosen by format name: "json" is the corpus itself (always written, with
 * its dataset card and schema files), "tsv" the parallel pairs and the merged glossary, "tmx" the
 * translation memory, "jsonl" the parallel pairs and NER sentences as JSON lines, "bioc" and
 * "conll" the NER training data.
 */
public final class Exporters {
    private Exporters() {
    }

    /** @param dictionary the Chinese terms the CoNLL export keeps whole (the lexicons', as the index) */
    public static List<Exporter> forFormats(List<String> formats, Path outDir, TermDictionary dictionary)
            throws IOException {
        return forFormats(formats, outDir, dictionary, ExportSettings.DEFAULT);
    }

    /** The exporters, the dataset card last: it reports what the others wrote once they are closed. */
    public static List<Exporter> forFormats(List<String> formats, Path outDir, TermDictionary dictionary,
                                            ExportSettings settings) throws IOException {
        List<Exporter> out = new ArrayList<>();
        Set<String> parallelFormats = new TreeSet<>(formats);
        parallelFormats.retainAll(Set.of("tsv", "tmx", "jsonl"));
        ParallelExporter parallel = null;
        if (!parallelFormats.isEmpty()) {
            parallel = new ParallelExporter(outDir, parallelFormats, settings.pairs(), settings.splits());
            out.add(parallel);
        }
        if (formats.contains("tsv")) {
            out.add(new GlossaryTsvExporter(outDir));
        }
        if (formats.contains("bioc")) {
            out.add(new BioCExporter(outDir));
        }
        if (formats.contains("conll") || formats.contains("jsonl")) {
            out.add(new ConllExporter(outDir, dictionary, formats.contains("conll"), formats.contains("jsonl"),
                    settings.splits()));
        }
        out.add(new DatasetCard(outDir, formats, settings.splits(), parallel));
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
