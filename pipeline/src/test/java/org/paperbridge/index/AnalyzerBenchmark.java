package org.paperbridge.index;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.paperbridge.model.Article;
import org.paperbridge.model.GlossaryEntry;
import org.paperbridge.model.Keyword;
import org.paperbridge.model.Paragraph;
import org.paperbridge.model.Section;
import org.paperbridge.text.TermDictionary;

/**
 * Compares Chinese analyses (not a unit test): our HanLP word + CJK bigram + English fields, HanLP
 * words alone, Lucene's SmartChineseAnalyzer alone and Lucene's CJKAnalyzer alone. Speed in chars/s
 * on 1 and 2 threads; quality as P@5, recall and MAP of the judged queries in
 * fixtures/search/judged-queries.tsv over the seed's sentences (every query searched as a phrase).
 * Run with {@code java -cp <test classpath> org.paperbridge.index.AnalyzerBenchmark}.
 */
public final class AnalyzerBenchmark {
    private record Unit(String id, String text) {
    }

    private record Judged(String query, String kind, Set<String> relevant) {
    }

    /** One way of analyzing and querying: documents get fields, a query string becomes a Lucene query. */
    private record System_(String name, Analyzer analyzer, List<String> fields, Function<String, Query> query) {
    }

    public static void main(String[] args) throws Exception {
        Article seed = SeedArticles.seed();
        List<Unit> units = sentences(seed);
        List<Judged> judged = judged(units);
        List<String> terms = new ArrayList<>();
        seed.keywords().stream().map(Keyword::zh).forEach(terms::add);
        seed.glossary().stream().map(GlossaryEntry::zh).forEach(terms::add);
        TermDictionary dictionary = TermDictionary.of(terms);
        List<System_> systems = systems(dictionary);

        System.out.printf("%d sentences, %d judged queries%n%n", units.size(), judged.size());
        System.out.println("| analysis | chars/s, 1 thread | chars/s, 2 threads |");
        System.out.println("|---|---|---|");
        for (System_ system : systems) {
            System.out.printf("| %s | %s | %s |%n", system.name(), speed(system, units, 1), speed(system, units, 2));
        }
        Map<String, double[]> totals = new LinkedHashMap<>();
        StringBuilder perQuery = new StringBuilder("| query | kind | relevant |");
        systems.forEach(s -> perQuery.append(' ').append(s.name()).append(" |"));
        perQuery.append("\n|---|---|---|").append("---|".repeat(systems.size())).append('\n');
        List<String[]> rows = new ArrayList<>();
        for (Judged j : judged) {
            rows.add(new String[] {j.query(), j.kind(), String.valueOf(j.relevant().size())});
        }
        for (System_ system : systems) {
            double[] sum = new double[3];
            try (ByteBuffersDirectory dir = index(system, units);
                 DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                for (int q = 0; q < judged.size(); q++) {
                    double[] m = measure(searcher, system.query().apply(judged.get(q).query()), judged.get(q).relevant());
                    for (int k = 0; k < 3; k++) {
                        sum[k] += m[k];
                    }
                    String[] row = rows.get(q);
                    rows.set(q, Arrays.copyOf(row, row.length + 1));
                    rows.get(q)[row.length] = String.format("%.2f / %.2f", m[0], m[1]);
                }
            }
            totals.put(system.name(), sum);
        }
        System.out.println();
        System.out.println("| analysis | P@5 | recall | MAP |");
        System.out.println("|---|---|---|---|");
        totals.forEach((name, sum) -> System.out.printf("| %s | %.3f | %.3f | %.3f |%n", name,
                sum[0] / judged.size(), sum[1] / judged.size(), sum[2] / judged.size()));
        System.out.println();
        System.out.println("P@5 / recall per query:");
        for (String[] row : rows) {
            perQuery.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        System.out.print(perQuery);
    }

    private static List<System_> systems(TermDictionary dictionary) {
        Analyzer ours = IndexAnalyzers.create(dictionary);
        String body = Fields.BODY;
        Function<String, Query> oursQuery = q -> {
            try {
                QueryNode node = new UserQueryParser().parse("\"" + q + "\"");
                return new SearchQueryBuilder(ours, TermTranslator.none(), Set.of("zh", "en"), List.of(body)).build(node);
            } catch (QuerySyntaxException e) {
                throw new IllegalArgumentException(e);
            }
        };
        Analyzer words = new ChineseAnalyzer(dictionary);
        Analyzer smart = new SmartChineseAnalyzer();
        Analyzer cjk = new CJKAnalyzer();
        return List.of(
                new System_("HanLP words + bigrams + English (ours)", ours,
                        List.of(Fields.zh(body), Fields.bigram(body), Fields.en(body)), oursQuery),
                new System_("HanLP words alone", words, List.of("f"), phrase(words)),
                new System_("SmartChineseAnalyzer", smart, List.of("f"), phrase(smart)),
                new System_("CJKAnalyzer (bigrams)", cjk, List.of("f"), phrase(cjk)));
    }

    private static Function<String, Query> phrase(Analyzer analyzer) {
        QueryBuilder builder = new QueryBuilder(analyzer);
        return q -> {
            Query query = builder.createPhraseQuery("f", q);
            return query == null ? new MatchNoDocsQuery() : query;
        };
    }

    /** The seed's body paragraphs and both abstracts cut into sentences: p4.2 is the second sentence of p4. */
    static List<Unit> sentences(Article seed) {
        List<Unit> units = new ArrayList<>();
        for (Section section : seed.sections()) {
            for (Paragraph p : section.paragraphs()) {
                cut(p.id() + ".", p.text(), "(?<=。)", units);
            }
        }
        cut("abs.zh.", seed.abstract_().zh().text(), "(?<=。)", units);
        cut("abs.en.", seed.abstract_().en().text(), "(?<=\\.)\\s+(?=[A-Z])", units);
        return units;
    }

    private static void cut(String prefix, String text, String boundary, List<Unit> out) {
        int k = 0;
        for (String s : text.split(boundary)) {
            if (!s.isBlank()) {
                out.add(new Unit(prefix + (++k), s.strip()));
            }
        }
    }

    private static List<Judged> judged(List<Unit> units) throws Exception {
        Path file = Path.of(System.getProperty("paperbridge.root", ".."), "fixtures/search/judged-queries.tsv");
        Set<String> ids = new HashSet<>();
        units.forEach(u -> ids.add(u.id()));
        List<Judged> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            Set<String> relevant = Set.of(cols[2].split(","));
            if (!ids.containsAll(relevant)) {
                throw new IllegalStateException("judgments name unknown sentences: " + line);
            }
            out.add(new Judged(cols[0], cols[1], relevant));
        }
        return out;
    }

