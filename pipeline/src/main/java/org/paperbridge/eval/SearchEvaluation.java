package org.paperbridge.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.paperbridge.entity.BilingualTerms;
import org.paperbridge.entity.EntityTagger;
import org.paperbridge.entity.Lexicon;
import org.paperbridge.index.Fields;
import org.paperbridge.index.SearchLexicon;
import org.paperbridge.index.SearchOptions;
import org.paperbridge.index.SearchResult;
import org.paperbridge.index.Searcher;
import org.paperbridge.index.TermTranslator;
import org.paperbridge.io.Json;
import org.paperbridge.lang.Scripts;


/**
 * The judged-set evaluation (fixtures/search, docs/search.md "Judged evaluation"): nDCG@10 and P@5
 * of PaperBridge's search against BM25 on CJK bigrams and BM25 on SmartChinese words, over the
 * Chinese body paragraphs of one run, per third of the queries, for one part of the split.
 *
 * <pre>java … org.paperbridge.index.SearchEvaluation RUN_OUT fixtures/search tune|check|all</pre>
 */
public final class SearchEvaluation {
    private static final int DEPTH = 10;

    record JudgedQuery(String id, String third, String query) {
    }

    interface System {
        List<String> rank(String query) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: eval search RUN_OUT FIXTURES_SEARCH tune|check|all");
        }
        Path out = Path.of(args[0]);
        Path fixtures = Path.of(args[1]);
        String part = args[2];
        Map<String, String> split = table(fixtures.resolve("split.tsv"), 0, 1);
        List<JudgedQuery> queries = new ArrayList<>();
        for (String[] row : rows(fixtures.resolve("queries.tsv"))) {
            if (part.equals("all") || part.equals(split.get(row[0]))) {
                queries.add(new JudgedQuery(row[0], row[1], row[2]));
            }
        }
        Map<String, Map<String, Integer>> grades = new HashMap<>();
        for (String[] row : rows(fixtures.resolve("judgments.tsv"))) {
            if (!row[0].equals("query")) {
                grades.computeIfAbsent(row[0], k -> new HashMap<>()).put(row[1], Integer.parseInt(row[2]));
            }
        }
        Map<String, String> paragraphs = chineseParagraphs(out.resolve("docs"));
        java.lang.System.err.printf(Locale.ROOT, "%d queries (%s), %d Chinese paragraphs%n", queries.size(), part,
                paragraphs.size());

        Map<String, System> systems = new LinkedHashMap<>();
        BilingualTerms terms = BilingualTerms.load();
        // -Deval.expansion=lexicons: the lexicons' exact pairs only, as before issue #23; none: the corpus's own pairs only.
        String expansion = java.lang.System.getProperty("eval.expansion", "full");
        TermTranslator lexicon = switch (expansion) {
            case "lexicons" -> terms::translations;
            case "none" -> TermTranslator.none();
            default -> SearchLexicon.load(terms, new EntityTagger(Lexicon.load(), null));
        };
        java.lang.System.err.println("expansion: " + expansion);
        Searcher ours = Searcher.open(out.resolve("index"), terms.chinese(), lexicon);
        systems.put("PaperBridge", q -> oursRank(ours, q, paragraphs.keySet()));
        systems.put("BM25, CJK bigrams", baseline(new CJKAnalyzer(), paragraphs));
        systems.put("BM25, SmartChinese", baseline(new SmartChineseAnalyzer(), paragraphs));

