package org.paperbridge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.paperbridge.align.AlignmentEvaluation;
import org.paperbridge.align.BilingualDictionary;
import org.paperbridge.align.LengthModel;
import org.paperbridge.align.LengthModelEstimator;
import org.paperbridge.align.SentenceAligner;
import org.paperbridge.model.Alignment;

/**
 * {@code paperbridge align --eval FILE}: aligns every pair of a gold JSONL set (id, zh_sentences,
 * en_sentences, gold beads) with the length model fitted on the set's own abstracts, as a batch run
 * does, and prints bead and sentence-pair precision, recall and F1.
 */
final class AlignEvaluationRun {
    private record GoldText(String id, List<String> zh, List<String> en, List<Alignment> gold) {
    }

    private final Path file;
    private final boolean listErrors;

    AlignEvaluationRun(Path file, boolean listErrors) {
        this.file = file;
        this.listErrors = listErrors;
    }

    int run(PrintWriter out, PrintWriter err) {
        List<GoldText> texts;
        try {
            texts = read(file);
        } catch (IOException | RuntimeException e) {
            err.println("align: cannot read gold set " + file + ": " + e.getMessage());
            return 2;
        }
        LengthModelEstimator estimator = new LengthModelEstimator();
        for (GoldText t : texts) {
            estimator.add(String.join("", t.zh()), String.join(" ", t.en()));
        }
        LengthModel model = estimator.fit();
        SentenceAligner aligner = new SentenceAligner(model, BilingualDictionary.empty());
        AlignmentEvaluation evaluation = new AlignmentEvaluation();
        for (GoldText t : texts) {
            List<Alignment> predicted = aligner.alignSentences(t.zh(), t.en());
            evaluation.add(t.gold(), predicted);
            if (listErrors && !shape(predicted).equals(shape(t.gold()))) {
                out.println("# " + t.id() + "\tgold " + shape(t.gold()) + "\tgot " + shape(predicted));
            }
        }
        out.printf(Locale.ROOT, "texts\t%d\texact\t%d%n", evaluation.texts(), evaluation.textsExact());
        out.printf(Locale.ROOT, "length model\tratio %.3f\tvariance %.2f%n", model.ratio(), model.variance());
        print(out, "beads", evaluation.beads());
        print(out, "pairs", evaluation.pairs());
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, String name, AlignmentEvaluation.Score s) {
        out.printf(Locale.ROOT, "%s\tP %.3f\tR %.3f\tF1 %.3f\t(%d correct, %d predicted, %d gold)%n",
                name, s.precision(), s.recall(), s.f1(), s.correct(), s.predicted(), s.gold());
    }

    private static String shape(List<Alignment> links) {
        StringBuilder sb = new StringBuilder();
        for (Alignment a : links) {
            sb.append(a.zh()).append(a.en());
        }
        return sb.toString().replace(" ", "");
    }

    private static List<GoldText> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<GoldText> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            List<Alignment> gold = new ArrayList<>();
            for (JsonNode b : n.get("gold")) {
                gold.add(new Alignment(ints(b.get("zh")), ints(b.get("en")), 1.0));
            }
            out.add(new GoldText(n.get("id").asText(), strings(n.get("zh_sentences")),
                    strings(n.get("en_sentences")), gold));
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asInt()));
        return out;
    }
}
