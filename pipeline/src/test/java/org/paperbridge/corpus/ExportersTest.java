package org.paperbridge.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
                new Abstract(new AbstractText(zh, List.of(new Span(0, 9), new Span(9, 25))),
                        new AbstractText(en, List.of(new Span(0, 34), new Span(35, 60))),
                        List.of(new Alignment(List.of(0), List.of(0), 0.9), new Alignment(List.of(1), List.of(1), 0.8))),
                List.of(new Keyword("肝衰竭", "liver failure"), new Keyword("再生", null)), Identifiers.EMPTY, Dates.EMPTY,
                List.of(), List.of(), List.of(), glossary, List.of(), List.of());
    }

    private static final List<GlossaryEntry> GLOSSARY = List.of(
            new GlossaryEntry("骨髓间充质干细胞", "bone marrow-derived mesenchymal stem cells", "BM-MSCs"));

    @Test
    void writesOneTsvLinePerPairWithTabsAndNewlinesReplaced(@TempDir Path out) throws Exception {
        try (PairsTsvExporter tsv = new PairsTsvExporter(out)) {
            tsv.accept(article("d1", GLOSSARY));
        }
        List<String> lines = Files.readAllLines(out.resolve("parallel/pairs.tsv"));
        assertEquals("肝衰竭的 机制\tMechanism of liver failure\ttitle\td1", lines.get(0));
        assertTrue(lines.contains("BM-MSCs 有望成为新选择。\tBM-MSCs are a new choice.\tabstract\td1"), lines.toString());
        assertTrue(lines.contains("齐泽强\tQI Zeqiang\tauthor\td1"));
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("再生")), "a keyword without English is no pair");
        lines.forEach(l -> assertEquals(4, l.split("\t", -1).length, l));
    }

    @Test
    void tsvFieldsTurnEachRunOfTabsAndLineBreaksIntoOneSpace() {
        assertEquals("", PairsTsvExporter.field(null));
        assertEquals("a b c d", PairsTsvExporter.field("a\t\tb\r\nc\u2028d"));
        assertEquals(" a ", PairsTsvExporter.field("\n\ta\n"));
        String clean = "肝衰竭 liver";
        assertTrue(clean == PairsTsvExporter.field(clean), "a clean field is returned as is");
    }

    @Test
    void preparedTsvAndTmxBytesEqualWhatAcceptWrites(@TempDir Path a, @TempDir Path b) throws Exception {
        Article article = article("d1", GLOSSARY);
        try (PairsTsvExporter tsv = new PairsTsvExporter(a); TmxExporter tmx = new TmxExporter(a)) {
            tsv.accept(article);
            tmx.accept(article);
        }
        try (PairsTsvExporter tsv = new PairsTsvExporter(b); TmxExporter tmx = new TmxExporter(b)) {
            tsv.accept(article, tsv.prepare(article));
            tmx.accept(article, tmx.prepare(article));
        }
        for (String f : List.of("parallel/pairs.tsv", "parallel/corpus.tmx")) {
            assertEquals(Files.readString(a.resolve(f)), Files.readString(b.resolve(f)), f);
        }
    }

    @Test
    void writesTmxValidAgainstTheDtdAndReadsItBack(@TempDir Path out) throws Exception {
        try (TmxExporter tmx = new TmxExporter(out)) {
            tmx.accept(article("d1", GLOSSARY));
            tmx.accept(article("d2", List.of()));
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
        assertEquals("zh-CN", header.getAttribute("srclang"));
        NodeList tus = doc.getElementsByTagName("tu");
        assertEquals(2 * 6 - 1, tus.getLength());
        Element first = (Element) tus.item(1);
        NodeList segs = first.getElementsByTagName("seg");
        assertEquals("肝衰竭是急危重症。", segs.item(0).getTextContent());
        assertEquals("Liver failure is <severe> & acute.", segs.item(1).getTextContent());
        assertEquals("abstract", first.getElementsByTagName("prop").item(0).getTextContent());
        assertEquals("d1", first.getElementsByTagName("prop").item(1).getTextContent());
    }

    @Test
    void mergesTheGlossaryOverTheCorpusWithDocumentCounts(@TempDir Path out) throws Exception {
        try (GlossaryTsvExporter g = new GlossaryTsvExporter(out)) {
            g.accept(article("d1", GLOSSARY));
            g.accept(article("d2", List.of(new GlossaryEntry("骨髓间充质 干细胞", "Bone marrow-derived mesenchymal stem cells", "BM-MSCs"),
                    new GlossaryEntry("终末期肝病模型", "model for end-stage liver disease", "MELD"))));
        }
        List<String> lines = Files.readAllLines(out.resolve("glossary.tsv"), StandardCharsets.UTF_8);
        assertEquals(List.of("骨髓间充质干细胞\tbone marrow-derived mesenchymal stem cells\tBM-MSCs\t2\t2",
                "终末期肝病模型\tmodel for end-stage liver disease\tMELD\t1\t1"), lines);
    }
}
