package org.paperbridge.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Scores a corpus of output articles against a folder of {@code <name>.gold.json} files: the
 * article made from a source whose file name starts with {@code <name>} is compared with that gold
 * (the rule of {@code check-docs}). A split file ({@code name TAB hash TAB part}) assigns each gold
 * to a part, {@code tune} or {@code check}, and can restrict the scoring to one part.
 */
public final class DocsEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final DocScorer scorer = new DocScorer();

    /** The gold files of a folder, by name, in name order. */
    public static Map<String, JsonNode> loadGold(Path goldDir) throws IOException {
        Map<String, JsonNode> gold = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.list(goldDir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".gold.json")).toList()) {
                String name = p.getFileName().toString();
                gold.put(name.substring(0, name.length() - ".gold.json".length()), JSON.readTree(p.toFile()));
            }
        }
        return gold;
    }

    /** name → part from a split file; lines starting with # are comments. */
    public static Map<String, String> loadSplit(Path split) throws IOException {
        Map<String, String> parts = new HashMap<>();
        for (String line : Files.readAllLines(split)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 3) {
                throw new IOException("split file " + split + ": expected name, hash and part, got: " + line);
            }
            parts.put(cols[0], cols[2].strip());
        }
        return parts;
    }

    /** The articles of an output folder's {@code docs/}. */
    public static List<JsonNode> loadArticles(Path outDir) throws IOException {
        Path docs = outDir.resolve("docs");
        if (!Files.isDirectory(docs)) {
            throw new IOException(outDir + " has no docs/ folder (not a PaperBridge output folder?)");
        }
        List<JsonNode> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(docs)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                articles.add(JSON.readTree(p.toFile()));
            }
        }
        return articles;
    }

    /**
     * Scores every gold of {@code gold} whose part is {@code part} (all when {@code part} is null;
     * a gold missing from {@code parts} is in part "-").
     */
    public List<DocScore> score(Map<String, JsonNode> gold, Map<String, String> parts, String part, List<JsonNode> articles) {
        List<DocScore> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> g : gold.entrySet()) {
            String p = parts.getOrDefault(g.getKey(), "-");
            if (part != null && !part.equals(p)) {
                continue;
            }
            JsonNode article = find(articles, g.getKey());
            if (article == null) {
                List<FieldResult> missing = scorer.score(g.getValue(), JSON.createObjectNode()).stream()
                        .map(f -> new FieldResult(f.field(), false, "no article", f.core())).toList();
                out.add(new DocScore(g.getKey(), p, false, missing));
            } else {
                out.add(new DocScore(g.getKey(), p, true, scorer.score(g.getValue(), article)));
            }
        }
        return out;
    }

    /** The article whose source file name starts with {@code name} (a gold file's stem), or null. */
    static JsonNode find(List<JsonNode> articles, String name) {
        for (JsonNode a : articles) {
            String path = a.path("source").path("path").asText("");
            String base = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
            if (base.startsWith(name)) {
                return a;
            }
        }
        return null;
    }
}
