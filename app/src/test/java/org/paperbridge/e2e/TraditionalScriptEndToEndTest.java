package org.paperbridge.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.paperbridge.cli.Main;
import org.paperbridge.io.Json;
import org.paperbridge.model.Article;

/**
 * The seed in traditional script (fixtures/formats/article-traditional.txt, HanLP's s2t conversion
 * of the seed, and the same text in Big5) must give the seed's structure and entities, keep the
 * printed text, and carry the simplified title, abstract and keywords.
 */
class TraditionalScriptEndToEndTest {
    static final Path TRADITIONAL = SeedEndToEndTest.ROOT.resolve("fixtures/formats/article-traditional.txt");
    static final Path BIG5 = SeedEndToEndTest.ROOT.resolve("fixtures/formats/article-big5.txt");

    @TempDir
    static Path out;
    static JsonNode seed;
    static JsonNode traditional;

    @BeforeAll
    static void run() throws IOException {
        seed = runOne(SeedEndToEndTest.SEED, out.resolve("seed"));
        traditional = runOne(TRADITIONAL, out.resolve("traditional"));
    }

    private static JsonNode runOne(Path source, Path into) throws IOException {
        assertEquals(0, Main.execute("run", source.toString(), "--out", into.toString(), "--no-index",
                "--formats", "json"), source.toString());
        try (Stream<Path> docs = Files.list(into.resolve("docs"))) {
            List<Path> files = docs.toList();
            assertEquals(1, files.size());
            return Json.MAPPER.readTree(files.get(0).toFile());
        }
    }

    @Test
    void frontMatterSectionsAndReferencesMatchTheSimplifiedSeed() {
        for (String field : List.of("identifiers", "dates")) {
            assertEquals(seed.get(field), traditional.get(field), field);
        }
        for (String field : List.of("authors", "affiliations", "keywords", "funding", "references", "glossary")) {
            assertEquals(seed.get(field).size(), traditional.get(field).size(), field);
        }
        assertEquals(List.of("河北省自然科學基金", "河北省政府臨牀醫學優秀人才培養計劃"),
                texts(traditional.get("funding"), "funder"));
        assertEquals(outline(seed.get("sections"), new ArrayList<>()), outline(traditional.get("sections"), new ArrayList<>()));
        assertEquals(seed.get("abstract").get("zh").get("sentences"), traditional.get("abstract").get("zh").get("sentences"));
        assertEquals(seed.get("abstract").get("alignment"), traditional.get("abstract").get("alignment"));
        for (int i = 0; i < seed.get("references").size(); i++) {
            JsonNode a = seed.get("references").get(i);
            JsonNode b = traditional.get("references").get(i);
            for (String field : List.of("n", "type", "year", "volume", "issue", "pages", "doi", "etAl")) {
                assertEquals(a.get(field), b.get(field), "reference " + (i + 1) + " " + field);
            }
        }
    }

    @Test
    void keepsThePrintedTextAndAddsSimplifiedForms() throws IOException {
        String firstLine = Files.readString(TRADITIONAL).strip().lines().findFirst().orElseThrow();
        assertEquals(firstLine, traditional.get("title").get("zh").asText());
        assertEquals(List.of("肝衰竭", "間充質幹細胞", "再生", "移植"), texts(traditional.get("keywords"), "zh"));
        JsonNode simplified = traditional.get("simplified");
        assertNotNull(simplified, "a traditional article carries its simplified forms");
        assertEquals(seed.get("title").get("zh"), simplified.get("title"));
        assertEquals(seed.get("abstract").get("zh").get("text"), simplified.get("abstract"));
        assertEquals(texts(seed.get("keywords"), "zh"), texts(simplified.get("keywords"), null));
        assertTrue(seed.has("simplified") && seed.get("simplified").isNull(),
                "articles in simplified script have the key, null (one shape for every row)");
        assertNotEquals(seed.get("abstract").get("zh").get("text"), traditional.get("abstract").get("zh").get("text"));
    }

