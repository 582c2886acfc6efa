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
import org.paperbridge.ner.LearnedTagger;
import org.paperbridge.ner.MentionEdges;
import org.paperbridge.ner.PerceptronTrainer;
import org.paperbridge.ner.WordClusters;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;

/**
 * {@code paperbridge train-ner}: rebuilds the English entity models from the public corpora's
 * training splits (never their test splits; with {@code --with-devel} also the devel splits), one
 * averaged-perceptron model per type, with a fixed seed; see config/models/PROVENANCE.md for where each corpus comes from.
 */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = "Train the English entity tagger's models from the corpora's training splits.")
public final class TrainNerCommand implements Callable<Integer> {
    /** Each type's training files: folder under --mtl (or "jnlpba" for the standoff folder) and the corpus's type name. */
    static final Map<String, List<String[]>> SOURCES = new LinkedHashMap<>();
    /** Word-class learning: how many frequent words are context words, and k-means passes at most. */
    private static final int CLASS_CONTEXTS = 800;
    private static final int CLASS_ITERATIONS = 12;

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

    @Option(names = "--epochs", defaultValue = "20", description = "Passes over the data (default ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--seed", defaultValue = "1", description = "Shuffling seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--bits", defaultValue = "20", description = "Feature hash bits (default ${DEFAULT-VALUE}).")
    int bits;

    @Option(names = "--min-count", defaultValue = "2",
            description = "Drop features seen in fewer training tokens (default ${DEFAULT-VALUE}).")
    int minCount;

    @Option(names = "--second-order", split = ",", paramLabel = "TYPE",
            description = "Types whose model also weighs label triples (second-order Viterbi); default none.")
    List<String> secondOrder = List.of();

    @Option(names = "--no-lexicon-features", description = "Train without the lexicon-match features.")
    boolean noLexicon;

    @Option(names = "--with-devel", description = "Train on the devel splits too (train.tsv and devel.tsv; the"
            + " JNLPBA documents of --jnlpba-devel kept in): for the shipped models, once every choice was made on"
            + " devel, whose scores are then no longer a measure.")
    boolean withDevel;

    @Option(names = "--classes", split = ",", defaultValue = "300,40", paramLabel = "FINE,COARSE",
            description = "Word classes learned from the training texts: fine and coarse counts; 0 for none (default ${DEFAULT-VALUE}).")
    List<Integer> classes;

    @Option(names = "--unlabeled", split = ",", paramLabel = "FILE",
            description = "More token TAB tag files whose text (tags ignored) the word classes are learned from,"
                    + " beside the training texts; never a devel or test split of the corpora scored here.")
    List<Path> unlabeled = List.of();

    @Option(names = "--class-min-count", defaultValue = "2",
            description = "Words seen fewer times in the training texts get no class (default ${DEFAULT-VALUE}).")
    int classMinCount;

    // Measured on devel and left off by default (docs/ner.md, "Choices measured"): no variant beat the seed's noise.
    @Option(names = "--edge-min-count", defaultValue = "0",
            description = "Words seen this often in a type's training texts that never begin (end) one of its mentions"
                    + " are trimmed off the learned mentions' edges (" + LearnedTagger.EDGES_FILE + "); 0 for none"
                    + " (default ${DEFAULT-VALUE}).")
    int edgeMinCount;

