package org.paperbridge.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.paperbridge.align.SentenceAligner;
import org.paperbridge.model.Alignment;

import org.paperbridge.model.CodePoints;
import org.paperbridge.model.Span;
import org.paperbridge.text.SentenceSplitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code paperbridge align ZH_FILE EN_FILE}: sentence links of two texts as TSV on stdout. */
@Command(name = "align", mixinStandardHelpOptions = true,
        description = "Align the sentences of a Chinese and an English text; prints zh indices, en indices, score.")
public final class AlignCommand implements Callable<Integer> {
    private final SentenceSplitter splitter = new SentenceSplitter();


    @Parameters(index = "0", arity = "0..1", paramLabel = "ZH_FILE", description = "Chinese text (UTF-8)")
    Path zhFile;

    @Parameters(index = "1", arity = "0..1", paramLabel = "EN_FILE", description = "English text (UTF-8)")
    Path enFile;

    @Option(names = "--eval", paramLabel = "FILE",
            description = "score the aligner against a gold JSONL set (fixtures/align-dev/abstracts.jsonl) instead")
    Path evalFile;

    @Option(names = "--split", defaultValue = "auto", paramLabel = "auto|none",
            description = "auto: split sentences; none: one sentence per line")
    String split;

    @Option(names = "--show", description = "append the Chinese and English text of each link; "
            + "with --eval, list the texts whose links differ from the gold")
    boolean show;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!split.equals("auto") && !split.equals("none")) {
            err.println("align: --split must be auto or none, not " + split);
            return 2;
        }
        if (evalFile != null) {
            if (zhFile != null) {
                err.println("align: --eval takes no ZH_FILE/EN_FILE");
                return 2;
            }
            return new AlignEvaluationRun(evalFile, show).run(out, err);
        }
        if (zhFile == null || enFile == null) {
            err.println("align: ZH_FILE and EN_FILE are required (or --eval FILE)");
            return 2;
        }
        List<String> zh;
        List<String> en;
        try {
            // Any encoding the pipeline reads; a file that is not text says so in one line.
            zh = sentences(TextInput.read(zhFile));
            en = sentences(TextInput.read(enFile));
        } catch (TextInput.Unreadable e) {
            err.println("align: " + e.getMessage());
            return 2;
        }
        for (Alignment a : new SentenceAligner().alignSentences(zh, en)) {
            StringBuilder line = new StringBuilder()
                    .append(indices(a.zh())).append('\t').append(indices(a.en())).append('\t')
                    .append(String.format(java.util.Locale.ROOT, "%.3f", a.score()));
            if (show) {
                line.append('\t').append(text(zh, a.zh(), "")).append('\t').append(text(en, a.en(), " "));
            }
            out.println(line);
        }
        out.flush();
        return 0;
    }

    private List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        if (split.equals("none")) {
            for (String line : text.split("\\R")) {
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
            return out;
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        for (Span span : splitter.split(flat)) {
            out.add(CodePoints.substring(flat, span));
        }
        return out;
    }

    private static String indices(List<Integer> xs) {
        return xs.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static String text(List<String> sentences, List<Integer> xs, String separator) {
        return xs.stream().map(sentences::get).collect(Collectors.joining(separator)).replaceAll("[\\t\\r\\n]+", " ");
    }
}
