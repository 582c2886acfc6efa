package org.paperbridge.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API over a real output folder: the same answers as the commands, 4xx JSON for bad requests. */
class ServeApiTest {
    @TempDir
    static Path dir;
    static ServedCorpus corpus;
    static String seedId;

    @BeforeAll
    static void serve() throws Exception {
        corpus = ServedCorpus.start(dir, 64 * 1024);
        JsonNode hits = corpus.get("/api/search?q=" + q("肝衰竭")).json();
        seedId = hits.path("articles").path(0).path("docId").asText();
    }

    @AfterAll
    static void stop() throws Exception {
        corpus.close();
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static void assertError(ServedCorpus.Reply reply, int status) throws Exception {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
        JsonNode error = reply.json().path("error");
        assertEquals(status, error.path("status").asInt(), reply.body());
        String message = error.path("message").asText();
        assertFalse(message.isBlank());
        assertFalse(message.contains("\n") || message.contains("Exception") || message.contains("\tat "), message);
    }

    /** The server still answers a good request after a bad one. */
    static void assertStillServing() throws Exception {
        assertEquals(200, corpus.get("/api/health").status());
    }

    @Test
    void searchGivesWhatSearchJsonPrints() throws Exception {
        for (String query : List.of("肝衰竭", "\"liver failure\"", "gene:STAT3 OR 巨噬细胞")) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            var cli = new picocli.CommandLine(new org.paperbridge.cli.SearchCommand());
            cli.setOut(new PrintWriter(out));
            cli.setErr(new PrintWriter(err));
            int code = cli.execute("--index", corpus.out.resolve("index").toString(), "--json", "--facets",
                    "--limit", "5", "--lang", "zh", query);
            assertEquals(0, code, err.toString());
            ServedCorpus.Reply reply = corpus.get("/api/search?facets=true&limit=5&lang=zh&q=" + q(query));
            assertEquals(200, reply.status(), reply.body());
            assertEquals(new ObjectMapper().readTree(out.toString()), reply.json(), query);
        }
        JsonNode found = corpus.get("/api/search?q=" + q("肝衰竭")).json();
        assertTrue(found.path("totalArticles").asInt() >= 1);
        assertFalse(seedId.isEmpty());
    }

    @Test
    void aFacetValueNarrowsTheSearch() throws Exception {
        JsonNode all = corpus.get("/api/search?facets=true&q=" + q("细胞 OR cell")).json();
        assertTrue(all.path("totalArticles").asInt() >= 2, all.toString());
        JsonNode years = all.path("facets").path("year");
        assertTrue(years.size() >= 1, all.toString());
        String year = years.get(0).path("value").asText();
        int count = years.get(0).path("count").asInt();
        JsonNode narrowed = corpus.get("/api/search?facets=true&q=" + q("细胞 OR cell") + "&facet=" + q("year:" + year)).json();
        assertEquals(count, narrowed.path("totalArticles").asInt(), narrowed.toString());
        assertTrue(narrowed.path("query").asText().endsWith("AND year:\"" + year + "\""));
        assertError(corpus.get("/api/search?q=x&facet=" + q("nope:1")), 400);
        assertError(corpus.get("/api/search?q=x&facet=" + q("gene:\"a")), 400);
    }

    @Test
    void articleAndOutlineForTheIdASearchHitCarries() throws Exception {
        ServedCorpus.Reply article = corpus.get("/api/articles/" + seedId);
        assertEquals(200, article.status());
        JsonNode json = article.json();
        assertEquals(seedId, json.path("id").asText());
        Path committed = corpus.out.resolve("docs").resolve(seedId + ".json");
        assertEquals(new ObjectMapper().readTree(Files.readString(committed)), json);
        JsonNode outline = corpus.get("/api/articles/" + seedId + "/outline").json();
        assertEquals(seedId, outline.path("id").asText());
        assertEquals(json.path("sections").size(), outline.path("sections").size());
        assertEquals(json.path("references").size(), outline.path("references").asInt());
        assertEquals(json.path("sections").path(0).path("paragraphs").size(),
                outline.path("sections").path(0).path("paragraphs").asInt());
    }

    @Test
    void badRequestsGetFourHundredsAsJsonAndTheServerGoesOn() throws Exception {
        assertError(corpus.get("/api/search?q=" + q("(肝衰竭")), 400);
        assertError(corpus.get("/api/search?q=" + q("\"liver failure")), 400);
        assertError(corpus.get("/api/search?q="), 400);
        assertError(corpus.get("/api/search?q=x&limit=5000"), 400);
        assertError(corpus.get("/api/search?q=x&limit=ten"), 400);
        assertError(corpus.get("/api/search?q=x&lang=fr"), 400);
        assertError(corpus.get("/api/search?q=" + q("a ".repeat(6000))), 400);
        assertError(corpus.get("/api/articles/doi_10.0000_nothing"), 404);
        assertError(corpus.get("/api/articles/..%2F..%2Fetc%2Fpasswd"), 400);
        assertError(corpus.get("/api/articles/../../etc/passwd"), 400);
        assertError(corpus.get("/api/articles/%2Fetc%2Fpasswd/outline"), 400);
        assertError(corpus.get("/api/articles/..%2Fmanifest"), 400);
        assertError(corpus.get("/api/nothing"), 404);
        assertError(corpus.post("/api/search", "text/plain", new byte[0]), 405);
        assertError(corpus.get("/static/../pom.xml"), 404);
        assertStillServing();
    }

