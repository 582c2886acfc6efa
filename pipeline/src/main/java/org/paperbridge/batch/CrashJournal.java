package org.paperbridge.batch;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.paperbridge.io.Json;

/**
 * Which sources were being worked on, written before each starts and after it ends, so that a
 * source that takes the whole process down (the kernel's out-of-memory killer, kill -9) is known
 * on restart. Sources left started by a dead run are suspects; the next run works on each suspect
 * alone, so if the process dies again, the one source in progress is the cause: it is recorded as
 * failed and skipped until its bytes change. Lines are appended unbuffered: they survive the
 * process (not the machine), which is what the journal is for.
 */
final class CrashJournal implements AutoCloseable {
    static final String FILE = ".paperbridge-journal.jsonl";
    static final String STAGE = "crash";

    private final Path file;
    private final OutputStream out;
    /** Sources that brought a run down while alone, path to sha256. */
    private final Map<String, String> culprits;
    private final Set<String> suspects;

    private CrashJournal(Path file, OutputStream out, Map<String, String> culprits, Set<String> suspects) {
        this.file = file;
        this.out = out;
        this.culprits = culprits;
        this.suspects = suspects;
    }

    /** Reads what earlier runs left in {@code outDir}'s journal and starts this run's, carrying the culprits over. */
    static CrashJournal open(Path outDir) throws IOException {
        Path file = outDir.resolve(FILE);
        Map<String, String> culprits = new LinkedHashMap<>();
        Map<String, JsonNode> open = new LinkedHashMap<>();
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                JsonNode n;
                try {
                    n = Json.MAPPER.readTree(line);
                } catch (IOException e) {
                    continue; // the last line of a killed run may be cut short
                }
                if (n == null) {
                    continue;
                }
                if (n.has("culprit")) {
                    culprits.put(n.get("culprit").asText(), n.path("sha256").asText());
                } else if (n.has("start")) {
                    open.put(n.get("start").asText(), n);
                } else if (n.has("end")) {
                    open.remove(n.get("end").asText());
                }
            }
        }
        Set<String> suspects = new LinkedHashSet<>();
        for (Map.Entry<String, JsonNode> e : open.entrySet()) {
            if (e.getValue().path("alone").asBoolean(false)) {
                culprits.put(e.getKey(), e.getValue().path("sha256").asText());
            } else {
                suspects.add(e.getKey());
            }
        }
        OutputStream out = new FileOutputStream(file.toFile());
        CrashJournal journal = new CrashJournal(file, out, culprits, suspects);
        for (Map.Entry<String, String> c : culprits.entrySet()) {
            journal.append(Map.of("culprit", c.getKey(), "sha256", c.getValue()));
        }
        for (String s : suspects) {
            // Still suspects if this run dies before it gets to them.
            journal.append(Map.of("start", s, "sha256", "", "alone", false));
        }
        return journal;
    }

    /** Whether a run that died among others left {@code path} in progress: it is to be worked on alone. */
    boolean isSuspect(String path) {
        return suspects.contains(path);
    }

    /** Whether {@code path} with these bytes brought a run down on its own. */
    boolean isCulprit(String path, String sha256) {
        return sha256.equals(culprits.get(path));
    }

    static String message() {
        return "the process died while working on this file alone (killed by the system, e.g. out of memory, "
                + "or by a signal) in an earlier run; skipped until the file changes (--force retries it)";
    }

    void started(String path, String sha256, boolean alone) {
        Map<String, Object> m = new HashMap<>();
        m.put("start", path);
        m.put("sha256", sha256);
        m.put("alone", alone);
        append(m);
    }

    void ended(String path) {
        append(Map.of("end", path));
    }

    private synchronized void append(Map<String, ?> record) {
        try {
            out.write(Json.LINE.writeValueAsBytes(record));
            out.write('\n');
        } catch (IOException e) {
            // A journal that cannot be written only loses crash detection; the run itself goes on.
        }
    }

    /** Ends the journal of a run that committed: its outcomes are in the manifest now. */
    void discard() throws IOException {
        close();
        Files.deleteIfExists(file);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
