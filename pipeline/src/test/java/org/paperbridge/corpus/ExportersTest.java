package org.paperbridge.corpus;

import org.paperbridge.io.Json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbridge.model.Abstract;
import org.paperbridge.model.AbstractText;
import org.paperbridge.model.Alignment;
import org.paperbridge.model.Article;
import org.paperbridge.model.Author;
import org.paperbridge.model.Bilingual;
import org.paperbridge.model.Dates;
import org.paperbridge.model.GlossaryEntry;
import org.paperbridge.model.Identifiers;
import org.paperbridge.model.Keyword;
import org.paperbridge.model.Span;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

class ExportersTest {
    private static Article article(String id, List<GlossaryEntry> glossary) {
        String zh = "肝衰竭是急危重症。BM-MSCs 有望成为新选择。";
        String en = "Liver failure is <severe> & acute. BM-MSCs are\ta new choice.";
        return new Article(Article.SCHEMA_VERSION, id, null, new Bilingual("肝衰竭的\n机制", "Mechanism of\nliver failure"),
                List.of(new Author(new Bilingual("齐泽强", "QI Zeqiang"), false, null, List.of())), List.of(),
                new Abstract(new AbstractText("zh", zh, List.of(new Span(0, 9), new Span(9, 25))),
                        new AbstractText("en", en, List.of(new Span(0, 34), new Span(35, 60))),
                        List.of(new Alignment(List.of(0), List.of(0), 0.9), new Alignment(List.of(1), List.of(1), 0.8))),
                List.of(new Keyword("肝衰竭", "liver failure"), new Keyword("再生", null)), Identifiers.EMPTY, Dates.EMPTY,
                List.of(), List.of(), List.of(), glossary, List.of(), List.of());
    }

    private static final List<GlossaryEntry> GLOSSARY = List.of(
            new GlossaryEntry("骨髓间充质干细胞", "bone marrow-derived mesenchymal stem cells", "BM-MSCs"));

    private static ParallelExporter parallel(Path out, PairSelection selection) throws Exception {
        return new ParallelExporter(out, Set.of("tsv", "tmx", "jsonl"), selection, Splits.DEFAULT);
    }

