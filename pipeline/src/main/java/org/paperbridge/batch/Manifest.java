package org.paperbridge.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.paperbridge.align.FittedLengthModel;
import org.paperbridge.io.AtomicFiles;
import org.paperbridge.io.Json;

/**
 * {@code manifest.json}: the outcome of every source of the last run (or of the part of it done
 * before a crash), keyed by path, and the code version that produced it. A re-run reads it to know
 * which sources it may skip.
 */
public final class Manifest {
    public static final String FILE = "manifest.json";

    private final String codeVersion;
    private final Map<String, ManifestEntry> byPath;
    private final FittedLengthModel lengthModel;

    private Manifest(String codeVersion, Map<String, ManifestEntry> byPath, FittedLengthModel lengthModel) {
        this.codeVersion = codeVersion;
        this.byPath = byPath;
        this.lengthModel = lengthModel;
    }

    /** An empty manifest: nothing may be skipped. */
    public static Manifest empty() {
        return new Manifest(null, Map.of(), null);
    }

    /** Reads {@code outDir/manifest.json}; a missing or unreadable file is an empty manifest (all is redone). */
    public static Manifest read(Path outDir) {
        Path file = outDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        try {
            JsonNode root = Json.MAPPER.readTree(file.toFile());
            Map<String, ManifestEntry> entries = new HashMap<>();
            for (JsonNode n : root.path("sources")) {
                ManifestEntry e = Json.MAPPER.treeToValue(n, ManifestEntry.class);
                entries.put(e.path(), e);
            }
            JsonNode lengths = root.path("lengthModel");
            FittedLengthModel model = lengths.isObject() ? Json.MAPPER.treeToValue(lengths, FittedLengthModel.class) : null;
            return new Manifest(root.path("codeVersion").asText(null), entries, model);
        } catch (IOException | RuntimeException e) {
            return empty();
        }
    }

    /** The entry of {@code path} when it was produced by the same code, else null. */
    public ManifestEntry entryFor(String path, String currentCodeVersion) {
        if (codeVersion == null || !codeVersion.equals(currentCodeVersion)) {
            return null;
        }
        return byPath.get(path);
    }

    /** The ids of the articles this output held (sources that were ok), whatever code made them. */
    public java.util.Set<String> articleIds() {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        for (ManifestEntry e : byPath.values()) {
            if (ManifestEntry.OK.equals(e.status()) && e.docId() != null) {
                ids.add(e.docId());
            }
        }
        return ids;
    }

    /** Writes a manifest atomically. */
    static void write(Path outDir, String codeVersion, Summary summary, List<ManifestEntry> entries)
            throws IOException {
        write(outDir, codeVersion, RunScope.UNKNOWN, summary, entries);
    }

    /** Writes a manifest atomically, with the inputs and shard of the run. */
    static void write(Path outDir, String codeVersion, RunScope scope, Summary summary, List<ManifestEntry> entries)
            throws IOException {
        write(outDir, codeVersion, scope, null, summary, entries);
    }

    /** The length model the previous run aligned with, when it was produced by the same code, else null. */
    public FittedLengthModel lengthModel(String currentCodeVersion) {
        return codeVersion != null && codeVersion.equals(currentCodeVersion) ? lengthModel : null;
    }

    /**
     * Writes a manifest atomically, with the inputs and shard of the run and the length model it
     * aligned with ({@code lengthModel} may be null: a run that does not align).
     */
    static void write(Path outDir, String codeVersion, RunScope scope, FittedLengthModel lengthModel, Summary summary,
                      List<ManifestEntry> entries) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("complete", summary != null);
        if (summary != null) {
            s.put("ok", summary.ok());
            s.put("failed", summary.failed());
            s.put("duplicates", summary.duplicates());
            s.put("skipped", summary.skipped());
            s.put("seconds", Math.round(summary.seconds() * 1000) / 1000.0);
        }
        m.put("summary", s);
        m.put("codeVersion", codeVersion);
        m.put("inputs", scope.inputs());
        if (scope.shard() != null) {
            Map<String, Object> shard = new LinkedHashMap<>();
            shard.put("index", scope.shard().index());
            shard.put("count", scope.shard().count());
            m.put("shard", shard);
        }
        if (lengthModel != null) {
            m.put("lengthModel", lengthModel);
        }
        m.put("sources", entries);
        AtomicFiles.write(outDir.resolve(FILE), Json.PRETTY.writeValueAsBytes(m));
    }
}