        Map<String, Map<String, double[]>> sums = new LinkedHashMap<>(); // system -> third -> {ndcg, p5, n}
        StringBuilder perQuery = new StringBuilder();
        for (JudgedQuery q : queries) {
            Map<String, Integer> judged = grades.getOrDefault(q.id(), Map.of());
            perQuery.append(q.id()).append('\t').append(q.query());
            for (Map.Entry<String, System> system : systems.entrySet()) {
                List<String> ranked = system.getValue().rank(q.query());
                double ndcg = ndcg(ranked, judged);
                double p5 = precision(ranked, judged, 5);
                for (String third : List.of(q.third(), "all")) {
                    double[] s = sums.computeIfAbsent(system.getKey(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(third, k -> new double[3]);
                    s[0] += ndcg;
                    s[1] += p5;
                    s[2]++;
                }
                perQuery.append(String.format(Locale.ROOT, "\t%.3f", ndcg));
            }
            perQuery.append('\n');
        }
        ours.close();
        java.lang.System.out.println("per query nDCG@10 (" + String.join(", ", systems.keySet()) + "):");
        java.lang.System.out.print(perQuery);
        java.lang.System.out.println();
        java.lang.System.out.println("| system | third | queries | nDCG@10 | P@5 |");
        java.lang.System.out.println("|---|---|---|---|---|");
        for (String third : List.of("en", "zh", "mixed", "all")) {
            for (String system : systems.keySet()) {
                double[] s = sums.get(system).get(third);
                if (s != null) {
                    java.lang.System.out.printf(Locale.ROOT, "| %s | %s | %d | %.3f | %.3f |%n", system, third,
                            (int) s[2], s[0] / s[2], s[1] / s[2]);
                }
            }
        }
    }

    /**
     * Our paragraphs in the order {@code search} shows them: articles by rank, each with its best
     * passages (3, the default) in score order; front-matter passages are not judged units and are skipped.
     */
    private static List<String> oursRank(Searcher searcher, String query, Set<String> judgedUnits) throws Exception {
        String order = java.lang.System.getProperty("eval.order", "shown");
        int perArticle = order.equals("shown") ? SearchOptions.DEFAULT.passagesPerArticle() : 20;
        SearchResult result = searcher.search(query, new SearchOptions(50, 0, perArticle, Set.of("zh", "en"),
                Fields.GROUPS, false));
        List<Map.Entry<String, Float>> hits = new ArrayList<>();
        for (SearchResult.ArticleHit article : result.articles()) {
            for (SearchResult.PassageHit p : article.passages()) {
                String unit = article.docId() + "#" + p.paragraphId();
                if (p.paragraphId() != null && judgedUnits.contains(unit)) {
                    hits.add(Map.entry(unit, p.score()));
                }
            }
        }
        if (order.equals("score")) { // -Deval.order=score: every passage by its own score, articles ignored
            hits.sort((a, b) -> Float.compare(b.getValue(), a.getValue()));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(DEPTH, hits.size()); i++) {
            out.add(hits.get(i).getKey());
        }
        return out;
    }

    /** BM25 over the same paragraphs in one field analyzed by {@code analyzer}; the query's words OR'ed. */
    private static System baseline(Analyzer analyzer, Map<String, String> paragraphs) throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (Map.Entry<String, String> p : paragraphs.entrySet()) {
                Document doc = new Document();
                doc.add(new StringField("id", p.getKey(), Field.Store.YES));
                doc.add(new TextField("text", p.getValue(), Field.Store.NO));
                w.addDocument(doc);
            }
        }
        IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(dir));
        searcher.setSimilarity(new BM25Similarity());
        QueryParser parser = new QueryParser("text", analyzer);
        return query -> {
            // A baseline knows no field syntax: gene:TP53 is the text TP53.
            String text = query.replaceAll("\\b[a-z]+:", " ");
            List<String> out = new ArrayList<>();
            org.apache.lucene.search.Query parsed;
            try {
                parsed = parser.parse(QueryParser.escape(text));
            } catch (ParseException e) {
                return out;
            }
            for (ScoreDoc hit : searcher.search(parsed, DEPTH).scoreDocs) {
                out.add(searcher.storedFields().document(hit.doc).get("id"));
            }
            return out;
        };
    }

    static double ndcg(List<String> ranked, Map<String, Integer> judged) {
        double dcg = 0;
        for (int i = 0; i < Math.min(DEPTH, ranked.size()); i++) {
            dcg += gain(judged.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = new ArrayList<>(judged.values());
        ideal.sort((a, b) -> b - a);
        double idcg = 0;
        for (int i = 0; i < Math.min(DEPTH, ideal.size()); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    static double precision(List<String> ranked, Map<String, Integer> judged, int k) {
        int relevant = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            relevant += judged.getOrDefault(ranked.get(i), 0) > 0 ? 1 : 0;
        }
        return relevant / (double) k;
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** docId#paragraphId → text of every body paragraph with a Chinese character, as the judge script reads them. */
    static Map<String, String> chineseParagraphs(Path docs) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(docs)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            JsonNode article = Json.MAPPER.readTree(file.toFile());
            collect(article.get("id").asText(), article.get("sections"), out);
        }
        return out;
    }

    private static void collect(String docId, JsonNode sections, Map<String, String> out) {
        for (JsonNode section : sections) {
            for (JsonNode p : section.get("paragraphs")) {
                String text = p.get("text").asText();
                if (org.paperbridge.lang.Scripts.containsHan(text)) {
                    out.put(docId + "#" + p.get("id").asText(), text);
                }
            }
            collect(docId, section.get("sections"), out);
        }
    }

    private static List<String[]> rows(Path file) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line.split("\t", -1));
            }
        }
        return out;
    }

    private static Map<String, String> table(Path file, int key, int value) throws IOException {
        Map<String, String> out = new HashMap<>();
        for (String[] row : rows(file)) {
            out.put(row[key], row[value]);
        }
        return out;
    }

    private SearchEvaluation() {
    }
}
