package org.paperbridge.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.paperbridge.entity.EntityTagger;
import org.paperbridge.entity.Languages;
import org.paperbridge.entity.Lexicon;
import org.paperbridge.model.Entity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code paperbridge tag}: tags entities in free text (JSON out) or in CoNLL token columns (IOB2 out). */
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

    private final PrintStream out;
    private final InputStream stdin;

    public TagCommand() {
        this(System.out, System.in);
    }

    TagCommand(PrintStream out, InputStream stdin) {
        this.out = out;
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        String text = input.equals("-") ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8)
                : Files.readString(Path.of(input), StandardCharsets.UTF_8);
        EntityTagger tagger = new EntityTagger(Lexicon.load());
        if (conll) {
            tagConll(tagger, text);
        } else {
            tagText(tagger, text);
        }
        out.flush();
        return 0;
    }

    private void tagText(EntityTagger tagger, String text) throws IOException {
        List<Entity> all = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            all.addAll(tagger.tag(line, lang != null ? lang : Languages.of(line), "line" + (i + 1)));
        }
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(all));
    }

    private void tagConll(EntityTagger tagger, String text) {
        List<String> sentence = new ArrayList<>();
        for (String line : (text + "\n").split("\r?\n", -1)) {
            if (line.isBlank()) {
                if (!sentence.isEmpty()) {
                    writeSentence(tagger, sentence);
                    sentence.clear();
                }
            } else {
                sentence.add(line.split("[\t ]", 2)[0]);
            }
        }
    }

    /**
     * Tags the tokens joined by spaces (folding ignores spaces, so Chinese terms still match), except
     * around a lone hyphen: corpora split "VEGF-B" into three tokens, and "VEGF - B" is no symbol.
     */
    private void writeSentence(EntityTagger tagger, List<String> tokens) {
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
            for (int i = 0; i < tokens.size(); i++) {
                int end = starts[i] + tokens.get(i).codePointCount(0, tokens.get(i).length());
                // A token belongs to the entity when they overlap; partial tokens count whole.
                if (starts[i] < e.end() && end > e.start() && tags[i].equals("O")) {
                    tags[i] = (first ? "B-" : "I-") + type;
                    first = false;
                }
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            out.println(tokens.get(i) + "\t" + tags[i]);
        }
        out.println();
    }
}
