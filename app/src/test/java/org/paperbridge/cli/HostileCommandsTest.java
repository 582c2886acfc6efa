package org.paperbridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbridge.index.IndexExporter;
import org.paperbridge.ingest.Blocks;
import org.paperbridge.ingest.Extractors;
import org.paperbridge.index.SearchOptions;
import org.paperbridge.index.UserQueryParser;
import org.paperbridge.model.Abstract;
import org.paperbridge.model.Article;
import org.paperbridge.model.Bilingual;
import org.paperbridge.model.Dates;
import org.paperbridge.model.Entity;
import org.paperbridge.model.Identifiers;
import org.paperbridge.model.Keyword;
import org.paperbridge.model.Paragraph;
import org.paperbridge.model.PipelineException;
import org.paperbridge.model.Section;
import org.paperbridge.text.TextPieces;
import org.paperbridge.model.Source;

/**
 * Commands given what a hostile but realistic user gives them (issue #15): abusive queries and
 * paging, huge and multi-line tag inputs, lying PDFs, paths out of the docs folder, text in
 * unusual encodings, damaged documents, binary configuration. Every input is generated here.
 * Each case must end with its exit code and one line on standard error, never a stack trace.
 */
class HostileCommandsTest {
    static final Path ROOT = Path.of(System.getProperty("paperbridge.root", ".."));
    static final Path SEED = ROOT.resolve("fixtures/seed/000_ce62bb77f3435be5.txt");

    @TempDir
    static Path dir;

    record Outcome(int code, String out, String err) {
        /** The command said what went wrong in one line, with no stack trace. */
        void assertOneLineError(int expectedCode, String expectedText) {
            assertEquals(expectedCode, code, err);
            assertEquals(1, err.strip().lines().count(), err);
            assertTrue(err.contains(expectedText), err);
            assertFalse(err.contains("\tat ") || err.contains("Exception") || err.contains("Error:"), err);
        }
    }

    @BeforeAll
    static void buildIndex() throws Exception {
        Paragraph p = new Paragraph("p1", "zh", "肝衰竭患者的STAT3信号与巨噬细胞", List.of(), List.of());
        Article article = new Article(Article.SCHEMA_VERSION, "a1", new Source("a1.txt", "text", "s1", null),
                new Bilingual("肝衰竭研究", "Liver failure study"), List.of(), List.of(), Abstract.EMPTY,
                List.of(new Keyword("肝衰竭", "liver failure")), Identifiers.EMPTY,
                new Dates(null, null, null, "2022-03-01"), List.of(),
                List.of(new Section("s1", "1", 1, "引言", List.of(p), List.of())), List.of(), List.of(),
                List.of(new Entity("gene", "STAT3", "STAT3", "HGNC", "HGNC:11364", "zh", "p1", 6, 11)), List.of());
        try (IndexExporter exporter = new IndexExporter(dir.resolve("index"))) {
            exporter.accept(article);
        }
    }

    static Outcome run(String... args) {
        return run(Main.commandLine(new Main()), args);
    }

    static Outcome run(picocli.CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = Main.execute(cli, args);
        return new Outcome(code, out.toString(), err.toString());
    }

    static Outcome search(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "search";
        all[1] = "--index";
        all[2] = dir.resolve("index").toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return run(all);
    }

    /** {@code tag} with its output captured and {@code stdin} as standard input. */
    static Outcome tag(InputStream stdin, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TagCommand command = new TagCommand(new PrintStream(bytes, true, StandardCharsets.UTF_8), stdin);
        Outcome o = run(Main.commandLine(command), args);
        return new Outcome(o.code(), bytes.toString(StandardCharsets.UTF_8), o.err());
    }

