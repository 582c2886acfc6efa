package org.paperbridge.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.paperbridge.entity.EntityTagger;
import org.paperbridge.lang.Languages;
import org.paperbridge.entity.Lexicon;
import org.paperbridge.model.Entity;
import org.paperbridge.text.TextPieces;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code paperbridge tag}: tags entities in free text (JSON out) or in CoNLL token columns (IOB2 out).
 * Offsets are code points from the start of the input, as in BioC. The input is read whole (at most
 * {@link TextInput#MAX_BYTES}) but tagged piece by piece ({@link TextPieces}; long CoNLL sentences in
 * windows of {@link #MAX_WINDOW_TOKENS} tokens) and written as it goes, so time is linear in the input
 * and memory beyond the input bounded.
 */
@Command(name = "tag", mixinStandardHelpOptions = true,
        description = "Tag genes, miRNAs/ncRNAs, cell types, diseases, chemicals and species in text.")
public final class TagCommand implements Callable<Integer> {
    @Parameters(index = "0", defaultValue = "-", description = "Text file to tag, or - for standard input.")
    private String input;

    @Option(names = "--lang", description = "zh or en; default: detected per line by the share of CJK characters.")
    private String lang;

    @Option(names = "--conll", description = "Input is one token per line (first column), blank line between sentences; "
            + "output is token TAB B-/I-<TYPE> or O.")
    private boolean conll;

    /** Where every entity lies: the input, offsets counted from its start. */
    static final String WHERE = "input";

    private final PrintStream out;
    private final InputStream stdin;

    public TagCommand() {
        // System.out flushes at every line: a million-token CoNLL file would cost a million writes.
        this(new PrintStream(new BufferedOutputStream(System.out, 1 << 16), false, StandardCharsets.UTF_8), System.in);
    }

    TagCommand(PrintStream out, InputStream stdin) {
        this.out = out;
        this.stdin = stdin;
    }

    /** Most tokens of a CoNLL sentence tagged at once; a longer sentence is tagged in windows. */
    static final int MAX_WINDOW_TOKENS = 2_000;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String text;
        try {
            text = TextInput.read(input, stdin);
        } catch (TextInput.Unreadable e) {
            spec.commandLine().getErr().println("paperbridge tag: " + e.getMessage());
            return Main.USAGE;
        }
        EntityTagger tagger = new EntityTagger(Lexicon.load());
        if (conll) {
            tagConll(tagger, text);
        } else {
            tagText(tagger, text);
        }
        out.flush();
        return 0;
    }

    /** Each line (or piece of a long line) in its own language; entities written as they are found. */
    private void tagText(EntityTagger tagger, String text) throws IOException {
        ObjectMapper json = new ObjectMapper().disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
                .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        try (SequenceWriter array = json.writerWithDefaultPrettyPrinter().writeValuesAsArray(out)) {
            for (TextPieces.Piece piece : TextPieces.of(text)) {
                String pieceLang = lang != null ? lang : Languages.of(piece.text());
                for (Entity e : tagger.tag(piece.text(), pieceLang, WHERE)) {
                    array.write(new Entity(e.type(), e.text(), e.norm(), e.db(), e.id(), e.lang(), WHERE,
                            piece.start() + e.start(), piece.start() + e.end()));
                }
            }
        }
        out.println();
    }

    private void tagConll(EntityTagger tagger, String text) {
        List<String> sentence = new ArrayList<>();
        boolean open = false; // tokens of the current sentence written already
        for (String line : (text + "\n").split("\r?\n", -1)) {
            if (line.isBlank()) {
                if (!sentence.isEmpty()) {
                    writeTokens(tagger, sentence);
                    sentence.clear();
                    open = true;
                }
                if (open) {
                    out.println();
                    open = false;
                }
            } else {
                sentence.add(line.split("[\t ]", 2)[0]);
                if (sentence.size() >= MAX_WINDOW_TOKENS) {
                    // A pathological sentence: tagged in windows, each costing the same.
                    writeTokens(tagger, sentence);
                    sentence.clear();
                    open = true;
                }
            }
        }
    }

    /**
     * Tags the tokens joined by spaces (folding ignores spaces, so Chinese terms still match), except
     * around a lone hyphen: corpora split "VEGF-B" into three tokens, and "VEGF - B" is no symbol.
     */
    private void writeTokens(EntityTagger tagger, List<String> tokens) {
        StringBuilder joined = new StringBuilder();
        int[] starts = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0 && !tokens.get(i).equals("-") && !tokens.get(i - 1).equals("-")) {
                joined.append(' ');
            }
            starts[i] = joined.codePointCount(0, joined.length());
            joined.append(tokens.get(i));
        }
        String text = joined.toString();
        String sentenceLang = lang != null ? lang : Languages.of(text);
        String[] tags = new String[tokens.size()];
        java.util.Arrays.fill(tags, "O");
        for (Entity e : tagger.tag(text, sentenceLang, "conll")) {
            String type = e.type().toUpperCase(Locale.ROOT);
            boolean first = true;
            // A token belongs to the entity when they overlap; partial tokens count whole.
            for (int i = firstTokenEndingAfter(starts, e.start()); i < tokens.size() && starts[i] < e.end(); i++) {
                int end = starts[i] + tokens.get(i).codePointCount(0, tokens.get(i).length());
                if (end > e.start() && tags[i].equals("O")) {
                    tags[i] = (first ? "B-" : "I-") + type;
                    first = false;
                }
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            out.println(tokens.get(i) + "\t" + tags[i]);
        }
    }

    /** The last token starting at or before {@code offset} (tokens never overlap), or 0. */
    private static int firstTokenEndingAfter(int[] starts, int offset) {
        int i = java.util.Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }
}