    @Test
    void uploadsAreProcessedUnderTheLimits() throws Exception {
        byte[] source = Files.readAllBytes(ServedCorpus.UPLOAD);
        // Not indexed: a search for it finds nothing afterwards (anUploadAskedToBeIndexed… checks before it adds).
        ServedCorpus.Reply done = corpus.upload("/api/process", "../../etc/passwd", source);
        assertEquals(200, done.status(), done.body());
        JsonNode article = done.json();
        assertEquals("passwd", article.path("source").path("path").asText());
        assertFalse(article.path("sections").isEmpty());
        assertEquals("no", done.raw().headers().firstValue("X-PaperBridge-Indexed").orElse(""));

        byte[] junk = new byte[20_000];
        new Random(7).nextBytes(junk);
        assertError(corpus.upload("/api/process", "junk.bin", junk), 422);
        assertError(corpus.upload("/api/process", "big.txt", new byte[70 * 1024]), 413);
        assertError(corpus.upload("/api/process", "empty.txt", new byte[0]), 400);
        assertError(corpus.post("/api/process", "text/plain", source), 400);
        assertError(corpus.post("/api/process", "multipart/form-data; boundary=x", "--x\r\nno end".getBytes()), 400);
        assertStillServing();
    }

    @Test
    void anUploadAskedToBeIndexedIsFoundAndServed() throws Exception {
        assertEquals(0, corpus.get("/api/search?q=MALAT1").json().path("totalArticles").asInt());
        byte[] source = Files.readAllBytes(ServedCorpus.UPLOAD);
        ServedCorpus.Reply done = corpus.upload("/api/process?index=true", "malat1.txt", source);
        assertEquals(200, done.status(), done.body());
        assertEquals("added", done.raw().headers().firstValue("X-PaperBridge-Indexed").orElse(""));
        String id = done.json().path("id").asText();
        JsonNode hits = corpus.get("/api/search?q=MALAT1").json();
        assertEquals(id, hits.path("articles").path(0).path("docId").asText(), hits.toString());
        assertEquals(done.json(), corpus.get("/api/articles/" + id).json());
        ServedCorpus.Reply again = corpus.upload("/api/process?index=true", "malat1.txt", source);
        assertEquals("present", again.raw().headers().firstValue("X-PaperBridge-Indexed").orElse(""));
        assertEquals(1, corpus.get("/api/search?q=MALAT1").json().path("totalArticles").asInt());
    }

    @Test
    void tagAndAlignAnswerAsTheCommandsDo() throws Exception {
        String text = "巨噬细胞表达STAT3。\nIL-6 activates STAT3 in mice.";
        ServedCorpus.Reply tagged = corpus.post("/api/tag", "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, tagged.status(), tagged.body());
        int stat3 = 0;
        for (JsonNode e : tagged.json()) {
            int start = e.path("start").asInt();
            int end = e.path("end").asInt();
            int s = text.offsetByCodePoints(0, start);
            assertEquals(e.path("text").asText(), text.substring(s, text.offsetByCodePoints(s, end - start)));
            stat3 += e.path("norm").asText().equals("STAT3") ? 1 : 0;
        }
        assertEquals(2, stat3, tagged.body());
        ServedCorpus.Reply json = corpus.post("/api/tag", "application/json", "{\"text\":\"STAT3\",\"lang\":\"en\"}".getBytes());
        assertEquals("gene", json.json().path(0).path("type").asText(), json.body());
        assertError(corpus.post("/api/tag", "text/plain", new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1}), 400);
        assertError(corpus.post("/api/tag", "application/json", "{\"text\": 3}".getBytes()), 400);
        assertError(corpus.post("/api/tag", "text/plain", new byte[(1 << 20) + 1]), 413);

        String pair = "{\"zh\":\"肝衰竭是一种严重的疾病。干细胞治疗有望改善预后。\","
                + "\"en\":\"Liver failure is a serious disease. Stem cell therapy may improve the outcome.\"}";
        JsonNode aligned = corpus.post("/api/align", "application/json", pair.getBytes(StandardCharsets.UTF_8)).json();
        assertEquals(2, aligned.path("zh").size(), aligned.toString());
        assertEquals(2, aligned.path("en").size(), aligned.toString());
        assertEquals("[0]", aligned.path("links").path(0).path("zh").toString());
        assertEquals("[0]", aligned.path("links").path(0).path("en").toString());
        assertError(corpus.post("/api/align", "application/json", "{\"zh\":\"a\"".getBytes()), 400);
        assertError(corpus.post("/api/align", "application/json", "{\"zh\":\"a\",\"en\":\"b\",\"split\":\"x\"}".getBytes()), 400);
        assertStillServing();
    }

    @Test
    void theOpenApiFileAndThePageAreServed() throws Exception {
        ServedCorpus.Reply spec = corpus.get("/api/openapi.yaml");
        assertEquals(200, spec.status());
        assertEquals(Files.readString(ServedCorpus.ROOT.resolve("docs/openapi.yaml")), spec.body());
        ServedCorpus.Reply page = corpus.get("/article/" + seedId);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("/static/app.js"));
        assertTrue(page.raw().headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        assertEquals(200, corpus.get("/static/app.js").status());
    }
}
