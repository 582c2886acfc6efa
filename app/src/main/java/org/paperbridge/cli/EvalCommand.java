package org.paperbridge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import org.paperbridge.eval.DocScore;
import org.paperbridge.eval.DocsEvaluation;
import org.paperbridge.eval.FieldResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code paperbridge eval docs OUT GOLD}: field-by-field scores of an output folder against gold articles. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score output against hand-made gold.",
        subcommands = {EvalCommand.Docs.class, EvalGlossaryCommand.class, EvalEntitiesCommand.class, BenchTools.Search.class})
public final class EvalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "docs", mixinStandardHelpOptions = true,
            description = "Score OUT/docs/*.json against GOLD/<name>.gold.json (the check-docs fields, plus affiliations "
                    + "and the first references): failures, a line per document, a line per field, totals.")
    static final class Docs implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "OUT", description = "an output folder of `paperbridge run`")
        Path out;

        @Parameters(index = "1", paramLabel = "GOLD", description = "a folder of <name>.gold.json files")
        Path gold;

        @Option(names = "--split", paramLabel = "FILE", description = "name<TAB>hash<TAB>part lines (fixtures/realdocs/split.tsv)")
        Path split;

        @Option(names = "--part", paramLabel = "PART", description = "score only this part of the split (tune, check)")
        String part;

        @Option(names = {"-v", "--verbose"}, description = "also list the fields that are right")
        boolean verbose;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter stdout = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (part != null && split == null) {
                err.println("eval docs: --part needs --split");
                return Main.USAGE;
            }
            if (!Files.isDirectory(gold)) {
                err.println("eval docs: " + gold + " is not a folder of gold files");
                return Main.USAGE;
            }
            List<DocScore> scores;
            try {
                Map<String, JsonNode> golds = DocsEvaluation.loadGold(gold);
                if (golds.isEmpty()) {
                    err.println("eval docs: no *.gold.json in " + gold);
                    return Main.USAGE;
                }
                Map<String, String> parts = split == null ? Map.of() : DocsEvaluation.loadSplit(split);
                scores = new DocsEvaluation().score(golds, parts, part, DocsEvaluation.loadArticles(out));
            } catch (IOException e) {
                err.println("eval docs: " + e.getMessage());
                return Main.USAGE;
            }
            print(stdout, scores);
            return 0;
        }

        private void print(PrintWriter w, List<DocScore> scores) {
            Map<String, long[]> byField = new TreeMap<>();
            Map<String, long[]> byPart = new TreeMap<>();
            for (DocScore d : scores) {
                for (FieldResult f : d.fields()) {
                    if (verbose || !f.correct()) {
                        w.printf("%s %s: %s — got %s%n", f.correct() ? "ok  " : "FAIL", d.name(), f.field(), clip(f.got()));
                    }
                    long[] c = byField.computeIfAbsent((f.core() ? "" : "+") + f.field(), k -> new long[2]);
                    c[0] += f.correct() ? 1 : 0;
                    c[1]++;
                }
                w.printf("%s [%s]: %d/%d core, %d/%d all%s%n", d.name(), d.part(), d.correct(true), d.total(true),
                        d.correct(false), d.total(false), d.found() ? "" : " (no article in output)");
                long[] p = byPart.computeIfAbsent(d.part(), k -> new long[4]);
                p[0] += d.correct(true);
                p[1] += d.total(true);
                p[2] += d.correct(false);
                p[3] += d.total(false);
            }
            w.println("fields (+ = beyond check-docs):");
            byField.forEach((f, c) -> w.printf("  %-28s %4d/%-4d %5.1f%%%n", f, c[0], c[1], pct(c[0], c[1])));
            long[] all = new long[4];
            if (byPart.size() > 1 || !byPart.containsKey("-")) {
                byPart.forEach((p, c) -> w.printf("part %s: %d/%d core fields (%.1f%%), %d/%d all fields (%.1f%%)%n",
                        p, c[0], c[1], pct(c[0], c[1]), c[2], c[3], pct(c[2], c[3])));
            }
            byPart.values().forEach(c -> {
                for (int i = 0; i < 4; i++) {
                    all[i] += c[i];
                }
            });
            w.printf("all fields: %d/%d correct (%.1f%%)%n", all[2], all[3], pct(all[2], all[3]));
            w.printf("docs: %d/%d fields correct (%.1f%%)%n", all[0], all[1], pct(all[0], all[1]));
        }

        private static double pct(long a, long b) {
            return b == 0 ? 0.0 : 100.0 * a / b;
        }

        private static String clip(String s) {
            if (s == null) {
                return "null";
            }
            return s.length() > 160 ? s.substring(0, 160) + "…" : s;
        }
    }
}
