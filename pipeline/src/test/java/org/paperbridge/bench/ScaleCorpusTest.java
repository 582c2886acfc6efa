package org.paperbridge.bench;

import org.paperbridge.bench.ScaleCorpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.paperbridge.Pipeline;
import org.paperbridge.model.Article;

class ScaleCorpusTest {
    static final Path ROOT = Path.of(System.getProperty("paperbridge.root", ".."));
    static final Path SEED = ROOT.resolve("fixtures/seed/000_ce62bb77f3435be5.txt");

    private static final Pattern CITATION = Pattern.compile("\\[\\d+(?:[,\\-–]\\d+)*]");

    @Test
    void variantsDifferButKeepHeadingsCitationsAndReferenceCount() throws Exception {
        ScaleCorpus gen = ScaleCorpus.fromFiles(List.of(SEED));
        String a = gen.variant(0, 1);
        String b = gen.variant(1, 1);
        assertNotEquals(a, b);
        assertEquals(a, gen.variant(0, 1), "deterministic for a seed");
        assertEquals(citations(a), citations(b), "citation markers untouched, in the same numbers");
        assertTrue(a.contains("\n2.1 ") && b.contains("\n2.1 "), "heading numbers untouched");
        assertTrue(a.contains("DOI: 10.") && !a.contains("10.16352/j.issn.1001-6325.2024.11.1608"),
                "the DOI stays a DOI but is the variant's own");
        Pipeline pipeline = new Pipeline();
        Article template = pipeline.process(SEED).article();
        Article va = pipeline.process("a.md", a.getBytes(StandardCharsets.UTF_8)).article();
        assertEquals(template.references().size(), va.references().size());
        assertEquals(template.sections().size(), va.sections().size());
        assertNotEquals(template.references().get(0).raw(), va.references().get(0).raw(), "names and numbers varied");
        assertNotEquals(template.dates(), va.dates(), "dates varied");
        assertTrue(va.dates().received() != null && va.dates().revised() != null, "and still real dates: " + va.dates());
        assertEquals(template.warnings(), va.warnings(), "no unreadable dates or other new trouble");
    }

    private static List<String> citations(String text) throws IOException {
        Matcher m = CITATION.matcher(text);
        return m.results().map(r -> r.group()).sorted().toList();
    }
}
