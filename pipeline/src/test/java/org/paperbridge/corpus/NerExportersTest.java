package org.paperbridge.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbridge.text.TermDictionary;
import org.paperbridge.model.Abstract;
import org.paperbridge.model.Article;
import org.paperbridge.model.Bilingual;
import org.paperbridge.model.Entity;
import org.paperbridge.model.Paragraph;
import org.paperbridge.model.Reference;
import org.paperbridge.model.Section;
import org.paperbridge.model.Span;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NerExportersTest {
    private static Article article() {
        String zh = "巨噬细胞表达 STAT3。";
        String en = "Macrophages express STAT3 in mice.";
        List<Entity> entities = List.of(
                new Entity("cell_type", "巨噬细胞", "macrophage", "CL", "CL:0000235", "zh", "p1", 0, 4),
                new Entity("gene", "STAT3", "STAT3", "HGNC", "HGNC:11364", "zh", "p1", 7, 12),
                new Entity("cell_type", "Macrophages", "macrophage", "CL", "CL:0000235", "en", "p2", 0, 11),
                new Entity("gene", "STAT3", "STAT3", "HGNC", "HGNC:11364", "en", "p2", 20, 25),
                new Entity("gene", "YAP", "YAP1", "HGNC", "HGNC:16262", "en", "ref1", 0, 3));
        Reference ref = new Reference(1, "Li X. YAP drives fibrosis[J]. Hepatology, 2020.", "J", List.of("Li X"), false,
                "YAP drives fibrosis", "Hepatology", 2020, null, null, null, null);
        Section s = new Section("s1", null, 1, null, List.of(new Paragraph("p1", "zh", zh, List.of(), List.of()),
                new Paragraph("p2", "en", en, List.of(), List.of())), List.of());
        return new Article(Article.SCHEMA_VERSION, "doc1", null, new Bilingual("标题", null), List.of(), List.of(),
                Abstract.EMPTY, List.of(), null, null, List.of(), List.of(s), List.of(ref), List.of(), entities, List.of());
    }

    @Test
    void biocWritesEveryKeyAndCumulativeOffsets(@TempDir Path dir) throws Exception {
        try (BioCExporter x = new BioCExporter(dir)) {
            x.accept(article());
        }
        JsonNode c = new ObjectMapper().readTree(dir.resolve("ner/bioc.json").toFile());
        for (String k : List.of("source", "date", "key", "infons", "documents")) {
            assertTrue(c.has(k), k);
        }
        JsonNode doc = c.get("documents").get(0);
        for (String k : List.of("id", "infons", "passages", "relations")) {
            assertTrue(doc.has(k), k);
        }
        JsonNode p1 = doc.get("passages").get(1);
        for (String k : List.of("offset", "infons", "text", "sentences", "annotations", "relations")) {
            assertTrue(p1.has(k), k);
        }
        assertEquals(3, p1.get("offset").asInt());
        JsonNode ann = p1.get("annotations").get(1);
        assertEquals("HGNC:11364", ann.get("infons").get("identifier").asText());
        assertEquals(3 + 7, ann.get("locations").get(0).get("offset").asInt());
        assertEquals(5, ann.get("locations").get(0).get("length").asInt());
    }

    @Test
    void biocHasReferenceTitlesAsRefPassages(@TempDir Path dir) throws Exception {
        try (BioCExporter x = new BioCExporter(dir)) {
            x.accept(article());
        }
        JsonNode passages = new ObjectMapper().readTree(dir.resolve("ner/bioc.json").toFile())
                .get("documents").get(0).get("passages");
        JsonNode ref = passages.get(passages.size() - 1);
        assertEquals("ref", ref.get("infons").get("type").asText());
        assertEquals("ref1", ref.get("infons").get("where").asText());
        assertEquals("YAP drives fibrosis", ref.get("text").asText());
        JsonNode ann = ref.get("annotations").get(0);
        assertEquals("HGNC:16262", ann.get("infons").get("identifier").asText());
        assertEquals(ref.get("offset").asInt(), ann.get("locations").get(0).get("offset").asInt());
    }

    @Test
    void aRepeatedReferenceNumberDoesNotMisplaceItsEntities(@TempDir Path dir) throws Exception {
        Article a = article();
        // Another article's [1] after this one's, with a title shorter than the end of ref1's entity
        // (YAP, 0-3): ref1 names the first reference of that number, and only it is a passage.
        Reference other = new Reference(1, "Wu. CT[J]. 2012.", "J", List.of("Wu"), false, "CT", null, 2012,
                null, null, null, null);
        List<Reference> refs = List.of(a.references().get(0), other);
        Article twice = new Article(a.schemaVersion(), a.id(), a.source(), a.title(), a.authors(), a.affiliations(),
                a.abstract_(), a.keywords(), a.identifiers(), a.dates(), a.funding(), a.sections(), refs, a.glossary(),
                a.entities(), a.warnings());
        try (ConllExporter x = new ConllExporter(dir, TermDictionary.of(List.of("巨噬细胞")))) {
            x.accept(twice);
        }
        List<String> en = Files.readAllLines(dir.resolve("ner/en.conll"));
        assertTrue(en.contains("YAP\tB-GENE"), en.toString());
        assertTrue(en.stream().noneMatch(l -> l.startsWith("CT\t")), "only the first [1] is a ref1 passage");
    }

    @Test
    void conllIsValidIob2WithEntitiesOnTokenBoundaries(@TempDir Path dir) throws Exception {
        try (ConllExporter x = new ConllExporter(dir, TermDictionary.of(List.of("巨噬细胞")))) {
            x.accept(article());
        }
        List<String> en = Files.readAllLines(dir.resolve("ner/en.conll"));
        assertTrue(en.contains("Macrophages\tB-CELL_TYPE"), en.toString());
        assertTrue(en.contains("STAT3\tB-GENE"));
        assertTrue(en.contains("mice\tO"));
        List<String> zh = Files.readAllLines(dir.resolve("ner/zh.conll"));
        assertTrue(zh.contains("STAT3\tB-GENE"), zh.toString());
        assertEquals("-DOCSTART- doc1\tO", zh.get(0), "each article opens with the separator CoNLL readers skip");
        String previous = "O";
        for (String line : zh.subList(2, zh.size())) {
            if (line.isEmpty()) {
                previous = "O";
                continue;
            }
            String tag = line.split("\t")[1];
            assertTrue(tag.matches("O|[BI]-[A-Z_]+"), line);
            if (tag.startsWith("I-")) {
                assertTrue(previous.substring(Math.min(2, previous.length())).equals(tag.substring(2)), line);
            }
            previous = tag;
        }
        assertTrue(zh.stream().anyMatch(l -> l.endsWith("B-CELL_TYPE")));
    }

    @Test
    void chineseTokensKeepDictionaryTermsWholeAndSplitPunctuationAndSymbols(@TempDir Path dir) throws Exception {
        try (ConllExporter x = new ConllExporter(dir, TermDictionary.of(List.of("肝星状细胞")))) {
            Section s = new Section("s1", "1", 1, "结果",
                    List.of(new Paragraph("p1", "zh", "肝星状細胞表达NLRP3。", List.of(), List.of())), List.of());
            x.accept(new Article(Article.SCHEMA_VERSION, "doc2", null, Bilingual.EMPTY, List.of(), List.of(),
                    Abstract.EMPTY, List.of(), null, null, List.of(), List.of(s), List.of(), List.of(), List.of(), List.of()));
        }
        List<String> zh = Files.readAllLines(dir.resolve("ner/zh.conll"));
        assertEquals(List.of("-DOCSTART- doc2\tO", "", "肝星状細胞\tO", "表达\tO", "NLRP3\tO", "。\tO", ""), zh,
                "a traditional form is one token too, with its printed characters");
    }

    @Test
    void jsonlSentencesHaveTokensAndLabelIndicesLikeTheConllLines(@TempDir Path dir) throws Exception {
        try (ConllExporter x = new ConllExporter(dir, TermDictionary.of(List.of("巨噬细胞")), true, true, Splits.DEFAULT)) {
            x.accept(article());
        }
        List<String> labels = new java.util.ArrayList<>();
        new ObjectMapper().readTree(dir.resolve("ner/labels.json").toFile()).get("names").forEach(n -> labels.add(n.asText()));
        assertEquals("O", labels.get(0));
        assertEquals(15, labels.size());
        List<String> conll = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("ner/en.conll"))) {
            if (!line.isEmpty() && !line.startsWith("-DOCSTART-")) {
                conll.add(line);
            }
        }
        List<String> fromJsonl = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("ner/en.jsonl"))) {
            JsonNode row = new ObjectMapper().readTree(line);
            assertEquals("doc1", row.get("doc").asText());
            assertEquals(Splits.DEFAULT.of("doc1"), row.get("split").asText());
            assertEquals("en", row.get("lang").asText());
            for (int i = 0; i < row.get("tokens").size(); i++) {
                fromJsonl.add(row.get("tokens").get(i).asText() + "\t" + labels.get(row.get("ner_tags").get(i).asInt()));
            }
        }
        assertEquals(conll, fromJsonl, "one tokenization, two layouts");
        JsonNode zh = new ObjectMapper().readTree(Files.readAllLines(dir.resolve("ner/zh.jsonl")).get(0));
        assertEquals("zh-Hans", zh.get("lang").asText());
        assertEquals("doc1-title.zh-1", zh.get("id").asText());
    }

    @Test
    void biocPassagesCarryTheirSentencesAndScriptTags(@TempDir Path dir) throws Exception {
        String text = "肝衰竭是急危重症。巨噬細胞參與其中。";
        Section s = new Section("s1", "1", 1, "结果",
                List.of(new Paragraph("p1", "zh", text, List.of(new Span(0, 9), new Span(9, 18)), List.of())), List.of());
        Article a = new Article(Article.SCHEMA_VERSION, "doc3", null, Bilingual.EMPTY, List.of(), List.of(),
                Abstract.EMPTY, List.of(), null, null, List.of(), List.of(s), List.of(), List.of(), List.of(), List.of())
                .withSimplified(new org.paperbridge.model.Simplified(null, null, List.of(), List.of(), List.of()));
        try (BioCExporter x = new BioCExporter(dir)) {
            x.accept(a);
        }
        JsonNode p = new ObjectMapper().readTree(dir.resolve("ner/bioc.json").toFile())
                .get("documents").get(0).get("passages").get(0);
        assertEquals("zh-Hant", p.get("infons").get("lang").asText());
        JsonNode sentences = p.get("sentences");
        assertEquals(2, sentences.size());
        assertEquals("巨噬細胞參與其中。", sentences.get(1).get("text").asText());
        assertEquals(p.get("offset").asInt() + 9, sentences.get(1).get("offset").asInt());
    }
}
