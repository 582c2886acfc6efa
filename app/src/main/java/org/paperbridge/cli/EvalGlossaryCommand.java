package org.paperbridge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.paperbridge.eval.DocsEvaluation;
import org.paperbridge.eval.GlossaryEvaluation;
import org.paperbridge.eval.GlossaryEvaluation.Count;
import org.paperbridge.eval.GlossaryEvaluation.DocResult;
import org.paperbridge.eval.GlossaryGold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code paperbridge eval glossary OUT GOLD}: the glossaries of an output folder against the glossary gold. */
@Command(name = "glossary", mixinStandardHelpOptions = true,
        description = "Score the glossaries of OUT/docs/*.json against a glossary gold (fixtures/glossary/gold.json): "
                + "precision, recall and F1 of exact {zh, en, abbr} entries and of the Chinese and English sides alone, "
                + "per part; per document with -v.")
final class EvalGlossaryCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OUT", description = "an output folder of `paperbridge run`")
    Path out;

    @Parameters(index = "1", paramLabel = "GOLD", description = "a glossary gold file (fixtures/glossary/gold.json)")
    Path gold;

    @Option(names = "--split", paramLabel = "FILE",
            description = "name<TAB>…<TAB>part lines overriding the gold's own parts (fixtures/glossary/sources.tsv)")
    Path split;

    @Option(names = "--part", paramLabel = "PART", description = "score only this part (tune, check)")
    String part;

    @Option(names = {"-v", "--verbose"}, description = "a line per document and its right (=), missed (-) and extra (+) entries")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<DocResult> docs;
        try {
            if (!Files.isRegularFile(gold)) {
                err.println("eval glossary: " + gold + " is not a gold file");
                return Main.USAGE;
            }
            docs = new GlossaryEvaluation().score(GlossaryGold.load(gold), split == null ? Map.of() : parts(split), part,
                    DocsEvaluation.loadArticles(out));
        } catch (IOException e) {
            err.println("eval glossary: " + e.getMessage());
            return Main.USAGE;
        }
        Map<String, List<DocResult>> byPart = new TreeMap<>();
        for (DocResult d : docs) {
            byPart.computeIfAbsent(d.part(), k -> new java.util.ArrayList<>()).add(d);
            if (verbose) {
                w.printf("%s [%s]%s: %s%n", d.file(), d.part(), d.found() ? "" : " (no article in output)", line(d));
                d.outcomes().forEach(o -> w.printf("  %s %s | %s | %s%n",
                        switch (o.kind()) { case "ok" -> "="; case "missed" -> "-"; default -> "+"; }, o.zh(), o.en(), o.abbr()));
            }
        }
        byPart.forEach((p, list) -> w.printf("part %s (%d docs): %s%n", p, list.size(), line(GlossaryEvaluation.total(list))));
        w.printf("all (%d docs): %s%n", docs.size(), line(GlossaryEvaluation.total(docs)));
        return 0;
    }

    private static String line(DocResult d) {
        return "exact " + prf(d.exact()) + "; zh " + prf(d.zh()) + "; en " + prf(d.en());
    }

    private static String prf(Count c) {
        return String.format("P %.3f R %.3f F1 %.3f (%d/%d/%d)", c.precision(), c.recall(), c.f1(), c.matched(), c.got(), c.gold());
    }

    /** name → part: the first column (extension dropped) and the last, comments and a "file" header skipped. */
    private static Map<String, String> parts(Path split) throws IOException {
        Map<String, String> parts = new HashMap<>();
        for (String line : Files.readAllLines(split)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("file\t")) {
                continue;
            }
            String[] cols = line.split("\t");
            String name = cols[0].endsWith(".md") ? cols[0].substring(0, cols[0].length() - 3) : cols[0];
            parts.put(name, cols[cols.length - 1].strip());
        }
        return parts;
    }
}