    @Option(names = "--edge-max-inside", defaultValue = "0",
            description = "... and that stand inside its mentions at most this share of the times they are seen"
                    + " (default ${DEFAULT-VALUE}: never inside one).")
    double edgeMaxInside;

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
        for (String t : concat(wanted, secondOrder)) {
            if (!SOURCES.containsKey(t)) {
                err.println("paperbridge train-ner: unknown type " + t + " (known: " + String.join(",", SOURCES.keySet()) + ")");
                return 2;
            }
        }
        if (!Files.isDirectory(mtl) || !Files.isDirectory(jnlpba)) {
            err.println("paperbridge train-ner: not a folder: " + (Files.isDirectory(mtl) ? jnlpba : mtl));
            return 2;
        }
        Set<String> heldOut = withDevel ? Set.of() : Files.exists(jnlpbaDevel)
                ? new HashSet<>(Files.readAllLines(jnlpbaDevel, StandardCharsets.UTF_8)) : Set.of();
        if (classes.isEmpty() || classes.size() > 2 || classes.get(0) < 0 || classes.get(0) > 0xFFFF
                || (classes.size() == 2 && (classes.get(1) < 1 || classes.get(1) > 0x7FFF) && classes.get(0) > 0)) {
            err.println("paperbridge train-ner: --classes takes FINE,COARSE (FINE 0 for none), e.g. 300,40");
            return 2;
        }
        DictionaryHints hints = noLexicon ? DictionaryHints.NONE : new LexiconHints(Lexicon.load());
        Files.createDirectories(out);
        // Every type's training texts, read once: the word classes are learned from all of them
        // (whichever types are trained, so models trained apart still share one feature space).
        Map<String, List<LabeledText>> textsOf = new LinkedHashMap<>();
        for (String type : SOURCES.keySet()) {
            List<LabeledText> texts = new ArrayList<>();
            for (String[] src : SOURCES.get(type)) {
                texts.addAll(read(src[0], src[1], type, heldOut));
            }
            textsOf.put(type, texts);
        }
        Path edgeFile = out.resolve(LearnedTagger.EDGES_FILE);
        if (edgeMinCount > 0) {
            MentionEdges edges = MentionEdges.learn(textsOf, edgeMinCount, edgeMaxInside);
            Path tmp = out.resolve(LearnedTagger.EDGES_FILE + ".tmp");
            try (OutputStream o = Files.newOutputStream(tmp)) {
                edges.write(o);
            }
            Files.move(tmp, edgeFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            err.printf(Locale.ROOT, "mention edges: %d words, %s%n", edges.size(), LearnedTagger.EDGES_FILE);
        } else {
            Files.deleteIfExists(edgeFile);
        }
        WordClusters clusters = WordClusters.NONE;
        Path clusterFile = out.resolve(LearnedTagger.CLUSTERS_FILE);
        if (classes.get(0) > 0) {
            long t0 = System.nanoTime();
            Set<String> unlabeled = new LinkedHashSet<>();
            textsOf.values().forEach(list -> list.forEach(t -> unlabeled.add(t.text())));
            for (Path file : this.unlabeled) {
                NerCorpus.readConll(file, Map.of()).forEach(t -> unlabeled.add(t.labeled().text()));
            }
            clusters = WordClusters.learn(unlabeled, classes.get(0), classes.size() == 2 ? classes.get(1) : 1,
                    classMinCount, CLASS_CONTEXTS, CLASS_ITERATIONS);
            Path tmp = out.resolve(LearnedTagger.CLUSTERS_FILE + ".tmp");
            try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(tmp))) {
                clusters.write(o);
            }
            Files.move(tmp, clusterFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            err.printf(Locale.ROOT, "word classes: %d texts, %d words, %.1f s, %s (%d KB)%n", unlabeled.size(),
                    clusters.size(), (System.nanoTime() - t0) / 1e9, LearnedTagger.CLUSTERS_FILE,
                    Files.size(clusterFile) / 1024);
        } else {
            Files.deleteIfExists(clusterFile);
        }
        FeatureExtractor features = new FeatureExtractor(bits, clusters);
        List<String> files = new ArrayList<>();
        for (String type : wanted) {
            long t0 = System.nanoTime();
            List<LabeledText> texts = textsOf.get(type);
            NerTraining training = new NerTraining(features, hints,
                    new PerceptronTrainer(epochs, seed, minCount, secondOrder.contains(type)));
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

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private List<LabeledText> read(String folder, String corpusType, String type, Set<String> heldOut) throws IOException {
        Map<String, String> map = Map.of(corpusType, type);
        if (folder.equals("jnlpba")) {
            return NerCorpus.readStandoff(jnlpba, heldOut, map);
        }
        List<LabeledText> out = new ArrayList<>();
        for (String split : withDevel ? List.of("train.tsv", "devel.tsv") : List.of("train.tsv")) {
            Path file = mtl.resolve(folder).resolve(split);
            if (!Files.exists(file)) {
                throw new IOException("missing training file " + file);
            }
            NerCorpus.readConll(file, map).forEach(t -> out.add(t.labeled()));
        }
        return out;
    }
}
