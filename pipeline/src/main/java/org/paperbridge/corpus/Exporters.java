package org.paperbridge.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The exporters of a run, chosen by format name: "json" is the corpus itself (always written),
 * "tsv" the parallel pairs and the merged glossary, "tmx" the translation memory, "bioc" and
 * "conll" the NER training data.
 */
public final class Exporters {
    private Exporters() {
    }

    public static List<Exporter> forFormats(List<String> formats, Path outDir) throws IOException {
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
            out.add(new ConllExporter(outDir));
        }
        return out;
    }
}
