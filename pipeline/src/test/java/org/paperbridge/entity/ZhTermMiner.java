package org.paperbridge.entity;

import org.paperbridge.lang.Scripts;
import org.paperbridge.align.GlossaryExtractor;
import org.paperbridge.model.Entity;
import org.paperbridge.model.GlossaryEntry;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Mines Chinese names for the lexicon from real articles: the project's glossary miner finds the
 * 中文(English, ABBR) definitions of each article, the English side is tagged with the lexicons alone,
 * and a pair whose English is one whole entity gives the Chinese term that entity's type and id.
 * A Chinese term is kept when at least {@code MIN_DOCS} articles link it to the same id and that id
 * holds most of its links. Writes {@code zh, type, norm, db, id, docs} (gzip, mtime 0, sorted).
 * Run by scripts/mine_zh_terms.sh; input: a folder of Markdown/text articles, one per file.
 */
public final class ZhTermMiner {
    static final int MIN_DOCS = 2;

    private ZhTermMiner() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ZhTermMiner ARTICLE_DIR OUT.tsv.gz");
            System.exit(2);
        }
        EntityTagger english = new EntityTagger(Lexicon.load(), null);
        GlossaryExtractor miner = new GlossaryExtractor();
        Map<String, Map<String, Integer>> docsBySense = new TreeMap<>();
        Map<String, String[]> senses = new HashMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.sorted().toList();
        }
        for (Path f : files) {
            List<String> paragraphs = Files.readAllLines(f, StandardCharsets.UTF_8);
            Map<String, String> linked = new HashMap<>();
            for (GlossaryEntry g : miner.extract(paragraphs)) {
                String zh = g.zh();
                String en = g.en();
                if (zh == null || en == null || zh.codePointCount(0, zh.length()) < 2 || !Scripts.containsHan(zh)) {
                    continue;
                }
                List<Entity> tags = english.tag(en, "en", "glossary");
                if (tags.size() != 1 || tags.get(0).start() != 0 || tags.get(0).end() != en.codePointCount(0, en.length())
                        || tags.get(0).id() == null) {
                    continue;
                }
                Entity e = tags.get(0);
                String key = e.type() + "\t" + e.norm() + "\t" + e.db() + "\t" + e.id();
                senses.putIfAbsent(key, new String[]{e.type(), e.norm(), e.db(), e.id()});
                linked.put(zh, key);
            }
            linked.forEach((zh, key) -> docsBySense.computeIfAbsent(zh, k -> new TreeMap<>()).merge(key, 1, Integer::sum));
        }
        List<String> rows = new ArrayList<>();
        docsBySense.forEach((zh, byKey) -> {
            int total = byKey.values().stream().mapToInt(Integer::intValue).sum();
            Map.Entry<String, Integer> best = byKey.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            if (best.getValue() >= MIN_DOCS && 2 * best.getValue() > total) {
                rows.add(zh + "\t" + best.getKey() + "\t" + best.getValue());
            }
        });
        try (OutputStream raw = Files.newOutputStream(Path.of(args[1]));
             GZIPOutputStream gz = new GZIPOutputStream(raw);
             PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(gz, StandardCharsets.UTF_8))) {
            w.print("zh\ttype\tnorm\tdb\tid\tdocs\n");
            rows.forEach(r -> w.print(r + "\n"));
        }
        System.out.printf("%d articles, %d Chinese terms kept%n", files.size(), rows.size());
    }

}
