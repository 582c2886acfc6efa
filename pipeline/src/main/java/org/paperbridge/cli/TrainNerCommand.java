package org.paperbridge.cli;

import org.paperbridge.entity.Lexicon;
import org.paperbridge.entity.LexiconHints;
import org.paperbridge.ner.BioModel;
import org.paperbridge.ner.DictionaryHints;
import org.paperbridge.ner.FeatureExtractor;
import org.paperbridge.ner.LabeledText;
import org.paperbridge.ner.ModelFile;
import org.paperbridge.ner.NerCorpus;
import org.paperbridge.ner.NerTraining;
import org.paperbridge.ner.PerceptronTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code paperbridge train-ner}: rebuilds the English entity models from the public corpora's
 * training splits (never their test splits), one averaged-perceptron model per type, with a fixed
 * seed; see config/models/PROVENANCE.md for where each corpus comes from.
 */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = "Train the English entity tagger's models from the corpora's training splits.")
public final class TrainNerCommand implements Callable<Integer> {
    /** Each type's training files: folder under --mtl (or "jnlpba" for the standoff folder) and the corpus's type name. */
    static final Map<String, List<String[]>> SOURCES = new LinkedHashMap<>();

    static {
        SOURCES.put("gene", List.<String[]>of(new String[]{"BC2GM-IOB", "GENE"}));
        SOURCES.put("cell_type", List.<String[]>of(new String[]{"jnlpba", "cell_type"}));
        SOURCES.put("disease", List.of(new String[]{"NCBI-disease-IOB", "Disease"}, new String[]{"BC5CDR-IOB", "Disease"}));
        SOURCES.put("chemical", List.<String[]>of(new String[]{"BC5CDR-IOB", "Chemical"}));
    }

    @Option(names = "--mtl", required = true, paramLabel = "DIR",
            description = "The data/ folder of cambridgeltl/MTL-Bioinformatics-2016 (its */train.tsv are read).")
    Path mtl;

    @Option(names = "--jnlpba", required = true, paramLabel = "DIR",
            description = "The standoff/train folder of spyysalo/jnlpba.")
    Path jnlpba;

    @Option(names = "--jnlpba-devel", paramLabel = "FILE", defaultValue = "config/models/jnlpba-devel-ids.txt",
            description = "Documents of the JNLPBA training set held out as its devel split (default ${DEFAULT-VALUE}).")
    Path jnlpbaDevel;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "pipeline/src/main/resources/models/ner",
            description = "Where the model files and models.txt go (default ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--types", split = ",", description = "Types to train (default: all of gene,cell_type,disease,chemical).")
    List<String> types;

    @Option(names = "--epochs", defaultValue = "15", description = "Passes over the data (default ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--seed", defaultValue = "1", description = "Shuffling seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--bits", defaultValue = "20", description = "Feature hash bits (default ${DEFAULT-VALUE}).")
    int bits;

    @Option(names = "--min-count", defaultValue = "2",
            description = "Drop features seen in fewer training tokens (default ${DEFAULT-VALUE}).")
    int minCount;

    @Option(names = "--no-lexicon-features", description = "Train without the lexicon-match features.")
    boolean noLexicon;

    private final PrintStream err;

    public TrainNerCommand() {
        this(System.err);
    }

    TrainNerCommand(PrintStream err) {
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        List<String> wanted = types == null ? List.copyOf(SOURCES.keySet()) : types;
        for (String t : wanted) {
            if (!SOURCES.containsKey(t)) {
                err.println("paperbridge train-ner: unknown type " + t + " (known: " + String.join(",", SOURCES.keySet()) + ")");
                return 2;
            }
        }
        if (!Files.isDirectory(mtl) || !Files.isDirectory(jnlpba)) {
            err.println("paperbridge train-ner: not a folder: " + (Files.isDirectory(mtl) ? jnlpba : mtl));
            return 2;
        }
        Set<String> heldOut = Files.exists(jnlpbaDevel)
                ? new HashSet<>(Files.readAllLines(jnlpbaDevel, StandardCharsets.UTF_8)) : Set.of();
        DictionaryHints hints = noLexicon ? DictionaryHints.NONE : new LexiconHints(Lexicon.load());
        NerTraining training = new NerTraining(new FeatureExtractor(bits), hints,
                new PerceptronTrainer(epochs, seed, minCount));
        Files.createDirectories(out);
        List<String> files = new ArrayList<>();
        for (String type : wanted) {
            long t0 = System.nanoTime();
            List<LabeledText> texts = new ArrayList<>();
            for (String[] src : SOURCES.get(type)) {
                texts.addAll(read(src[0], src[1], type, heldOut));
            }
            BioModel model = training.train(type, texts);
            String name = "en-" + type + ".pbn.gz";
            Path tmp = out.resolve(name + ".tmp");
            try (OutputStream o = Files.newOutputStream(tmp)) {
                ModelFile.write(model, o);
            }
            Files.move(tmp, out.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            files.add(name);
            err.printf(Locale.ROOT, "%s: %d texts, %.1f s, %s (%d KB)%n", type, texts.size(),
                    (System.nanoTime() - t0) / 1e9, name, Files.size(out.resolve(name)) / 1024);
        }
        if (types == null) {
            Files.writeString(out.resolve("models.txt"), "# written by paperbridge train-ner\n"
                    + String.join("\n", files) + "\n", StandardCharsets.UTF_8);
        }
        return 0;
    }

    private List<LabeledText> read(String folder, String corpusType, String type, Set<String> heldOut) throws IOException {
        Map<String, String> map = Map.of(corpusType, type);
        if (folder.equals("jnlpba")) {
            return NerCorpus.readStandoff(jnlpba, heldOut, map);
        }
        Path file = mtl.resolve(folder).resolve("train.tsv");
        if (!Files.exists(file)) {
            throw new IOException("missing training file " + file);
        }
        return NerCorpus.readConll(file, map).stream().map(NerCorpus.ConllText::labeled).toList();
    }
}