    @Test
    void writesATsvHeaderAndOneLinePerPairWithTabsAndNewlinesReplaced(@TempDir Path out) throws Exception {
        try (ParallelExporter p = parallel(out, PairSelection.DEFAULT)) {
            p.accept(article("d1", GLOSSARY));
        }
        List<String> lines = Files.readAllLines(out.resolve("parallel/pairs.tsv"));
        String split = Splits.DEFAULT.of("d1");
        assertEquals("zh\ten\tkind\tdocId\tscore\tbead\tsplit\tzhLang", lines.get(0));
        assertEquals("肝衰竭的 机制\tMechanism of liver failure\ttitle\td1\t\t\t" + split + "\tzh-Hans", lines.get(1));
        assertTrue(lines.contains("BM-MSCs 有望成为新选择。\tBM-MSCs are a new choice.\tabstract\td1\t0.8000\t1:1\t"
                + split + "\tzh-Hans"), lines.toString());
        assertTrue(lines.contains("齐泽强\tQI Zeqiang\tauthor\td1\t\t\t" + split + "\tzh-Hans"));
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("再生")), "a keyword without English is no pair");
        lines.forEach(l -> assertEquals(8, l.split("\t", -1).length, l));
    }

    @Test
    void tsvFieldsTurnEachRunOfTabsAndLineBreaksIntoOneSpace() {
        assertEquals("", PairFormats.field(null));
        assertEquals("a b c d", PairFormats.field("a\t\tb\r\nc\u2028d"));
        assertEquals(" a ", PairFormats.field("\n\ta\n"));
        String clean = "肝衰竭 liver";
        assertTrue(clean == PairFormats.field(clean), "a clean field is returned as is");
    }

    @Test
    void preparedBytesEqualWhatAcceptWrites(@TempDir Path a, @TempDir Path b) throws Exception {
        Article article = article("d1", GLOSSARY);
        try (ParallelExporter p = parallel(a, PairSelection.DEFAULT)) {
            p.accept(article);
        }
        try (ParallelExporter p = parallel(b, PairSelection.DEFAULT)) {
            p.accept(article, p.prepare(article));
        }
        for (String f : List.of("parallel/pairs.tsv", "parallel/corpus.tmx", "parallel/pairs.jsonl")) {
            assertEquals(Files.readString(a.resolve(f)), Files.readString(b.resolve(f)), f);
        }
    }

    @Test
    void jsonlPairsCarryTheTranslationTheBeadTheScoreAndTheScript(@TempDir Path out) throws Exception {
        try (ParallelExporter p = parallel(out, PairSelection.DEFAULT)) {
            p.accept(article("d1", GLOSSARY));
            p.accept(article("d2", List.of()).withSimplified(new org.paperbridge.model.Simplified("标题", null,
                    List.of(), List.of(), List.of())));
        }
        List<String> lines = Files.readAllLines(out.resolve("parallel/pairs.jsonl"));
        var first = Json.MAPPER.readTree(lines.get(1));
        assertEquals("d1-2", first.get("id").asText());
        assertEquals("肝衰竭是急危重症。", first.at("/translation/zh").asText());
        assertEquals("Liver failure is <severe> & acute.", first.at("/translation/en").asText());
        assertEquals("1:1", first.get("bead").asText());
        assertEquals(0.9, first.get("score").asDouble());
        assertEquals("zh-Hans", first.at("/lang/zh").asText());
        var title = Json.MAPPER.readTree(lines.get(0));
        assertTrue(title.get("score").isNull() && title.get("bead").isNull(), "every key, null where there is none");
        assertEquals(6, lines.size(), "d2 repeats d1's pairs but its glossary term: every pair is a duplicate");
    }

    @Test
    void dropsExactAndNearDuplicatePairsAcrossArticlesInCorpusOrder(@TempDir Path out) throws Exception {
        Article original = article("d1", GLOSSARY);
        // The same abstract with other spacing, width, case and script: a near copy of every pair.
        String zh = "肝衰竭是急危重症 。  BM－MSCs 有望成為新選擇。";
        String en = "liver failure is <severe> & acute . bm-mscs are a new choice";
        Article near = new Article(Article.SCHEMA_VERSION, "d3", null, new Bilingual("其他标题", "Another title"),
                List.of(), List.of(),
                new Abstract(new AbstractText("zh", zh, List.of(new Span(0, 10), new Span(10, 28))),
                        new AbstractText("en", en, List.of(new Span(0, 35), new Span(36, 60))),
                        List.of(new Alignment(List.of(0), List.of(0), 0.9), new Alignment(List.of(1), List.of(1), 0.8))),
                List.of(), Identifiers.EMPTY, Dates.EMPTY, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
        ParallelExporter p = parallel(out, PairSelection.DEFAULT);
        try (p) {
            p.accept(original);
            p.accept(original);
            p.accept(near);
        }
        // Duplicates are decided at close, over the articles still in (none was withdrawn here).
        ParallelExporter.Stats stats = p.stats();
        assertEquals(6, stats.exactDuplicates(), "the second copy adds nothing");
        assertEquals(2, stats.nearDuplicates(), "both abstract sentences of the near copy");
        assertEquals(6 + 1, stats.written(), "the near copy's own title is new");
        List<String> tsv = Files.readAllLines(out.resolve("parallel/pairs.tsv"));
        assertEquals(1 + 7, tsv.size());
        assertTrue(tsv.get(7).startsWith("其他标题\tAnother title\ttitle\td3"), tsv.get(7));
    }

    @Test
    void filtersKeepAlignedPairsByScoreBeadAndLength(@TempDir Path out) throws Exception {
        PairSelection strict = new PairSelection(0.85, List.of("1:1"), 0, Double.POSITIVE_INFINITY, true, true);
        try (ParallelExporter p = parallel(out, strict)) {
            p.accept(article("d1", GLOSSARY));
        }
        List<String> tsv = Files.readAllLines(out.resolve("parallel/pairs.tsv"));
        assertEquals(2, tsv.size(), tsv.toString());
        assertTrue(tsv.get(1).startsWith("肝衰竭是急危重症。\tLiver failure"), "only the 0.9 abstract link: " + tsv);
        // BM-MSCs 有望成为新选择 / BM-MSCs are a new choice: 19 letters for 13, the only pair under 1.5 a character.
        PairSelection short_ = new PairSelection(0, List.of(), 0, 1.5, false, true);
        try (ParallelExporter p = parallel(out.resolve("b"), short_)) {
            p.accept(article("d1", GLOSSARY));
        }
        List<String> kept = Files.readAllLines(out.resolve("b/parallel/pairs.tsv"));
        assertEquals(2, kept.size(), kept.toString());
        assertTrue(kept.get(1).startsWith("BM-MSCs 有望成为新选择。\t"), kept.toString());
    }

    @Test
    void writesTmxValidAgainstTheDtdAndReadsItBack(@TempDir Path out) throws Exception {
        try (ParallelExporter tmx = new ParallelExporter(out, Set.of("tmx"), PairSelection.DEFAULT, Splits.DEFAULT)) {
            tmx.accept(article("d1", GLOSSARY));
            tmx.accept(article("d2", List.of(new GlossaryEntry("终末期肝病模型", "model for end-stage liver disease", "MELD"))));
        }
        Path file = out.resolve("parallel/corpus.tmx");
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setValidating(true);
        f.setNamespaceAware(false);
        var reader = f.newSAXParser().getXMLReader();
        reader.setEntityResolver((publicId, systemId) -> {
            InputStream dtd = ExportersTest.class.getResourceAsStream("tmx14.dtd");
            return new InputSource(dtd);
        });
        reader.setErrorHandler(new ErrorHandler() {
            public void warning(SAXParseException e) {
            }

            public void error(SAXParseException e) throws SAXParseException {
                throw e;
            }

            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        reader.setContentHandler(new DefaultHandler());
        reader.parse(new InputSource(file.toUri().toString()));

        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        var db = dbf.newDocumentBuilder();
        db.setEntityResolver((p, s) -> new InputSource(ExportersTest.class.getResourceAsStream("tmx14.dtd")));
        Document doc = db.parse(file.toFile());
        Element header = (Element) doc.getElementsByTagName("header").item(0);
        for (String attr : List.of("creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang", "datatype")) {
            assertFalse(header.getAttribute(attr).isEmpty(), attr);
        }
        assertEquals("*all*", header.getAttribute("srclang"));
        NodeList tus = doc.getElementsByTagName("tu");
        assertEquals(6 + 1, tus.getLength(), "d2's pairs but its own glossary term are duplicates");
        Element first = (Element) tus.item(1);
        NodeList segs = first.getElementsByTagName("seg");
        assertEquals("肝衰竭是急危重症。", segs.item(0).getTextContent());
        assertEquals("Liver failure is <severe> & acute.", segs.item(1).getTextContent());
        assertEquals("zh-Hans", ((Element) first.getElementsByTagName("tuv").item(0)).getAttribute("xml:lang"));
        NodeList props = first.getElementsByTagName("prop");
        assertEquals(List.of("kind=abstract", "docId=d1", "score=0.9000", "bead=1:1", "split=" + Splits.DEFAULT.of("d1")),
                java.util.stream.IntStream.range(0, props.getLength()).mapToObj(i -> (Element) props.item(i))
                        .map(e -> e.getAttribute("type") + "=" + e.getTextContent()).toList());
    }

    @Test
    void mergesTheGlossaryOverTheCorpusWithDocumentCounts(@TempDir Path out) throws Exception {
        try (GlossaryTsvExporter g = new GlossaryTsvExporter(out)) {
            g.accept(article("d1", GLOSSARY));
            g.accept(article("d2", List.of(new GlossaryEntry("骨髓间充质 干细胞", "Bone marrow-derived mesenchymal stem cells", "BM-MSCs"),
                    new GlossaryEntry("终末期肝病模型", "model for end-stage liver disease", "MELD"))));
        }
        List<String> lines = Files.readAllLines(out.resolve("glossary.tsv"), StandardCharsets.UTF_8);
        assertEquals(List.of("zh\ten\tabbr\tdocs\tcount",
                "骨髓间充质干细胞\tbone marrow-derived mesenchymal stem cells\tBM-MSCs\t2\t2",
                "终末期肝病模型\tmodel for end-stage liver disease\tMELD\t1\t1"), lines);
    }
}
