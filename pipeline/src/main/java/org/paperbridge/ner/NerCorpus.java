package org.paperbridge.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the public NER corpora: token-per-line IOB files (the BC2GM, NCBI-disease, BC5CDR and
 * JNLPBA splits as cambridgeltl/MTL-Bioinformatics-2016 distributes them) and brat standoff
 * folders (the JNLPBA training set as spyysalo/jnlpba distributes it). Corpus type names are
 * mapped to ours; unmapped types are left out.
 */
public final class NerCorpus {
    private NerCorpus() {
    }

    /** Sentences of a token TAB IOB2-tag file; -DOCSTART- lines are skipped. */
    public static List<ConllText> readConll(Path file, Map<String, String> types) throws IOException {
        List<ConllText> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        lines.add("");
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("-DOCSTART-")) {
                if (!tokens.isEmpty()) {
                    out.add(ConllText.of(tokens, tags, types));
                    tokens.clear();
                    tags.clear();
                }
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                throw new IOException(file + ": not token TAB tag: " + line);
            }
            tokens.add(cols[0]);
            tags.add(cols[cols.length - 1]);
        }
        return out;
    }

    /** A CoNLL sentence, its text as {@code tag --conll} joins it, and its gold mentions. */
    public record ConllText(ConllSentence sentence, LabeledText labeled) {
        static ConllText of(List<String> tokens, List<String> tags, Map<String, String> types) {
            ConllSentence s = ConllSentence.of(tokens);
            List<Span> spans = new ArrayList<>();
            int start = -1;
            String type = null;
            for (int i = 0; i <= tags.size(); i++) {
                String tag = i < tags.size() ? tags.get(i) : "O";
                boolean inside = tag.startsWith("I-") && type != null && tag.substring(2).equals(type);
                if (start >= 0 && !inside) {
                    String ours = types.get(type);
                    if (ours != null) {
                        spans.add(new Span(s.starts()[start], s.end(i - 1), ours));
                    }
                    start = -1;
                    type = null;
                }
                if (tag.startsWith("B-") || (tag.startsWith("I-") && start < 0)) {
                    start = i;
                    type = tag.substring(2);
                }
            }
            return new ConllText(s, new LabeledText(s.text(), spans));
        }
    }

    /**
     * The documents of a brat standoff folder (NNN.txt with NNN.ann), one text per line of each
     * document, leaving out the documents named in {@code excluded} (a "-2" suffix, which marks
     * duplicates, is ignored for that), in file-name order.
     */
    public static List<LabeledText> readStandoff(Path dir, Set<String> excluded, Map<String, String> types)
            throws IOException {
        List<Path> texts;
        try (Stream<Path> s = Files.list(dir)) {
            texts = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        List<LabeledText> out = new ArrayList<>();
        for (Path txt : texts) {
            String id = txt.getFileName().toString().replaceFirst("\\.txt$", "");
            if (excluded.contains(id.replaceFirst("-2$", ""))) {
                continue;
            }
            String text = Files.readString(txt, StandardCharsets.UTF_8);
            List<Span> spans = new ArrayList<>();
            Path ann = dir.resolve(id + ".ann");
            if (Files.exists(ann)) {
                for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
                    String[] cols = line.split("\t");
                    if (cols.length < 2 || !cols[0].startsWith("T")) {
                        continue;
                    }
                    String[] head = cols[1].split(" ");
                    String ours = types.get(head[0]);
                    if (ours != null && head.length == 3) {
                        spans.add(new Span(Integer.parseInt(head[1]), Integer.parseInt(head[2]), ours));
                    }
                }
            }
            int lineStart = 0;
            for (String line : text.split("\n", -1)) {
                int lineEnd = lineStart + line.length();
                if (!line.isBlank()) {
                    List<Span> inLine = new ArrayList<>();
                    for (Span sp : spans) {
                        if (sp.start() >= lineStart && sp.end() <= lineEnd) {
                            inLine.add(new Span(sp.start() - lineStart, sp.end() - lineStart, sp.type()));
                        }
                    }
                    out.add(new LabeledText(line, inLine));
                }
                lineStart = lineEnd + 1;
            }
        }
        return out;
    }
}
