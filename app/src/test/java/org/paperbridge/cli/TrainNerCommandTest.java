package org.paperbridge.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbridge.ner.DictionaryHints;
import org.paperbridge.ner.LearnedTagger;
import org.paperbridge.ner.Span;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** train-ner on tiny made-up corpora laid out as the public ones are: reproducible files, word classes beside the models. */
class TrainNerCommandTest {
    private static final String[] DRUGS = {"aspirin", "ibuprofen", "naproxen", "warfarin", "heparin"};

    /** An MTL-style data folder (train.tsv per corpus) and a brat standoff folder. */
    private static Path[] corpora(Path dir) throws Exception {
        Path mtl = dir.resolve("mtl");
        StringBuilder cdr = new StringBuilder();
        StringBuilder gene = new StringBuilder();
        for (int round = 0; round < 4; round++) {
            for (String d : DRUGS) {
                // the texts differ by round (train-ner learns the classes from distinct texts)
                cdr.append("Patients\tO\ntreated\tO\nwith\tO\n").append(d).append("\tB-Chemical\nhad\tO\nfever\tB-Disease\n")
                        .append(List.of("today", "twice", "again", "later").get(round)).append("\tO\n.\tO\n\n");
                gene.append("The\tO\n").append(d.toUpperCase()).append("1\tB-GENE\ngene\tO\nwas\tO\nexpressed\tO\n.\tO\n\n");
            }
        }
        for (String[] f : new String[][]{{"BC5CDR-IOB", cdr.toString()}, {"NCBI-disease-IOB", cdr.toString()},
                {"BC2GM-IOB", gene.toString()}}) {
            Files.createDirectories(mtl.resolve(f[0]));
            Files.writeString(mtl.resolve(f[0]).resolve("train.tsv"), f[1]);
        }
        Path standoff = Files.createDirectories(dir.resolve("standoff"));
        Files.writeString(standoff.resolve("1.txt"), "Activated T cells secrete IL-2 .\n");
        Files.writeString(standoff.resolve("1.ann"), "T1\tcell_type 0 17\tActivated T cells\n");
        return new Path[]{mtl, standoff};
    }

    private static int run(Path[] c, Path out, ByteArrayOutputStream err, String... extra) {
        TrainNerCommand cmd = new TrainNerCommand(new PrintStream(err, true, StandardCharsets.UTF_8));
        List<String> args = new java.util.ArrayList<>(List.of("--mtl", c[0].toString(), "--jnlpba", c[1].toString(),
                "--jnlpba-devel", c[0].resolve("none.txt").toString(), "--out", out.toString(), "--bits", "14",
                "--epochs", "4", "--min-count", "1"));
        args.addAll(List.of(extra));
        if (!args.contains("--classes")) {
            args.addAll(List.of("--classes", "20,4"));
        }
        return new picocli.CommandLine(cmd).execute(args.toArray(String[]::new));
    }

