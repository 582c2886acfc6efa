package org.paperbridge.cli;

import org.paperbridge.bench.AlignEvaluationRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.paperbridge.align.RunningTextSentences;
import org.paperbridge.align.SentenceAligner;
import org.paperbridge.model.Alignment;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code paperbridge align ZH_FILE EN_FILE}: sentence links of two texts as TSV on stdout; with
 * {@code --pairs LIST}, many pairs in one process, one output file each.
 */
@Command(name = "align", mixinStandardHelpOptions = true,
        description = "Align the sentences of a Chinese and an English text; prints zh indices, en indices, score.")
public final class AlignCommand implements Callable<Integer> {
    /** Largest input file: bounds the time spent before the sentence limit can be checked. */
    static final long MAX_INPUT_BYTES = 4L << 20;

    private final RunningTextSentences splitter = new RunningTextSentences();

    @Parameters(index = "0", arity = "0..1", paramLabel = "ZH_FILE", description = "Chinese text (UTF-8)")
    Path zhFile;

    @Parameters(index = "1", arity = "0..1", paramLabel = "EN_FILE", description = "English text (UTF-8)")
    Path enFile;

    @Option(names = "--eval", paramLabel = "FILE",
            description = "score the aligner against a gold JSONL set (fixtures/align-dev/*.jsonl) instead")
    Path evalFile;

    @Option(names = "--pairs", paramLabel = "LIST.tsv",
            description = "align many pairs: lines of zh path<TAB>en path<TAB>output path (relative to the list's folder)")
    Path pairsFile;

    @Option(names = "--split", paramLabel = "auto|none",
            description = "auto (default): split sentences, every line break a boundary; none: one sentence per line. "
                    + "With --eval: none (default) scores the set's sentences, auto its rebuilt running text")
    String split;

    @Option(names = "--show", description = "append the Chinese and English text of each link; "
            + "with --eval, list per-text scores and the texts whose links differ from the gold")
    boolean show;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (split != null && !split.equals("auto") && !split.equals("none")) {
            err.println("align: --split must be auto or none, not " + split);
            return 2;
        }
        int modes = (evalFile != null ? 1 : 0) + (pairsFile != null ? 1 : 0) + (zhFile != null ? 1 : 0);
        if (modes > 1) {
            err.println("align: give ZH_FILE EN_FILE, --pairs LIST or --eval FILE, only one of them");
            return 2;
        }
        if (evalFile != null) {
            return new AlignEvaluationRun(evalFile, show, "auto".equals(split)).run(out, err);
        }
        if (split == null) {
            split = "auto";
        }
        if (pairsFile != null) {
            return alignPairs(err);
        }
        if (zhFile == null || enFile == null) {
            err.println("align: ZH_FILE and EN_FILE are required (or --pairs LIST, or --eval FILE)");
            return 2;
        }
        try {
            List<String> zh = sentences(zhFile);
            List<String> en = sentences(enFile);
            out.print(links(zh, en));
            out.flush();
            return 0;
        } catch (InputException e) {
            err.println("align: " + e.getMessage());
            return 1;
        }
    }

    /** Aligns every pair of the list; a pair that fails is reported and the others go on. */
    private int alignPairs(PrintWriter err) {
        List<String> lines;
        try {
            lines = Files.readAllLines(pairsFile, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            err.println("align: cannot read pair list " + pairsFile + ": " + e.getMessage());
            return 2;
        }
        Path base = pairsFile.toAbsolutePath().getParent();
        int failed = 0;
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 3 || f[0].isBlank() || f[1].isBlank() || f[2].isBlank()) {
                err.println("align: " + pairsFile + " line " + (k + 1) + ": expected zh path<TAB>en path<TAB>output path");
                failed++;
                continue;
            }
            Path output = base.resolve(f[2].strip());
            try {
                String tsv = links(sentences(base.resolve(f[0].strip())), sentences(base.resolve(f[1].strip())));
                write(output, tsv);
            } catch (InputException e) {
                err.println("align: " + pairsFile + " line " + (k + 1) + ": " + e.getMessage());
                failed++;
            }
        }
        err.flush();
        return failed == 0 ? 0 : 1;
    }

    /** Writes through a temporary file beside the output, so a reader never sees half a file. */
    private static void write(Path output, String text) throws InputException {
        Path tmp = null;
        try {
            Path dir = output.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + output.getFileName(), ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                if (tmp != null) {
                    Files.deleteIfExists(tmp);
                }
            } catch (IOException ignored) {
                // the temporary file is ours; nothing more to do if it cannot go
            }
            throw new InputException("cannot write " + output + ": " + e.getMessage());
        }
    }

    private String links(List<String> zh, List<String> en) throws InputException {
        List<Alignment> links;
        try {
            links = new SentenceAligner().alignSentences(zh, en);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
        StringBuilder out = new StringBuilder();
        for (Alignment a : links) {
            out.append(indices(a.zh())).append('\t').append(indices(a.en())).append('\t')
                    .append(String.format(Locale.ROOT, "%.3f", a.score()));
            if (show) {
                out.append('\t').append(text(zh, a.zh(), "")).append('\t').append(text(en, a.en(), " "));
            }
            out.append(System.lineSeparator());
        }
        return out.toString();
    }

    private List<String> sentences(Path file) throws InputException {
        String text;
        try {
            long size = Files.size(file);
            if (size > MAX_INPUT_BYTES) {
                throw new InputException(String.format(Locale.ROOT, "%s: %,d bytes, over the limit of %,d bytes a text",
                        file, size, MAX_INPUT_BYTES));
            }
            // Any encoding the pipeline reads; a file that is not text says so in one line.
            text = TextInput.read(file);
        } catch (TextInput.Unreadable e) {
            throw new InputException(e.getMessage());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException("cannot read " + file + ": no such file");
        } catch (IOException | RuntimeException e) {
            throw new InputException("cannot read " + file + ": " + e.getMessage());
        }
        if (split.equals("auto")) {
            return splitter.sentences(text);
        }
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                out.add(line.strip());
            }
        }
        return out;
    }

    private static String indices(List<Integer> xs) {
        return xs.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static String text(List<String> sentences, List<Integer> xs, String separator) {
        return xs.stream().map(sentences::get).collect(Collectors.joining(separator)).replaceAll("[\\t\\r\\n]+", " ");
    }

    /** An input that cannot be aligned, with the one-line reason. */
    private static final class InputException extends Exception {
        InputException(String message) {
            super(message, null, false, false);
        }
    }
}
