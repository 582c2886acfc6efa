package org.paperbridge.corpus;

import org.paperbridge.io.Json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.hankcs.hanlp.HanLP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.paperbridge.model.Abstract;
import org.paperbridge.model.Article;
import org.paperbridge.model.Bilingual;
import org.paperbridge.model.Dates;
import org.paperbridge.model.Identifiers;

/**
 * Precision and recall of the pair dedup on planted copies: the gold sentence pairs of the 31 real
 * abstracts of fixtures/align-dev, each once, then for every third pair an exact copy, a copy that
 * differs in whitespace only, and a near copy (full-width punctuation and letters, other case,
 * traditional script), and for every fourth a hard negative that must stay (a number changed, a
 * word dropped). The normalization was chosen before this set was built; the figures are in the
 * README ("Training exports").
 */
class PairDedupEvaluationTest {
    private static final Path DEV = Path.of(System.getProperty("paperbridge.root", ".."))
            .resolve("fixtures/align-dev/abstracts.jsonl");

    private record Planted(String kind, String zh, String en) {
    }

    @Test
    void dropsEveryPlantedCopyAndNoDistinctPair(@TempDir Path out) throws Exception {
        List<String[]> base = new ArrayList<>();
        for (String line : Files.readAllLines(DEV)) {
            JsonNode a = Json.MAPPER.readTree(line);
            for (JsonNode bead : a.get("gold")) {
                if (bead.get("zh").isEmpty() || bead.get("en").isEmpty()) {
                    continue;
                }
                base.add(new String[] {join(a.get("zh_sentences"), bead.get("zh"), ""),
                        join(a.get("en_sentences"), bead.get("en"), " ")});
            }
        }
        List<Planted> all = new ArrayList<>();
        for (String[] p : base) {
            all.add(new Planted("original", p[0], p[1]));
        }
        for (int i = 0; i < base.size(); i++) {
            String zh = base.get(i)[0];
            String en = base.get(i)[1];
            if (i % 3 == 0) {
                all.add(new Planted("exact", zh, en));
                all.add(new Planted("whitespace", " " + zh.replace("，", "， ") + "\n", en.replace(" ", "  ") + " "));
                all.add(new Planted("near", HanLP.convertToTraditionalChinese(toFullWidth(zh)),
                        en.toUpperCase(Locale.ROOT).replace(",", " ,").replace(".", "。")));
            }
            if (i % 4 == 0) {
                String changed = otherFirstDigit(en);
                String dropped = en.replaceFirst(" \\w+ ", " ");
                all.add(new Planted("negative", zh, changed.equals(en) ? en + " again" : changed));
                all.add(new Planted("negative", zh, dropped.equals(en) ? "In short, " + en : dropped));
            }
        }
        Map<String, int[]> byKind = new LinkedHashMap<>(); // kind -> {planted, dropped}
        try (ParallelExporter p = new ParallelExporter(out, Set.of("jsonl"), PairSelection.DEFAULT, Splits.DEFAULT)) {
            for (int i = 0; i < all.size(); i++) {
                Planted pl = all.get(i);
                p.accept(article("a" + i, pl.zh(), pl.en()));
            }
        }
        // Each article has one pair, its title: it was dropped when no row names the article.
        Set<String> written = new java.util.HashSet<>();
        for (String line : java.nio.file.Files.readAllLines(out.resolve("parallel/pairs.jsonl"))) {
            written.add(org.paperbridge.io.Json.MAPPER.readTree(line).get("doc").asText());
        }
        for (int i = 0; i < all.size(); i++) {
            int[] c = byKind.computeIfAbsent(all.get(i).kind(), k -> new int[2]);
            c[0]++;
            if (!written.contains("a" + i)) {
                c[1]++;
            }
        }
        int duplicates = 0;
        int droppedDuplicates = 0;
        StringBuilder report = new StringBuilder();
        for (Map.Entry<String, int[]> e : byKind.entrySet()) {
            report.append(String.format(Locale.ROOT, "%-10s %4d planted, %4d dropped%n", e.getKey(), e.getValue()[0],
                    e.getValue()[1]));
            if (Set.of("exact", "whitespace", "near").contains(e.getKey())) {
                duplicates += e.getValue()[0];
                droppedDuplicates += e.getValue()[1];
            }
        }
        int wronglyDropped = byKind.get("original")[1] + byKind.get("negative")[1];
        double precision = droppedDuplicates / (double) (droppedDuplicates + wronglyDropped);
        double recall = droppedDuplicates / (double) duplicates;
        System.out.printf(Locale.ROOT, "pair dedup on planted copies: precision %.3f, recall %.3f%n%s", precision,
                recall, report);
        assertTrue(base.size() > 100, "pairs of the 31 abstracts: " + base.size());
        assertEquals(0, wronglyDropped, report.toString());
        assertEquals(duplicates, droppedDuplicates, report.toString());
    }

    private static Article article(String id, String zh, String en) {
        return new Article(Article.SCHEMA_VERSION, id, null, new Bilingual(zh, en), List.of(), List.of(), Abstract.EMPTY,
                List.of(), Identifiers.EMPTY, Dates.EMPTY, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static String join(JsonNode sentences, JsonNode indices, String separator) {
        List<String> parts = new ArrayList<>();
        indices.forEach(i -> parts.add(sentences.get(i.asInt()).asText().strip()));
        return String.join(separator, parts);
    }

    /** The text with its first digit d made d + 1 (9 becomes 0): another number, the same words. */
    private static String otherFirstDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return s.substring(0, i) + (char) ('0' + (c - '0' + 1) % 10) + s.substring(i + 1);
            }
        }
        return s;
    }

    /** ASCII letters, digits and punctuation as their full-width forms, as some PDFs extract them. */
    private static String toFullWidth(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> sb.appendCodePoint(cp > 0x20 && cp < 0x7F ? cp + 0xFEE0 : cp));
        return sb.toString();
    }
}