    @Test
    void tagsTheSameEntitiesWithOffsetsIntoThePrintedText() {
        assertEquals(entityKeys(seed), entityKeys(traditional));
        boolean fibrosis = false;
        for (JsonNode e : traditional.get("entities")) {
            String where = e.get("where").asText();
            if (where.startsWith("p")) {
                String text = paragraph(traditional.get("sections"), where);
                int start = text.offsetByCodePoints(0, e.get("start").asInt());
                int end = text.offsetByCodePoints(0, e.get("end").asInt());
                assertEquals(e.get("text").asText(), text.substring(start, end), where);
            }
            fibrosis |= e.get("text").asText().equals("肝纖維化") && e.get("id").asText().equals("DOID:0061215");
        }
        assertTrue(fibrosis, "肝纖維化 is tagged as 肝纤维化 (hepatic fibrosis)");
    }

    @Test
    void validatesAndReadsBackIntoTheModel() throws IOException {
        assertEquals(Set.of(), new SchemaValidator().validate(traditional));
        Article article = Json.MAPPER.treeToValue(traditional, Article.class);
        assertEquals("骨髓间充质干细胞治疗肝衰竭的作用机制", article.simplified().title());
        Article printed = Json.MAPPER.treeToValue(seed, Article.class);
        assertEquals(printed.authors().stream().map(a -> a.name().zh()).toList(), article.simplified().authors(),
                "the authors' names in simplified script, in the order of authors[]");
        assertEquals(printed.affiliations().stream().map(a -> a.zh()).toList(), article.simplified().affiliations());
        assertTrue(article.simplified().authors().size() > 1 && !article.simplified().affiliations().isEmpty());
        assertEquals(traditional, Json.MAPPER.valueToTree(article));
        assertEquals(seed, Json.MAPPER.valueToTree(Json.MAPPER.treeToValue(seed, Article.class)));
    }

    @Test
    void big5TextGivesTheSameArticle(@TempDir Path big5Out) throws IOException {
        JsonNode big5 = runOne(BIG5, big5Out);
        assertEquals(traditional.get("title"), big5.get("title"));
        assertEquals(traditional.get("authors"), big5.get("authors"));
        assertEquals(traditional.get("keywords"), big5.get("keywords"));
        assertEquals(traditional.get("simplified").get("title"), big5.get("simplified").get("title"));
        assertEquals(outline(traditional.get("sections"), new ArrayList<>()), outline(big5.get("sections"), new ArrayList<>()));
        assertEquals(traditional.get("references").size(), big5.get("references").size());
    }

    /** Number, paragraph count, sentence spans and citations of every section, in order. */
    private static List<String> outline(JsonNode sections, List<String> into) {
        for (JsonNode s : sections) {
            StringBuilder line = new StringBuilder(s.get("number").asText()).append(' ');
            for (JsonNode p : s.get("paragraphs")) {
                line.append(p.get("sentences")).append(p.get("citations"));
            }
            into.add(line.toString());
            outline(s.get("sections"), into);
        }
        return into;
    }

    private static List<String> entityKeys(JsonNode article) {
        List<String> keys = new ArrayList<>();
        for (JsonNode e : article.get("entities")) {
            keys.add(e.get("type").asText() + " " + e.get("id").asText() + " " + e.get("where").asText() + " "
                    + e.get("start").asInt() + "-" + e.get("end").asInt());
        }
        return keys;
    }

    private static String paragraph(JsonNode sections, String id) {
        for (JsonNode s : sections) {
            for (JsonNode p : s.get("paragraphs")) {
                if (p.get("id").asText().equals(id)) {
                    return p.get("text").asText();
                }
            }
            String inner = paragraph(s.get("sections"), id);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            JsonNode v = field == null ? n : n.get(field);
            out.add(v.isNull() ? null : v.asText());
        }
        return out;
    }
}