    static Outcome tag(String input, String... args) {
        return tag(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), args);
    }

    // --- search ---------------------------------------------------------------------------

    @Test
    void twelveThousandNotsAreRefusedNotAStackOverflow() {
        search("NOT ".repeat(12_000) + "肝衰竭").assertOneLineError(2, "query too long");
    }

    @Test
    void sixtyThousandNestedParenthesesAreRefused() {
        search("(".repeat(60_000) + "肝衰竭" + ")".repeat(60_000)).assertOneLineError(2, "query too long");
    }

    @Test
    void nestingIsLimitedEvenInAShortQuery() {
        int max = UserQueryParser.MAX_NESTING;
        assertEquals(0, search("(".repeat(max) + "肝衰竭" + ")".repeat(max)).code(), "the limit itself is allowed");
        search("(".repeat(max + 1) + "肝衰竭" + ")".repeat(max + 1)).assertOneLineError(2, "levels deep");
        search("NOT ".repeat(max + 1) + "肝衰竭").assertOneLineError(2, "levels deep");
    }

    @Test
    void aQueryOverLucenesClauseLimitSaysWhatToDo() {
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < 1_100; i++) {
            q.append(i == 0 ? "" : " OR ").append("w").append(i);
        }
        Outcome o = search(q.toString());
        o.assertOneLineError(2, "query too large");
        assertTrue(o.err().contains("1024") && o.err().contains("--field"), o.err());
        assertFalse(o.err().contains("maxClauseCount"), o.err());
    }

    @Test
    void hugeOffsetsAndPassageCountsAreUsageErrors() {
        search("--offset", "10000000", "肝衰竭").assertOneLineError(2, "--offset at most 10,000");
        search("--passages", "1000000000", "肝衰竭").assertOneLineError(2, "--passages at most 100");
        search("--passages", "1000000", "肝衰竭").assertOneLineError(2, "--passages at most 100");
        search("--limit", "5000", "肝衰竭").assertOneLineError(2, "--limit is at most 1,000");
        search("--offset", "99999999999", "肝衰竭").assertOneLineError(2, "--offset");
    }

    @Test
    void theLargestAllowedPageStillAnswers() throws Exception {
        Outcome o = search("--offset", String.valueOf(SearchOptions.MAX_OFFSET), "--limit",
                String.valueOf(SearchOptions.MAX_LIMIT), "--passages", String.valueOf(SearchOptions.MAX_PASSAGES), "肝衰竭");
        assertEquals(0, o.code(), o.err());
        Outcome first = search("--limit", String.valueOf(SearchOptions.MAX_LIMIT), "--passages",
                String.valueOf(SearchOptions.MAX_PASSAGES), "--json", "肝衰竭");
        assertEquals(0, first.code(), first.err());
        assertEquals("a1", new ObjectMapper().readTree(first.out()).at("/articles/0/docId").asText());
    }

    @Test
    void hitsToCollectNeverOverflow() {
        SearchOptions largest = new SearchOptions(SearchOptions.MAX_LIMIT, SearchOptions.MAX_OFFSET,
                SearchOptions.MAX_PASSAGES, java.util.Set.of("zh"), List.of("body"), false);
        assertEquals(100_000, largest.firstDepth(100, 100_000));
        SearchOptions absurd = new SearchOptions(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE,
                java.util.Set.of("zh"), List.of("body"), false);
        assertEquals(100_000, absurd.firstDepth(100, 100_000), "no int overflow, no unbounded collector");
        assertEquals(100, SearchOptions.DEFAULT.withLimit(1, 0).firstDepth(100, 100_000));
    }

    // --- tag ------------------------------------------------------------------------------

    @Test
    void tagOffsetsCountCodePointsFromTheStartOfTheInput() throws Exception {
        // An astral character (two UTF-16 units, one code point) and CRLF before the mentions.
        String input = "𠀀 first line about STAT3\r\n\n巨噬细胞表达 IL-6 与肝纤维化\nCCl4-induced fibrosis\n";
        Outcome o = tag(input, "-");
        assertEquals(0, o.code(), o.err());
        JsonNode entities = new ObjectMapper().readTree(o.out());
        int[] codePoints = input.codePoints().toArray();
        assertTrue(entities.size() >= 4, o.out());
        int lastStart = -1;
        for (JsonNode e : entities) {
            int start = e.get("start").asInt();
            int end = e.get("end").asInt();
            assertEquals(e.get("text").asText(), new String(codePoints, start, end - start), e.toString());
            assertEquals(TagCommand.WHERE, e.get("where").asText());
            assertTrue(start >= lastStart, "in input order");
            lastStart = start;
        }
        assertTrue(lastStart > input.indexOf("CCl4") - 2, "the last line's mention points into the last line");
    }

    @Test
    void aLineOfManyPiecesIsTaggedWithRightOffsets() throws Exception {
        String filler = "这是一段没有任何实体的普通文字，用来把这一行拉得很长很长";
        StringBuilder line = new StringBuilder();
        int mentions = 0;
        while (line.length() < 100 * TextPieces.MAX_PIECE) {
            line.append(filler).append(mentions % 2 == 0 ? "STAT3" : "巨噬细胞").append(filler);
            mentions++;
        }
        Path file = dir.resolve("one-line.txt");
        Files.writeString(file, line);
        Outcome o = tag(InputStream.nullInputStream(), file.toString());
        assertEquals(0, o.code(), o.err());
        JsonNode entities = new ObjectMapper().readTree(o.out());
        assertEquals(mentions, entities.size());
        JsonNode last = entities.get(entities.size() - 1);
        int[] cps = line.codePoints().toArray();
        assertEquals(last.get("text").asText(), new String(cps, last.get("start").asInt(),
                last.get("end").asInt() - last.get("start").asInt()));
    }

    @Test
    void aConllSentenceOfManyWindowsIsTaggedWhole() {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 4_000; i++) {
            in.append("STAT3\nin\nmice\nand\ncells\n");
        }
        Outcome o = tag(in.toString(), "--conll", "--lang", "en", "-");
        assertEquals(0, o.code(), o.err());
        List<String> lines = o.out().lines().toList();
        assertEquals(20_001, lines.size(), "every token, then one blank line for the one sentence");
        assertTrue(20_000 > 5 * TagCommand.MAX_WINDOW_TOKENS);
        assertEquals("STAT3\tB-GENE", lines.get(0));
        assertEquals("mice\tB-SPECIES", lines.get(19_997));
        assertEquals(4_000, lines.stream().filter(l -> l.equals("STAT3\tB-GENE")).count());
        assertEquals(4_000, lines.stream().filter(l -> l.equals("mice\tB-SPECIES")).count());
        assertEquals("", lines.get(20_000));
    }

    @Test
    void tagInputOverTheLimitIsRefusedBeforeTagging() {
        InputStream endless = new InputStream() {
            private long left = TextInput.MAX_BYTES + 1;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'a');
                left -= n;
                return n;
            }
        };
        tag(endless, "-").assertOneLineError(2, "over the limit of");
    }

    @Test
    void tagOfAMissingOrBinaryFileSaysSo() throws Exception {
        tag("", dir.resolve("nope.txt").toString()).assertOneLineError(2, "no such file");
        Path binary = dir.resolve("random.bin");
        Files.write(binary, randomBytes(20_000));
        tag("", binary.toString()).assertOneLineError(2, "binary file, not text");
    }

    @Test
    void tagReadsGb18030AndUtf16WithoutByteOrderMark() throws Exception {
        for (Charset charset : List.of(Charset.forName("GB18030"), StandardCharsets.UTF_16LE)) {
            Path f = dir.resolve("zh-" + charset.name() + ".txt");
            Files.write(f, "巨噬细胞表达信号分子，肝纤维化加重。".repeat(4).getBytes(charset));
            Outcome o = tag("", f.toString());
            assertEquals(0, o.code(), o.err());
            assertTrue(o.out().contains("\"text\" : \"巨噬细胞\""), charset + ": " + o.out());
        }
    }

    // --- show -----------------------------------------------------------------------------

    @Test
    void showOfAPdfWithAGiantMediaBoxIsOneLine() throws Exception {
        Path pdf = dir.resolve("giant-page.pdf");
        Files.write(pdf, pdfWithMediaBox("0 0 2e9 2e9"));
        assertTrue(Files.size(pdf) < 1024);
        run("show", pdf.toString()).assertOneLineError(1, "larger than the PDF format allows");
    }

    @Test
    void showDoesNotLeaveTheDocsFolder() throws Exception {
        Path out = dir.resolve("show-out");
        Files.createDirectories(out.resolve("docs"));
        Files.writeString(out.resolve("manifest.json"), "{\"sources\": []}");
        run("show", "../manifest", "--out", out.toString()).assertOneLineError(2, "no file or article id");
    }

    @Test
    void showOfAJsonThatIsNoArticleSaysWhere() throws Exception {
        Path bad = dir.resolve("bad-article.json");
        Files.writeString(bad, "{\"schemaVersion\": \"1.0\", \"sections\": 5}");
        Outcome o = run("show", bad.toString());
        o.assertOneLineError(2, "is not a valid article JSON");
        assertFalse(o.err().contains("com.fasterxml") || o.err().contains("org.paperbridge"), o.err());
    }

    // --- text the pipeline must not reject ------------------------------------------------

    @Test
    void utf16AndUtf32WithoutByteOrderMarkAreRead() throws Exception {
        String seed = Files.readString(SEED);
        Extractors extractors = new Extractors();
        for (String name : List.of("UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE")) {
            Blocks blocks = extractors.extract(seed.getBytes(Charset.forName(name)), "seed-" + name + ".txt");
            assertEquals("markdown", blocks.format(), name);
            assertTrue(blocks.blocks().stream().anyMatch(b -> b.text().contains("骨髓间充质干细胞治疗肝衰竭的作用机制")), name);
        }
    }

    @Test
    void aStrayNulByteIsDroppedWithAWarningButBinariesStayRejected() throws Exception {
        byte[] seed = Files.readAllBytes(SEED);
        byte[] damaged = new byte[seed.length + 1];
        System.arraycopy(seed, 0, damaged, 0, 10_000);
        System.arraycopy(seed, 10_000, damaged, 10_001, seed.length - 10_000);
        Path f = dir.resolve("seed-nul.txt");
        Files.write(f, damaged);
        Outcome o = run("show", f.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("warning   dropped 1 stray NUL byte"), o.out());
        assertTrue(o.out().contains("references 25"), o.out());

        // Text with NULs throughout is no damaged text.
        byte[] many = seed.clone();
        for (int i = 0; i < many.length; i += 200) {
            many[i] = 0;
        }
        PipelineException e = assertThrows(PipelineException.class, () -> new Extractors().extract(many, "many.txt"));
        assertEquals("binary file, not text", e.getMessage());
    }

    // --- messages -------------------------------------------------------------------------

    @Test
    void aTruncatedDocxSaysItIsDamagedNotTika198() throws Exception {
        byte[] docx = Files.readAllBytes(ROOT.resolve("fixtures/formats/article.docx"));
        byte[] truncated = java.util.Arrays.copyOf(docx, docx.length / 2);
        String message = assertThrows(PipelineException.class, () -> new Extractors().extract(truncated, "t.docx"))
                .getMessage();
        assertTrue(message.startsWith("damaged document: "), message);
        assertFalse(message.contains("TIKA-") || message.contains("@") || message.contains("org.apache"), message);
    }

    @Test
    void aBinaryConfigurationIsNamedNotEchoed() throws Exception {
        Path config = dir.resolve("binary.yaml");
        byte[] bytes = randomBytes(2_000);
        Files.write(config, bytes);
        Outcome o = run("run", SEED.toString(), "--out", dir.resolve("cfg-out").toString(), "--config", config.toString());
        o.assertOneLineError(2, "is not a YAML text file");
        assertTrue(o.err().chars().allMatch(c -> c >= 0x20 || c == '\n' || c == '\r'), "no control bytes echoed");
        assertFalse(Files.exists(dir.resolve("cfg-out").resolve("corpus.jsonl")));
    }

    @Test
    void aMistypedConfigurationKeyIsNamed() throws Exception {
        Path config = dir.resolve("typo.yaml");
        Files.writeString(config, "tiemoutSeconds: 5\n");
        run("run", SEED.toString(), "--out", dir.resolve("typo-out").toString(), "--config", config.toString())
                .assertOneLineError(2, "unknown key 'tiemoutSeconds'; known: ");
    }

    @Test
    void alignOfABinaryFileNamesItInsteadOfInputLength() throws Exception {
        Path zh = dir.resolve("zh.txt");
        Files.writeString(zh, "第一句。第二句。");
        Path en = dir.resolve("en.bin");
        Files.write(en, randomBytes(5_000));
        Outcome o = run("align", zh.toString(), en.toString());
        o.assertOneLineError(1, en + " is a binary file"); // an input align cannot use
        assertFalse(o.err().contains("Input length"), o.err());
    }

    @Test
    void aMalformedOptionValueIsOneLine() {
        search("--limit", "ten", "肝衰竭").assertOneLineError(2, "--limit");
    }

    /** Random bytes with a NUL every so often, as compressed or image data has. */
    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new Random(15).nextBytes(b);
        for (int i = 0; i < n; i += 97) {
            b[i] = 0;
        }
        return b;
    }

    /** A one-page PDF with one line of text and the given MediaBox, its xref table exact. */
    static byte[] pdfWithMediaBox(String box) {
        String stream = "BT /F1 12 Tf 72 720 Td (Hello world) Tj ET";
        List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [" + box + "] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
