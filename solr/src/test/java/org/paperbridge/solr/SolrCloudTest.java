package org.paperbridge.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperbridge.batch.ScaleCorpus;
import org.paperbridge.cli.Main;
import org.paperbridge.corpus.ExportFailure;
import org.paperbridge.corpus.Json;
import org.paperbridge.entity.BilingualTerms;
import org.paperbridge.index.SearchOptions;
import org.paperbridge.index.SearchResult;
import org.paperbridge.index.Searcher;
import org.paperbridge.model.Article;

/**
 * A real two-node SolrCloud cluster in this JVM: the generated configset with the plugin, a
 * two-shard collection filled by {@code paperbridge run --sink solr}, searched by
 * {@code SolrSearcher} and compared with the embedded Lucene index built from the same inputs.
 */
class SolrCloudTest {
    private static final Path ROOT = Path.of(System.getProperty("paperbridge.root", ".."));
    private static final String CONFIG = "paperbridge";
    private static Path work;
    private static MiniSolrCloudCluster cluster;
    private static List<Path> inputs;
    private static Path localOut;
    private static String solrUrl;
    private static BilingualTerms lexicon;

    @BeforeAll
    static void startCluster() throws Exception {
        work = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"))).resolve("solrcloud-" + System.nanoTime());
        Files.createDirectories(work);
        lexicon = BilingualTerms.load();
        Path configset = work.resolve("configset");
        assertEquals(0, Main.execute("solr", "configset", configset.toString()));
        cluster = new MiniSolrCloudCluster.Builder(2, work.resolve("cluster")).addConfig(CONFIG, configset).build();
        solrUrl = cluster.getJettySolrRunner(0).getBaseUrl().toString();

        // The fixture articles and varied copies of them, so that both shards hold several articles.
        inputs = new ArrayList<>(List.of(ROOT.resolve("fixtures/seed/000_ce62bb77f3435be5.txt"),
                ROOT.resolve("fixtures/articles/en_first_bare_labels_vancouver.txt"),
                ROOT.resolve("fixtures/articles/zh_bracket_labels_numbered_affiliations.md"),
                ROOT.resolve("fixtures/md/zh_journal_mineru.md")));
        inputs.addAll(ScaleCorpus.fromFiles(List.of(inputs.get(0), inputs.get(3))).write(work.resolve("varied"), 8, 7));
        localOut = work.resolve("local");
        assertEquals(0, run(localOut));
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.shutdown();
        }
    }

    private static int run(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", "--out", out.toString(), "--threads", "2"));
        args.addAll(List.of(extra));
        inputs.forEach(p -> args.add(p.toString()));
        return Main.execute(args.toArray(String[]::new));
    }

    private static void createCollection(String name) throws Exception {
        CollectionAdminRequest.createCollection(name, CONFIG, 2, 1).process(cluster.getSolrClient());
        cluster.waitForActiveCollection(name, 2, 2);
    }

    private static long articlesIn(String collection) throws Exception {
        cluster.getSolrClient().commit(collection);
        return cluster.getSolrClient().query(collection, new SolrQuery("kind:article")).getResults().getNumFound();
    }

    private static List<Article> corpus(Path out) throws IOException {
        List<Article> articles = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("corpus.jsonl"), StandardCharsets.UTF_8)) {
            articles.add(Json.MAPPER.readValue(line, Article.class));
        }
        return articles;
    }

    @Test
    void solrGivesTheSameResultsFacetsAndSnippetsAsTheLocalIndex() throws Exception {
        createCollection("corpus");
        Path solrOut = work.resolve("to-solr");
        assertEquals(0, run(solrOut, "--sink", "solr", "--solr-url", solrUrl, "--collection", "corpus"));
        assertFalse(Files.exists(solrOut.resolve("index")), "with --sink solr no local index is written");
        int articles = corpus(localOut).size();
        assertEquals(articles, articlesIn("corpus"));

        List<String> queries = new ArrayList<>();
        for (String line : Files.readAllLines(ROOT.resolve("fixtures/search/judged-queries.tsv"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.isBlank()) {
                queries.add(line.split("\t")[0]);
            }
        }
        queries.addAll(List.of("macrophage NOT TNF", "title:肝衰竭", "year:2000..2100 肝纤维化", "liver failure",
                "\"stem cells\" OR 干细胞", "gene:TGF-β1", "cell:macrophage", "keyword:肝衰竭"));
        SearchOptions options = SearchOptions.DEFAULT.withFacets(true).withLimit(5, 0);
        int compared = 0;
        try (Searcher local = Searcher.open(localOut.resolve("index"), lexicon.chinese(), lexicon::translations);
             SolrSearcher solr = SolrSearcher.open(new SolrTarget(List.of(solrUrl), List.of(), "corpus"),
                     lexicon.chinese(), lexicon::translations)) {
            for (String q : queries) {
                assertEquals(local.toLucene(q, options).toString(), solr.toLucene(q, options).toString(), q + ": query");
                SearchResult expected = local.search(q, options);
                SearchResult actual = solr.search(q, options);
                assertSame(q, expected, actual);
                compared += expected.articles().isEmpty() ? 0 : 1;
            }
        }
        assertTrue(compared >= queries.size() / 2, "most queries find something: " + compared);

        // Through ZooKeeper instead of a node URL: the same answer.
        String zk = cluster.getZkServer().getZkAddress();
        try (Searcher local = Searcher.open(localOut.resolve("index"), lexicon.chinese(), lexicon::translations);
             SolrSearcher viaZk = SolrSearcher.open(new SolrTarget(List.of(), List.of(zk), "corpus"),
                     lexicon.chinese(), lexicon::translations)) {
            assertSame("肝衰竭 (ZooKeeper " + zk + ")", local.search("肝衰竭", options), viaZk.search("肝衰竭", options));
        }

        // The shipped command line (the shaded jar, its own JVM) reaches the cluster too.
        Path jar = ROOT.resolve("pipeline/target/paperbridge.jar");
        Process search = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "search", "--solr-url", solrUrl, "--collection", "corpus", "--json", "肝衰竭")
                .redirectErrorStream(true).start();
        String output = new String(search.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, search.waitFor(), output);
        try (Searcher local = Searcher.open(localOut.resolve("index"), lexicon.chinese(), lexicon::translations)) {
            SearchResult fromCli = Json.MAPPER.readValue(output, SearchResult.class);
            assertSame("肝衰竭 (command line)", local.search("肝衰竭", SearchOptions.DEFAULT), fromCli);
        }
    }

    private static void assertSame(String q, SearchResult expected, SearchResult actual) {
        assertEquals(expected.totalPassages(), actual.totalPassages(), q + ": matching documents");
        assertEquals(expected.totalArticles(), actual.totalArticles(), q + ": matching articles");
        assertEquals(expected.articles().size(), actual.articles().size(), q + ": articles shown");
        for (int i = 0; i < expected.articles().size(); i++) {
            SearchResult.ArticleHit e = expected.articles().get(i);
            SearchResult.ArticleHit a = actual.articles().get(i);
            assertEquals(e.docId(), a.docId(), q + ": article " + i + "\nlocal: " + brief(expected) + "\nsolr:  " + brief(actual));
            assertEquals(e.titleZh(), a.titleZh(), q);
            assertEquals(e.year(), a.year(), q);
            assertEquals(e.doi(), a.doi(), q);
            assertEquals(e.score(), a.score(), Math.abs(e.score()) * 1e-4, q + ": score of " + e.docId());
            assertEquals(e.passages().size(), a.passages().size(), q + ": passages of " + e.docId());
            for (int k = 0; k < e.passages().size(); k++) {
                SearchResult.PassageHit ep = e.passages().get(k);
                SearchResult.PassageHit ap = a.passages().get(k);
                assertEquals(ep.where(), ap.where(), q);
                assertEquals(ep.paragraphId(), ap.paragraphId(), q + ": passage " + k + " of " + e.docId());
                assertEquals(ep.sectionNumber(), ap.sectionNumber(), q);
                assertEquals(ep.snippet(), ap.snippet(), q + ": snippet of " + ep.paragraphId());
                assertEquals(ep.score(), ap.score(), Math.abs(ep.score()) * 1e-4, q + ": score of " + ep.paragraphId()
                        + " in " + e.docId() + "\nlocal: " + expected + "\nsolr:  " + actual);
            }
        }
        assertEquals(expected.facets(), actual.facets(), q + ": facets");
    }

    private static String brief(SearchResult r) {
        StringBuilder b = new StringBuilder();
        for (SearchResult.ArticleHit a : r.articles()) {
            b.append(a.docId()).append('=').append(a.score()).append(' ');
            a.passages().forEach(p -> b.append('[').append(p.where()).append(' ').append(p.paragraphId()).append(' ')
                    .append(p.score()).append("] "));
        }
        return b.toString();
    }

    @Test
    void noArticleIsLostWhenANodeStopsDuringIndexing() throws Exception {
        createCollection("lossy");
        List<Article> articles = corpus(localOut);
        SolrTarget target = new SolrTarget(List.of(solrUrl), List.of(), "lossy");
        Retry quick = new Retry(2, Duration.ofMillis(50), Duration.ofMillis(100));
        List<ExportFailure> failures;
        JettySolrRunner stopped;
        try (SolrSink sink = new SolrSink(target, quick, 1, Set.of())) {
            sink.accept(articles.get(0));
            stopped = cluster.stopJettySolrRunner(1);
            for (Article a : articles.subList(1, articles.size())) {
                sink.accept(a);
            }
            sink.close();
            failures = sink.failures();
            // Every article either reached the collection or is reported: none vanished.
            assertEquals(articles.size(), sink.sent() + failures.stream().filter(f -> f.docId() != null).count());
        }
        assertFalse(failures.isEmpty(), "the stopped node's shard cannot take its articles");
        assertTrue(failures.stream().allMatch(f -> f.stage().equals(SolrSink.STAGE)));

        cluster.startJettySolrRunner(stopped);
        cluster.waitForActiveCollection("lossy", 2, 2);
        try (SolrSink again = new SolrSink(target, Set.of())) {
            for (Article a : articles) {
                again.accept(a);
            }
            again.close();
            assertEquals(List.of(), again.failures());
            assertTrue(again.current() > 0, "a re-run leaves what the collection holds alone");
        }
        assertEquals(articles.size(), articlesIn("lossy"));
    }
}
