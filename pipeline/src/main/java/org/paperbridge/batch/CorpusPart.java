package org.paperbridge.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.paperbridge.io.Json;

/**
 * An output folder read as one part of a merge: the manifest of its last complete run (code
 * version, inputs, shard, one entry per source) and its errors.jsonl. Its articles stay in
 * {@code docs/} and are read one at a time.
 */
record CorpusPart(Path dir, String codeVersion, RunScope scope, List<ManifestEntry> entries,
                  List<ErrorRecord> errors) {
    CorpusPart {
        entries = List.copyOf(entries);
        errors = List.copyOf(errors);
    }

    /** Thrown when a folder is not a finished output folder; the message says what to do. */
    static final class NotAPartException extends Exception {
        private static final long serialVersionUID = 1L;

        NotAPartException(Path dir, String why) {
            super(dir + ": " + why);
        }
    }

    /** Reads the folder of a finished run (its committed generation, resolved once). */
    static CorpusPart read(Path folder) throws NotAPartException {
        Path dir = Generation.committed(folder);
        Path manifest = dir.resolve(Manifest.FILE);
        if (!Files.isRegularFile(manifest)) {
            throw new NotAPartException(folder, "no " + Manifest.FILE + "; not the output folder of a paperbridge run");
        }
        try {
            JsonNode root = Json.MAPPER.readTree(manifest.toFile());
            if (!root.path("summary").path("complete").asBoolean(false)) {
                throw new NotAPartException(dir, "its last run did not finish (" + Manifest.FILE
                        + " is a checkpoint); run it again before merging");
            }
            List<ManifestEntry> entries = new ArrayList<>();
            for (JsonNode n : root.path("sources")) {
                entries.add(Json.MAPPER.treeToValue(n, ManifestEntry.class));
            }
            List<String> inputs = new ArrayList<>();
            root.path("inputs").forEach(n -> inputs.add(n.asText()));
            JsonNode s = root.path("shard");
            Shard shard = s.isObject() ? new Shard(s.path("index").asInt(), s.path("count").asInt()) : null;
            return new CorpusPart(dir, root.path("codeVersion").asText(null), new RunScope(inputs, shard), entries,
                    readErrors(dir.resolve("errors.jsonl")));
        } catch (IOException | IllegalArgumentException e) {
            throw new NotAPartException(dir, "cannot read " + Manifest.FILE + " or errors.jsonl: " + e.getMessage());
        }
    }

    private static List<ErrorRecord> readErrors(Path file) throws IOException {
        List<ErrorRecord> out = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(Json.MAPPER.readValue(line, ErrorRecord.class));
            }
        }
        return out;
    }

    /** The output folder as the user named it (the generation's parent). */
    Path folder() {
        Path name = dir.getFileName();
        return name != null && name.toString().startsWith(Generation.PREFIX) && dir.getParent() != null
                ? dir.getParent() : dir;
    }

    /** {@code docs/<id>.json} of this part. */
    Path doc(String docId) {
        return dir.resolve("docs").resolve(docId + ".json");
    }

    /**
     * Where a source of this part sorts in the merge: its path, moved from under this part's k-th
     * input to under the reference's k-th input when the two runs named as many inputs. Parts run
     * over the same tree mounted at different places thus sort as one run on the reference's layout.
     */
    Path orderKey(String path, List<String> referenceInputs) {
        Path p = Path.of(path).normalize();
        List<String> mine = scope.inputs();
        if (mine.size() != referenceInputs.size()) {
            return p;
        }
        for (int k = 0; k < mine.size(); k++) {
            Path root = Path.of(mine.get(k)).normalize();
            Path ref = Path.of(referenceInputs.get(k)).normalize();
            if (p.equals(root)) {
                return ref;
            }
            if (root.toString().isEmpty() && !p.isAbsolute()) {
                return ref.resolve(p);
            }
            if (p.startsWith(root)) {
                return ref.resolve(root.relativize(p));
            }
        }
        return p;
    }
}
