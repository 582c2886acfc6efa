package org.paperbridge.ner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NerCorpusTest {
    @TempDir
    Path dir;

    @Test
    void readsIobSentencesJoinedAsTagConllJoinsThem() throws Exception {
        Path f = dir.resolve("train.tsv");
        Files.writeString(f, "-DOCSTART-\tO\n\nThe\tO\nVEGF\tB-GENE\n-\tI-GENE\nB\tI-GENE\nlevel\tO\n\n"
                + "IL\tB-GENE\n2\tI-GENE\nand\tO\nIL\tB-Other\n\n");
        List<NerCorpus.ConllText> s = NerCorpus.readConll(f, Map.of("GENE", "gene"));
        assertEquals(2, s.size());
        LabeledText first = s.get(0).labeled();
        assertEquals("The VEGF-B level", first.text());
        assertEquals(List.of(new Span(4, 10, "gene")), first.spans());
        assertEquals("IL 2 and IL", s.get(1).labeled().text());
        assertEquals(List.of(new Span(0, 4, "gene")), s.get(1).labeled().spans());
    }

    @Test
    void aLineWithoutTagIsAClearError() throws Exception {
        Path f = dir.resolve("bad.tsv");
        Files.writeString(f, "token-without-tag\n");
        assertThrows(java.io.IOException.class, () -> NerCorpus.readConll(f, Map.of()));
    }

    @Test
    void readsStandoffLineByLineAndLeavesHeldOutDocumentsOut() throws Exception {
        Files.writeString(dir.resolve("1.txt"), "IL-2 in T cells.\nActivated T cells grew.\n");
        Files.writeString(dir.resolve("1.ann"), "T1\tprotein 0 4\tIL-2\nT2\tcell_type 8 15\tT cells\n"
                + "T3\tcell_type 17 34\tActivated T cells\n");
        Files.writeString(dir.resolve("2.txt"), "Held out.\n");
        Files.writeString(dir.resolve("2-2.txt"), "Its duplicate.\n");
        List<LabeledText> texts = NerCorpus.readStandoff(dir, Set.of("2"), Map.of("cell_type", "cell_type"));
        assertEquals(2, texts.size());
        assertEquals(List.of(new Span(8, 15, "cell_type")), texts.get(0).spans());
        assertEquals("Activated T cells grew.", texts.get(1).text());
        assertEquals(List.of(new Span(0, 17, "cell_type")), texts.get(1).spans());
    }
}