    @Test
    void theSameCorporaGiveTheSameFilesAndTheClassesLoadWithTheModels(@TempDir Path dir) throws Exception {
        Path[] c = corpora(dir);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, run(c, dir.resolve("a"), err), err.toString());
        assertEquals(0, run(c, dir.resolve("b"), err), err.toString());
        for (String f : List.of("en-gene.pbn.gz", "en-chemical.pbn.gz", "en-clusters.tsv.gz", "models.txt")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(f)), Files.readAllBytes(dir.resolve("b").resolve(f)), f);
        }
        String classes;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("a").resolve(LearnedTagger.CLUSTERS_FILE)))) {
            classes = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // the drugs fill the same slot, so they share a class; the line format is word, coarse, fine
        String aspirin = classes.lines().filter(l -> l.startsWith("aspirin\t")).findFirst().orElseThrow();
        String warfarin = classes.lines().filter(l -> l.startsWith("warfarin\t")).findFirst().orElseThrow();
        assertEquals(aspirin.substring(aspirin.indexOf('\t')), warfarin.substring(warfarin.indexOf('\t')));
        assertTrue(err.toString().contains("word classes:"), err.toString());

        // a drug the chemical model saw, in the frame it was trained on, read back with the classes
        Path root = dir.resolve("root");
        Files.createDirectories(root.resolve("models"));
        Files.move(dir.resolve("a"), root.resolve("models/ner"));
        LearnedTagger tagger = LearnedTagger.load(1, m -> Files.newInputStream(root.resolve("models/ner/en-chemical.pbn.gz")),
                org.paperbridge.ner.WordClusters.read(new GZIPInputStream(
                        Files.newInputStream(root.resolve("models/ner").resolve(LearnedTagger.CLUSTERS_FILE)))));
        String text = "Patients treated with naproxen had fever again .";
        List<Span> found = tagger.tag(text, DictionaryHints.NONE);
        assertEquals(1, found.size(), found.toString());
        assertEquals("naproxen", text.substring(found.get(0).start(), found.get(0).end()));
    }

    @Test
    void unlabeledTextGivesClassesToWordsTheTrainingTextsLack(@TempDir Path dir) throws Exception {
        Path[] c = corpora(dir);
        StringBuilder extra = new StringBuilder();
        for (String w : List.of("today", "twice", "again")) {
            // tags are ignored: only the text is read
            extra.append("Patients\tO\ntreated\tO\nwith\tO\nmesna\tB-Chemical\nhad\tO\nfever\tO\n")
                    .append(w).append("\tO\n.\tO\n\n");
        }
        Path file = dir.resolve("extra.tsv");
        Files.writeString(file, extra.toString());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, run(c, dir.resolve("plain"), err, "--types", "chemical"), err.toString());
        assertEquals(0, run(c, dir.resolve("more"), err, "--types", "chemical", "--unlabeled", file.toString()),
                err.toString());
        assertFalse(classes(dir.resolve("plain")).contains("mesna\t"));
        assertTrue(classes(dir.resolve("more")).lines().anyMatch(l -> l.startsWith("mesna\t")));
    }

    private static String classes(Path out) throws Exception {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out.resolve(LearnedTagger.CLUSTERS_FILE)))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void withoutClassesNoClassFileIsLeft(@TempDir Path dir) throws Exception {
        Path[] c = corpora(dir);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path out = dir.resolve("out");
        assertEquals(0, run(c, out, err));
        assertTrue(Files.exists(out.resolve(LearnedTagger.CLUSTERS_FILE)));
        assertEquals(0, run(c, out, err, "--classes", "0"));
        assertFalse(Files.exists(out.resolve(LearnedTagger.CLUSTERS_FILE)));
    }

    @Test
    void edgeWordsAreWrittenOnlyWhenAskedFor(@TempDir Path dir) throws Exception {
        Path[] c = corpora(dir);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path out = dir.resolve("out");
        assertEquals(0, run(c, out, err, "--edge-min-count", "3"));
        List<String> lines = Files.readAllLines(out.resolve(LearnedTagger.EDGES_FILE));
        // "gene" follows every gene mention and is never in one; "fever" is a disease, not a chemical
        assertTrue(lines.contains("gene\tfirst\tgene"), lines.toString());
        assertTrue(lines.contains("chemical\tlast\tfever"), lines.toString());
        assertFalse(lines.contains("disease\tfirst\tfever"), lines.toString());
        assertEquals(0, run(c, out, err));
        assertFalse(Files.exists(out.resolve(LearnedTagger.EDGES_FILE)));
    }

    @Test
    void withDevelTheDevelSplitsAreReadToo(@TempDir Path dir) throws Exception {
        Path[] c = corpora(dir);
        for (String corpus : List.of("BC5CDR-IOB", "NCBI-disease-IOB", "BC2GM-IOB")) {
            Files.writeString(c[0].resolve(corpus).resolve("devel.tsv"),
                    "Rats\tO\ngiven\tO\ncocaine\tB-Chemical\nhad\tO\nseizures\tB-Disease\n.\tO\n\n");
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, run(c, dir.resolve("a"), err, "--types", "chemical"), err.toString());
        assertTrue(err.toString().contains("chemical: 20 texts"), err.toString());
        ByteArrayOutputStream withDevel = new ByteArrayOutputStream();
        assertEquals(0, run(c, dir.resolve("b"), withDevel, "--types", "chemical", "--with-devel"), withDevel.toString());
        assertTrue(withDevel.toString().contains("chemical: 21 texts"), withDevel.toString());
        // a corpus without a devel split is a one-line error, not a silent train-only model
        Files.delete(c[0].resolve("BC2GM-IOB").resolve("devel.tsv"));
        java.io.StringWriter missing = new java.io.StringWriter();
        picocli.CommandLine cli = Main.commandLine(new TrainNerCommand(new PrintStream(new ByteArrayOutputStream())));
        cli.setErr(new java.io.PrintWriter(missing, true));
        assertEquals(2, cli.execute("--mtl", c[0].toString(), "--jnlpba", c[1].toString(), "--out",
                dir.resolve("c").toString(), "--bits", "14", "--epochs", "1", "--classes", "0", "--types", "gene",
                "--with-devel"));
        String line = missing.toString().strip();
        assertTrue(line.endsWith("train-ner: missing training file " + c[0].resolve("BC2GM-IOB").resolve("devel.tsv")), line);
        assertFalse(line.contains("\n"), line);
    }

    @Test
    void secondOrderIsChosenPerTypeAndOtherTypesKeepTheFirstOrderFile(@TempDir Path dir) throws Exception {
        Path[] c = corpora(dir);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, run(c, dir.resolve("first"), err, "--types", "gene,chemical"), err.toString());
        assertEquals(0, run(c, dir.resolve("second"), err, "--types", "gene,chemical", "--second-order", "chemical"),
                err.toString());
        assertArrayEquals(Files.readAllBytes(dir.resolve("first/en-gene.pbn.gz")),
                Files.readAllBytes(dir.resolve("second/en-gene.pbn.gz")));
        try (InputStream in = Files.newInputStream(dir.resolve("second/en-chemical.pbn.gz"))) {
            assertTrue(org.paperbridge.ner.ModelFile.read(in).secondOrder());
        }
        try (InputStream in = Files.newInputStream(dir.resolve("first/en-chemical.pbn.gz"))) {
            assertFalse(org.paperbridge.ner.ModelFile.read(in).secondOrder());
        }
        ByteArrayOutputStream bad = new ByteArrayOutputStream();
        assertEquals(2, run(c, dir.resolve("bad"), bad, "--second-order", "protein"));
        assertTrue(bad.toString(StandardCharsets.UTF_8).contains("unknown type protein"), bad.toString());
    }

    @Test
    void aBadClassOptionIsAOneLineError(@TempDir Path dir) throws Exception {
        Path[] c = corpora(dir);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, run(c, dir.resolve("out"), err, "--classes", "20,0"));
        assertEquals("paperbridge train-ner: --classes takes FINE,COARSE (FINE 0 for none), e.g. 300,40",
                err.toString(StandardCharsets.UTF_8).strip());
    }
}
