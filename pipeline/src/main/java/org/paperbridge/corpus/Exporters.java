package org.paperbridge.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The exporters of a run, chosen by format name ("json" is the corpus itself, always written). */
public final class Exporters {
    private Exporters() {
    }

    public static List<Exporter> forFormats(List<String> formats, Path outDir) throws IOException {
        List<Exporter> out = new ArrayList<>();
        return out;
    }
}
