package org.paperbridge.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.paperbridge.entity.BilingualTerms;
import org.paperbridge.entity.EntityTagger;
import org.paperbridge.entity.Lexicon;
import org.paperbridge.index.CorpusIndex;
import org.paperbridge.index.SearchLexicon;
import org.paperbridge.index.SearchOptions;
import org.paperbridge.index.SearchResult;
import org.paperbridge.index.Searcher;
import org.paperbridge.index.TermTranslator;
import org.paperbridge.model.Article;
import org.paperbridge.model.Paragraph;
import org.paperbridge.model.Section;
import org.paperbridge.model.Source;

/**
 * Indexing throughput and query latency over a generated corpus (not a unit test). Run with
 * {@code bench index PARAGRAPHS DIR ROUNDS [TEMPLATE [QUERIES]]}; paragraphs 0 queries an index built
 * before (no template needed). Analyzers are compared in {@link AnalyzerBenchmark}. Articles are
 * copies of the template (a source file, read by the pipeline) with paragraphs rotated and a random
 * gene symbol and number spliced in, so no two paragraphs are equal. QUERIES is a file of one query
 * a line (default: the README's mix, {@code fixtures/search/query-mix.txt}).
 */
public final class IndexBenchmark {
    /** The template's section tree with each paragraph replaced by a random one plus a gene symbol and a number. */
    private static List<Section> vary(List<Section> sections, List<Paragraph> base, String[] genes, Random random) {
        List<Section> out = new ArrayList<>();
        for (Section s : sections) {
            List<Paragraph> ps = new ArrayList<>();
            for (Paragraph p : s.paragraphs()) {
                Paragraph from = base.get(random.nextInt(base.size()));
                String text = from.text() + " " + genes[random.nextInt(genes.length)] + " "
                        + random.nextInt(100_000) + "。";
                ps.add(new Paragraph(p.id(), p.lang(), text, List.of(), List.of()));
            }
            out.add(new Section(s.id(), s.number(), s.level(), s.title(), ps, vary(s.sections(), base, genes, random)));
        }
        return out;
    }

    /** The queries of {@code file}, one a line; blank lines and lines starting with # are left out. */
    public static List<String> queries(Path file) throws java.io.IOException {
        return Files.readAllLines(file).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }

    /** The README's query mix. */
    static Path defaultQueries() {
        return Repository.root().resolve("fixtures/search/query-mix.txt");
    }

    public static void main(String[] args) throws Exception {
        int target = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("pb-bench");
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        List<String> mix = queries(args.length > 4 ? Path.of(args[4]) : defaultQueries());
        if (target > 0 && args.length < 4) {
            throw new IllegalArgumentException("building an index needs a TEMPLATE article (a source file)");
        }
        Article seed = target > 0 ? TemplateArticle.of(Path.of(args[3])) : null;
        List<Paragraph> base = seed == null ? List.of() : Section.paragraphsIn(seed.sections());
        String[] genes = {"STAT3", "NLRP3", "TGFB1", "IL6", "TNF", "PTEN", "AKT1", "YAP1", "MMP13", "SIRPA"};
        Random random = new Random(42);
        long start = System.nanoTime();
        int paragraphs = 0;
        int articles = 0;
        // Segmented with the lexicons' terms, as `paperbridge run` writes its index.
        org.paperbridge.entity.BilingualTerms terms = org.paperbridge.entity.BilingualTerms.load();
        try (CorpusIndex index = CorpusIndex.open(dir, terms.chinese())) {
            while (paragraphs < target) { // target 0: query an index built before
                List<Section> sections = vary(seed.sections(), base, genes, random);
                paragraphs += Section.paragraphsIn(sections).size();
                Article copy = new Article(seed.schemaVersion(), "bench-" + articles,
                        new Source("bench", "text", "sha" + articles, null), seed.title(), seed.authors(),
                        seed.affiliations(), seed.abstract_(), seed.keywords(), seed.identifiers(), seed.dates(),
                        seed.funding(), sections, List.of(), seed.glossary(), seed.entities(), List.of());
                index.index(copy);
                articles++;
            }
            if (paragraphs > 0) {
                index.compact(); // as `run --compact-index` leaves an index to serve
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (paragraphs > 0) {
            System.out.printf("indexed and compacted %d paragraphs (%d articles) in %.1f s: %.0f paragraphs/s%n", paragraphs,
                    articles, seconds, paragraphs / seconds);
        }
        // As `paperbridge search` expands queries (dictionaries, tagger); -Dbench.expansion=false: corpus glossary only.
        boolean expansion = !"false".equals(System.getProperty("bench.expansion"));
        TermTranslator lexicon = expansion ? SearchLexicon.load(terms,
                new org.paperbridge.entity.EntityTagger(org.paperbridge.entity.Lexicon.load(), null))
                : TermTranslator.none();
        System.out.println("query expansion: " + (expansion ? "lexicons, dictionaries and the entity tagger" : "none"));
        try (Searcher searcher = Searcher.open(dir, terms.chinese(), lexicon)) {
            latency(searcher, mix, rounds);
        }
    }

    /**
     * Per-query and overall p50/p99 of the documented mix, after warm-up, one thread: wall time, and
     * the thread's CPU time, which stays meaningful when other processes share the cores.
     */
    static void latency(Searcher searcher, List<String> mix, int rounds) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        SearchOptions options = SearchOptions.DEFAULT;
        for (int warm = 0; warm < 20; warm++) {
            for (String q : mix) {
                searcher.search(q, options);
            }
        }
        long[][] wall = new long[mix.size()][rounds];
        long[][] cpu = new long[mix.size()][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < mix.size(); i++) {
                long c = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                searcher.search(mix.get(i), options);
                wall[i][r] = System.nanoTime() - t;
                cpu[i][r] = threads.getCurrentThreadCpuTime() - c;
            }
        }
        System.out.printf("query latency, %d rounds (top 10 articles, 3 highlighted passages each):%n", rounds);
        System.out.printf("| query | wall p50 ms | wall p99 ms | cpu p50 ms | cpu p99 ms | matches |%n"
                + "|---|---|---|---|---|---|%n");
        for (int i = 0; i < mix.size(); i++) {
            SearchResult result = searcher.search(mix.get(i), options);
            String atLeast = result.totalsExact() ? "" : "≥";
            System.out.printf("| `%s` | %.1f | %.1f | %.1f | %.1f | %s%d passages, %s%d articles |%n",
                    mix.get(i), percentile(wall[i], 50), percentile(wall[i], 99), percentile(cpu[i], 50),
                    percentile(cpu[i], 99), atLeast, result.totalPassages(), atLeast, result.totalArticles());
        }
        long[] allWall = Arrays.stream(wall).flatMapToLong(Arrays::stream).toArray();
        long[] allCpu = Arrays.stream(cpu).flatMapToLong(Arrays::stream).toArray();
        System.out.printf("| all | %.1f | %.1f | %.1f | %.1f | |%n", percentile(allWall, 50), percentile(allWall, 99),
                percentile(allCpu, 50), percentile(allCpu, 99));
    }

    static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int at = Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p / 100.0) - 1);
        return sorted[Math.max(0, at)] / 1e6;
    }
}
