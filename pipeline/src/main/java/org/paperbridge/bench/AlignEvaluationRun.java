package org.paperbridge.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.paperbridge.bench.AlignmentEvaluation;
import org.paperbridge.align.BilingualDictionary;
import org.paperbridge.align.LengthModel;
import org.paperbridge.align.LengthModelEstimator;
import org.paperbridge.align.RunningTextSentences;
import org.paperbridge.align.SentenceAligner;
import org.paperbridge.model.Alignment;

/**
 * {@code paperbridge align --eval FILE}: aligns every pair of a gold JSONL set (id, zh_sentences,
 * en_sentences, gold beads) and prints bead and sentence-pair precision, recall and F1 for three
 * length models: the built-in prior, the model fitted on the set's own abstracts (as a batch fits its
 * sample), and, held out, each text aligned with the model fitted on the other texts.
 */
public final class AlignEvaluationRun {
    private record GoldText(String id, List<String> zh, List<String> en, List<Alignment> gold,
                            Set<Integer> zhBreaks, Set<Integer> enBreaks) {
    }

    /** A text rebuilt from units, and for each unit its [start, end) in it. */
    private record Running(String text, int[][] units) {
    }

    private final Path file;
    private final boolean listErrors;
    private final boolean runningText;

    /** {@code runningText}: align the rebuilt running text with own splitting, scored on the gold units. */
    public AlignEvaluationRun(Path file, boolean listErrors, boolean runningText) {
        this.file = file;
        this.listErrors = listErrors;
        this.runningText = runningText;
    }

    public int run(PrintWriter out, PrintWriter err) {
        List<GoldText> texts;
        try {
            texts = read(file);
        } catch (IOException | RuntimeException e) {
            err.println("align: cannot read gold set " + file + ": " + e.getMessage());
            return 2;
        }
        LengthModel fitted = fit(texts, -1);
        out.printf(Locale.ROOT, "texts\t%d\t%s%n", texts.size(),
                runningText ? "running text, own splitting (scored on the gold units)" : "given sentences");
        evaluate(out, "prior", texts, i -> LengthModel.prior(), false);
        evaluate(out, "fitted", texts, i -> fitted, listErrors);
        // Each text aligned with the model fitted on the others: what a model fitted on a corpus
        // that does not contain the text gives, the honest test of fitting.
        List<LengthModel> heldOut = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            heldOut.add(fit(texts, i));
        }
        evaluate(out, "held-out", texts, heldOut::get, false);
        out.flush();
        return 0;
    }

    /** The model fitted on every text but {@code skip} (-1: all of them), rounded as a batch rounds it. */
    private static LengthModel fit(List<GoldText> texts, int skip) {
        LengthModelEstimator estimator = new LengthModelEstimator();
        for (int i = 0; i < texts.size(); i++) {
            if (i != skip) {
                estimator.add(String.join("", texts.get(i).zh()), String.join(" ", texts.get(i).en()));
            }
        }
        return estimator.fitted(texts.size(), null).model();
    }

    private void evaluate(PrintWriter out, String name, List<GoldText> texts, IntFunction<LengthModel> model,
                          boolean show) {
        AlignmentEvaluation evaluation = new AlignmentEvaluation();
        double minRatio = Double.MAX_VALUE;
        double maxRatio = 0;
        double variance = 0;
        for (int i = 0; i < texts.size(); i++) {
            GoldText t = texts.get(i);
            LengthModel m = model.apply(i);
            minRatio = Math.min(minRatio, m.ratio());
            maxRatio = Math.max(maxRatio, m.ratio());
            variance += m.variance() / texts.size();
            SentenceAligner aligner = new SentenceAligner(m, BilingualDictionary.empty());
            List<Alignment> predicted = runningText ? alignRunning(aligner, t) : aligner.alignSentences(t.zh(), t.en());
            evaluation.add(t.gold(), predicted);
            if (show) {
                AlignmentEvaluation one = new AlignmentEvaluation();
                one.add(t.gold(), predicted);
                out.printf(Locale.ROOT, "# %s\tbeads F1 %.3f\tpairs F1 %.3f\t(%d gold beads)%n", t.id(),
                        one.beads().f1(), one.pairs().f1(), one.beads().gold());
                if (!shape(predicted).equals(shape(t.gold())) && t.gold().size() <= 40) {
                    out.println("# " + t.id() + "\tgold " + shape(t.gold()) + "\tgot " + shape(predicted));
                }
            }
        }
        String ratio = maxRatio - minRatio < 5e-4 ? String.format(Locale.ROOT, "%.3f", minRatio)
                : String.format(Locale.ROOT, "%.3f-%.3f", minRatio, maxRatio);
        out.printf(Locale.ROOT, "model\t%s\tratio %s\tvariance %.2f\texact %d%n", name, ratio, variance,
                evaluation.textsExact());
        print(out, "beads\t" + name, evaluation.beads());
        print(out, "pairs\t" + name, evaluation.pairs());
    }

    /**
     * Aligns the running texts rebuilt from the units (a paragraph's units joined, paragraphs on
     * lines of their own) with {@link RunningTextSentences}, and maps each predicted bead back to
     * the gold units its sentences overlap.
     */
    private static List<Alignment> alignRunning(SentenceAligner aligner, GoldText t) {
        Running zh = running(t.zh(), t.zhBreaks(), "");
        Running en = running(t.en(), t.enBreaks(), " ");
        RunningTextSentences splitter = new RunningTextSentences();
        List<int[]> zs = splitter.split(zh.text());
        List<int[]> es = splitter.split(en.text());
        List<String> zt = zs.stream().map(s -> zh.text().substring(s[0], s[1])).toList();
        List<String> et = es.stream().map(s -> en.text().substring(s[0], s[1])).toList();
        List<Alignment> out = new ArrayList<>();
        for (Alignment a : aligner.alignSentences(zt, et)) {
            out.add(new Alignment(units(a.zh(), zs, zh.units()), units(a.en(), es, en.units()), a.score()));
        }
        return out;
    }

    private static Running running(List<String> units, Set<Integer> breaks, String joiner) {
        StringBuilder sb = new StringBuilder();
        int[][] spans = new int[units.size()][];
        for (int k = 0; k < units.size(); k++) {
            if (k > 0) {
                sb.append(breaks.contains(k) ? "\n" : joiner);
            }
            spans[k] = new int[] {sb.length(), sb.length() + units.get(k).length()};
            sb.append(units.get(k));
        }
        return new Running(sb.toString(), spans);
    }

    /** Gold units overlapped by the given sentences, in order. */
    private static List<Integer> units(List<Integer> sentences, List<int[]> spans, int[][] units) {
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
        for (int s : sentences) {
            int[] span = spans.get(s);
            for (int u = 0; u < units.length; u++) {
                if (units[u][0] < span[1] && span[0] < units[u][1]) {
                    out.add(u);
                }
            }
        }
        return new ArrayList<>(out);
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
                    strings(n.get("en_sentences")), gold, breaks(n.get("zh_breaks")), breaks(n.get("en_breaks"))));
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static Set<Integer> breaks(JsonNode array) {
        return array == null ? Set.of() : new java.util.HashSet<>(ints(array));
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asInt()));
        return out;
    }
}
