package org.paperbridge.bench;

import org.paperbridge.bench.ArticleParts;
import org.paperbridge.bench.ScalePdfCorpus;
import org.paperbridge.bench.ScaleCorpus;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.paperbridge.Pipeline;
import org.paperbridge.model.Article;
import org.paperbridge.model.Section;

class ScalePdfCorpusTest {
    static final Path ROOT = Path.of(System.getProperty("paperbridge.root", ".."));
    static final Path SEED = ROOT.resolve("fixtures/seed/000_ce62bb77f3435be5.txt");

    @TempDir
    Path dir;

    @Test
    void typesetVariantsAreDistinctWholeArticlesToThePipeline() throws Exception {
        ScaleCorpus texts = ScaleCorpus.fromFiles(List.of(SEED));
        List<Path> pdfs = new ScalePdfCorpus(texts).write(dir, 3, 1, 1);
        assertEquals(dir.resolve("000/article-000002.pdf"), pdfs.get(2));
        ArticleParts template = ArticleParts.parse(Files.readString(SEED));
        long topHeadings = template.body().stream().filter(p -> p.heading() && p.text().matches("\\d+\\s.*")).count();
        Pipeline pipeline = new Pipeline();
        Set<String> ids = new HashSet<>();
        Set<String> firstReferences = new HashSet<>();
        for (int i = 0; i < pdfs.size(); i++) {
            Article a = pipeline.process(pdfs.get(i).toString(), Files.readAllBytes(pdfs.get(i))).article();
            ids.add(a.id());
            firstReferences.add(a.references().get(0).raw());
            assertEquals(template.references().size(), a.references().size(), "references of article " + i);
            assertEquals(template.front().get(0), a.title().zh());
            assertFalse(a.title().en().isBlank());
            assertFalse(a.abstract_().zh().text().isBlank());
            assertFalse(a.abstract_().en().text().isBlank());
            List<Section> numbered = a.sections().stream().filter(s -> s.number() != null).toList();
            assertEquals(topHeadings, numbered.size(), "numbered sections of article " + i);
            for (Section s : numbered) {
                assertFalse(s.title().isBlank());
                assertFalse(s.paragraphs().isEmpty() && s.sections().isEmpty(), "section " + s.number() + " is empty");
            }
            String firstParagraph = ArticleParts.parse(texts.variant(i, 1)).body().stream()
                    .dropWhile(p -> !p.heading()).skip(1).findFirst().orElseThrow().text();
            assertEquals(letters(ArticleParts.plain(firstParagraph)), letters(numbered.get(0).paragraphs().get(0).text()),
                    "section 1 opens with the variant's paragraph, read in order from " + (i % 2 + 1) + " column(s)");
        }
        assertEquals(3, ids.size(), "every article has its own id");
        assertEquals(3, firstReferences.size(), "names and numbers varied");
    }

    /** Without spaces and punctuation, which the pipeline normalizes the same way for text and PDF. */
    private static String letters(String text) {
        return text.replaceAll("[\\s\\p{P}]", "");
    }

    @Test
    void sameSeedWritesTheSameBytesOnAnyNumberOfThreads() throws Exception {
        ScalePdfCorpus corpus = new ScalePdfCorpus(ScaleCorpus.fromFiles(List.of(SEED)));
        List<Path> one = corpus.write(dir.resolve("one"), 2, 7, 1);
        List<Path> two = corpus.write(dir.resolve("two"), 2, 7, 2);
        for (int i = 0; i < 2; i++) {
            assertArrayEquals(Files.readAllBytes(one.get(i)), Files.readAllBytes(two.get(i)));
        }
    }
}
