package org.paperbridge.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder of entity gold (fixtures/ner-zh layout): {@code gold/<id>.json} with the part and the
 * mentions as code-point offsets, {@code text/<id>.txt} with the passage the offsets point into.
 */
public final class EntityGold {
    /** One annotated mention; {@code id} is null where the gold has no identifier. */
    public record Mention(int start, int end, String type, String id) {
    }

    /** One passage: its text and its gold mentions. */
    public record Passage(String id, String part, String text, List<Mention> mentions) {
    }

    private EntityGold() {
    }

    /**
     * Loads every passage of {@code dir} whose part is {@code part} (all when null).
     *
     * @throws IOException naming the file when a gold file is unreadable or its text is missing
     */
    public static List<Passage> load(Path dir, String part) throws IOException {
        Path goldDir = dir.resolve("gold");
        if (!Files.isDirectory(goldDir)) {
            throw new IOException(dir + " has no gold/ folder");
        }
        ObjectMapper json = new ObjectMapper();
        List<Path> files;
        try (Stream<Path> s = Files.list(goldDir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        List<Passage> out = new ArrayList<>();
        for (Path f : files) {
            JsonNode doc;
            try {
                doc = json.readTree(f.toFile());
            } catch (IOException e) {
                throw new IOException(f + ": not JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
            }
            String id = doc.path("id").asText(null);
            if (id == null || !doc.path("mentions").isArray()) {
                throw new IOException(f + ": needs \"id\" and \"mentions\"");
            }
            String p = doc.path("part").asText("-");
            if (part != null && !part.equals(p)) {
                continue;
            }
            Path textFile = dir.resolve("text").resolve(id + ".txt");
            if (!Files.isRegularFile(textFile)) {
                throw new IOException(textFile + " is missing (fixtures/ner-zh/README.md says how to rebuild the texts)");
            }
            String text = Files.readString(textFile, StandardCharsets.UTF_8);
            int length = text.codePointCount(0, text.length());
            List<Mention> mentions = new ArrayList<>();
            for (JsonNode m : doc.get("mentions")) {
                int start = m.path("start").asInt(-1);
                int end = m.path("end").asInt(-1);
                if (start < 0 || end <= start || end > length || !m.hasNonNull("type")) {
                    throw new IOException(f + ": mention " + m + " lies outside the text or has no type");
                }
                mentions.add(new Mention(start, end, m.get("type").asText(), m.path("id").isTextual() ? m.get("id").asText() : null));
            }
            out.add(new Passage(id, p, text, List.copyOf(mentions)));
        }
        return out;
    }
}