    private static ByteBuffersDirectory index(System_ system, List<Unit> units) throws Exception {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(system.analyzer()))) {
            for (Unit unit : units) {
                Document doc = new Document();
                doc.add(new StringField("id", unit.id(), Field.Store.YES));
                system.fields().forEach(f -> doc.add(new TextField(f, unit.text(), Field.Store.NO)));
                writer.addDocument(doc);
            }
        }
        return dir;
    }

    /** P@5, recall and average precision of one query. */
    private static double[] measure(IndexSearcher searcher, Query query, Set<String> relevant) throws Exception {
        ScoreDoc[] hits = searcher.search(query, 1000).scoreDocs;
        int found = 0;
        int inTop5 = 0;
        double precisionSum = 0;
        for (int rank = 0; rank < hits.length; rank++) {
            String id = searcher.storedFields().document(hits[rank].doc).get("id");
            if (relevant.contains(id)) {
                found++;
                precisionSum += found / (double) (rank + 1);
                if (rank < 5) {
                    inTop5++;
                }
            }
        }
        return new double[] {inTop5 / (double) Math.min(5, relevant.size()), found / (double) relevant.size(),
                precisionSum / relevant.size()};
    }

    /** Source characters per second analyzed into every field of the system, over {@code threads} threads. */
    private static String speed(System_ system, List<Unit> units, int threads) throws Exception {
        long chars = units.stream().mapToLong(u -> u.text().length()).sum(); // of source text, whatever the field count
        int rounds = 300;
        analyze(system, units, 30);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t = System.nanoTime();
            List<Future<?>> jobs = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                jobs.add(pool.submit(() -> {
                    analyze(system, units, rounds);
                    return null;
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
            double seconds = (System.nanoTime() - t) / 1e9;
            return String.format("%,.0f k", chars * rounds * threads / seconds / 1000);
        } finally {
            pool.shutdown();
        }
    }

    private static void analyze(System_ system, List<Unit> units, int rounds) throws Exception {
        for (int r = 0; r < rounds; r++) {
            for (Unit unit : units) {
                for (String field : system.fields()) {
                    try (TokenStream ts = system.analyzer().tokenStream(field, unit.text())) {
                        ts.reset();
                        while (ts.incrementToken()) {
                            // consume
                        }
                        ts.end();
                    }
                }
            }
        }
    }
}
