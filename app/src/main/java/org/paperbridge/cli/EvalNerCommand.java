package org.paperbridge.cli;

import org.paperbridge.entity.EntityTagger;
import org.paperbridge.entity.Lexicon;
import org.paperbridge.entity.LexiconHints;
import org.paperbridge.model.Entity;
import org.paperbridge.ner.ConllSentence;
import org.paperbridge.ner.LearnedTagger;
import org.paperbridge.ner.NerCorpus;
import org.paperbridge.ner.Span;
import org.paperbridge.ner.SpanScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code paperbridge eval-ner FILE --type gene --corpus-type GENE}: exact-match precision, recall
 * and F1 of the English tagger on a token TAB IOB2 file, tagging each sentence as {@code tag
 * --conll} does (tokens joined into text, entities back to tokens by overlap). For devel splits:
 * the test splits are the maintainers' measure and are not to be tuned on.
 */
@Command(name = "eval-ner", mixinStandardHelpOptions = true,
        description = "Score the English entity tagger on a CoNLL file (exact span match).")
public final class EvalNerCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "token TAB IOB2-tag file")
    Path file;

    @Option(names = "--type", required = true, description = "Our entity type: gene, cell_type, disease, chemical, mirna, ...")
    String type;

    @Option(names = "--corpus-type", required = true, description = "The corpus's name of that type (GENE, Disease, cell_type, ...).")
    String corpusType;

    @Option(names = "--learned-only", description = "Score the learned model's spans alone, before normalization and overlaps.")
    boolean learnedOnly;

    @Option(names = "--errors", description = "Also print each missed (FN) and false (FP) mention with its sentence, for reading devel errors.")
    boolean errors;

    private final PrintStream out;

    public EvalNerCommand() {
        this(System.out);
    }

    EvalNerCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            System.err.println("paperbridge eval-ner: no such file: " + file);
            return 2;
        }
        List<NerCorpus.ConllText> sentences = NerCorpus.readConll(file, Map.of(corpusType, type));
        Lexicon lexicon = Lexicon.load();
        LearnedTagger learned = LearnedTagger.loadPackaged();
        EntityTagger tagger = new EntityTagger(lexicon, learned);
        LexiconHints hints = new LexiconHints(lexicon);
        SpanScore score = new SpanScore();
        for (NerCorpus.ConllText s : sentences) {
            ConllSentence cs = s.sentence();
            String text = cs.text();
            List<int[]> predicted = new ArrayList<>();
            if (learnedOnly) {
                for (Span sp : learned.tag(text, hints)) {
                    if (sp.type().equals(type)) {
                        predicted.add(new int[]{sp.start(), sp.end()});
                    }
                }
            } else {
                for (Entity e : tagger.tag(text, "en", "eval")) {
                    if (e.type().equals(type)) {
                        predicted.add(new int[]{text.offsetByCodePoints(0, e.start()), text.offsetByCodePoints(0, e.end())});
                    }
                }
            }
            List<int[]> gold = new ArrayList<>();
            for (Span sp : s.labeled().spans()) {
                gold.add(new int[]{sp.start(), sp.end()});
            }
            List<int[]> p = toTokens(cs, predicted);
            List<int[]> g = toTokens(cs, gold);
            score.add(p, g);
            if (errors) {
                printErrors(cs, p, g);
            }
        }
        out.println(file + "\t" + type + "\t" + score);
        return 0;
    }

    /** Prints the mentions in one list and not in the other: FN (gold only), FP (predicted only). */
    private void printErrors(ConllSentence s, List<int[]> predicted, List<int[]> gold) {
        for (int[] g : gold) {
            if (predicted.stream().noneMatch(x -> x[0] == g[0] && x[1] == g[1])) {
                out.println("FN\t" + mention(s, g) + "\t" + s.text());
            }
        }
        for (int[] x : predicted) {
            if (gold.stream().noneMatch(g -> x[0] == g[0] && x[1] == g[1])) {
                out.println("FP\t" + mention(s, x) + "\t" + s.text());
            }
        }
    }

    private static String mention(ConllSentence s, int[] tokens) {
        return s.text().substring(s.starts()[tokens[0]], s.end(tokens[1]));
    }

    /** Character ranges to token ranges, a token counting when it overlaps (as {@code tag --conll} labels). */
    private static List<int[]> toTokens(ConllSentence s, List<int[]> spans) {
        boolean[] taken = new boolean[s.tokens().size()];
        List<int[]> out = new ArrayList<>();
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        for (int[] sp : spans) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < taken.length; i++) {
                if (s.starts()[i] < sp[1] && s.end(i) > sp[0] && !taken[i]) {
                    if (first < 0) {
                        first = i;
                    }
                    last = i;
                    taken[i] = true;
                }
            }
            if (first >= 0) {
                out.add(new int[]{first, last});
            }
        }
        return out;
    }
}
