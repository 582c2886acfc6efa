package org.paperbridge.entity;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped English models and the lexicons they were trained from match
 * config/models/ner-models.sha256. The lexicon hints read every lexicon key, so a lexicon edited
 * without retraining leaves models that {@code train-ner} no longer rebuilds; this catches that
 * (and a model file replaced by hand) without the corpora. With the corpora,
 * scripts/check-ner-rebuild.sh retrains and compares the models themselves.
 */
class ShippedNerModelsTest {
    private static final String MANIFEST = "config/models/ner-models.sha256";
    private static final String RETRAIN = " — retrain (docs/ner.md, \"Training\") and update " + MANIFEST;

    @Test
    void modelsAndTheirTrainingLexiconsMatchTheManifest() throws Exception {
        Path root = repositoryRoot();
        Map<String, String> listed = new LinkedHashMap<>();
        for (String line : Files.readAllLines(root.resolve(MANIFEST))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                listed.put(line.substring(line.indexOf("  ") + 2), line.substring(0, line.indexOf("  ")));
            }
        }
        for (String file : Lexicon.FILES) {
            assertTrue(listed.containsKey("config/lexicons/" + file), "lexicon " + file + " not in " + MANIFEST + RETRAIN);
        }
        assertTrue(listed.keySet().stream().anyMatch(f -> f.endsWith("/en-gene.pbn.gz")), MANIFEST + " lists no model");
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (Map.Entry<String, String> e : listed.entrySet()) {
            String actual = HexFormat.of().formatHex(sha.digest(Files.readAllBytes(root.resolve(e.getKey()))));
            assertEquals(e.getValue(), actual, e.getKey() + " changed" + RETRAIN);
        }
    }

    /** The folder holding config/ (tests run in the module's folder). */
    private static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(MANIFEST))) {
                return p;
            }
        }
        throw new AssertionError(MANIFEST + " not found above " + Path.of("").toAbsolutePath());
    }
}
