package org.paperbridge.batch;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.paperbridge.io.AtomicFiles;
import org.paperbridge.io.Json;

/**
 * One run's output, written in a folder of its own and switched in as a whole. An output folder
 * holds {@code .paperbridge-gen-N/} folders (each a complete output: manifest, corpus, docs,
 * exports, index), a link {@code .paperbridge-current} naming the committed one, and, at its top,
 * fixed links {@code corpus.jsonl -> .paperbridge-current/corpus.jsonl} and so on. A run writes a
 * new generation beside the committed one and commits it by renaming one link over
 * {@code .paperbridge-current} (rename(2) is atomic), so after a kill at any moment the folder
 * shows one run's files, never a mix. Unchanged documents and index files are hard-linked from the
 * committed generation, not copied (Lucene never rewrites a file, so sharing them is safe).
 *
 * <p>A run only ever deletes what it wrote: its generations (named unmistakably), its own
 * {@code .paperbridge-*.tmp} files and links, and, once, the files of an output folder written by
 * an earlier release in the flat layout, each of which that folder's manifest or name identifies.
 */
public final class Generation {
    public static final String CURRENT = ".paperbridge-current";
    static final String PREFIX = ".paperbridge-gen-";
    /** What a run writes at the top of an output folder, each a link into the committed generation. */
    static final List<String> ENTRIES = List.of("docs", "index", "parallel", "ner", "schema", "corpus.jsonl",
            "glossary.tsv", "errors.jsonl", "manifest.json", "README.md", "corpus.features.json");
    private static final Set<String> IGNORED = Set.of(OutputLock.FILE, CrashJournal.FILE);
    private static final Pattern OWN_TEMPORARY = Pattern.compile("\\.paperbridge-.*\\.tmp");
    /** What the flat layout (before generations) wrote besides docs: exports by name, Lucene's files by pattern. */
    private static final Pattern LEGACY_EXPORT = Pattern.compile("pairs\\.tsv|corpus\\.tmx|bioc\\.json|[a-z]+\\.conll");
    private static final Pattern LUCENE_FILE = Pattern.compile("segments_\\w+|pending_segments_\\w+|_\\w+\\.\\w+|write\\.lock");
    private static final Pattern LEGACY_TEMPORARY = Pattern.compile("\\..+\\.[0-9]+\\.tmp");

    /** Thrown when the output folder holds files PaperBridge did not write where it would write its own. */
    public static final class ForeignFolderException extends Exception {
        private static final long serialVersionUID = 1L;

        ForeignFolderException(String message) {
            super(message);
        }
    }

    private final Path outDir;
    private final Path dir;
    private final Path previous;
    private final List<Path> abandoned;
    private final boolean legacy;

    private Generation(Path outDir, Path dir, Path previous, List<Path> abandoned, boolean legacy) {
        this.outDir = outDir;
        this.dir = dir;
        this.previous = previous;
        this.abandoned = List.copyOf(abandoned);
        this.legacy = legacy;
    }

    /**
     * The folder a reader should read for {@code outDir}: its committed generation, resolved once
     * so that a run committing meanwhile cannot mix two generations in one read; {@code outDir}
     * itself for a folder in the flat layout or none.
     */
    public static Path committed(Path outDir) {
        Path current = outDir.resolve(CURRENT);
        try {
            return Files.isDirectory(current) ? current.toRealPath() : outDir;
        } catch (IOException e) {
            return outDir;
        }
    }

    /**
     * Starts a generation in {@code outDir} (locked by the caller). A non-empty folder that is not
     * a PaperBridge output is refused unless {@code acceptForeign}; even then, a file of the user's
     * where a run writes one of its own is refused, never replaced.
     */
    public static Generation begin(Path outDir, boolean acceptForeign) throws IOException, ForeignFolderException {
        Files.createDirectories(outDir);
        Path current = outDir.resolve(CURRENT);
        boolean hasCurrent = Files.isDirectory(current);
        boolean legacy = !hasCurrent && isLegacyOutput(outDir);
        if (!hasCurrent && !legacy && !acceptForeign && !isEmpty(outDir)) {
            throw new ForeignFolderException(outDir + " is not empty and is not a PaperBridge output folder (no "
                    + Manifest.FILE + "); choose a new or empty --out, or add --force to write into it "
                    + "(nothing of yours is changed or deleted)");
        }
        checkEntries(outDir, legacy);
        Path committed = hasCurrent ? current.toRealPath() : null;
        List<Path> gens = generations(outDir);
        List<Path> abandoned = new ArrayList<>();
        for (Path g : gens) {
            if (committed == null || !Files.isSameFile(g, committed)) {
                abandoned.add(g);
            }
        }
        abandoned.sort(Comparator.comparing(Generation::number).reversed());
        long next = gens.stream().mapToLong(Generation::number).max().orElse(0) + 1;
        Path dir = Files.createDirectory(outDir.resolve(String.format("%s%06d", PREFIX, next)));
        Path previous = committed != null ? committed : legacy ? outDir : null;
        return new Generation(outDir, dir, previous, abandoned, legacy);
    }

    /** The folder this run writes. */
    public Path dir() {
        return dir;
    }

    /** The committed output this run follows (a generation, or the folder itself in the flat layout), or null. */
    public Path previous() {
        return previous;
    }

    /**
     * Where documents of earlier work may be reused from, most recent first: generations of runs
     * that were killed before they committed (their checkpoints), then the committed output.
     */
    public List<Path> earlier() {
        List<Path> out = new ArrayList<>(abandoned);
        if (previous != null) {
            out.add(previous);
        }
        return out;
    }

    /** Starts this generation's index from the committed one's files, hard-linked; nothing to do without one. */
    public void seedIndex() throws IOException {
        if (previous == null || !Files.isDirectory(previous.resolve("index"))) {
            return;
        }
        Path to = Files.createDirectories(dir.resolve("index"));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(previous.resolve("index"))) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (!name.equals("write.lock") && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    AtomicFiles.link(f, to.resolve(name));
                }
            }
        }
    }

    /**
     * Switches the output folder to this generation in one rename, then brings the top-level links
     * in line and removes the earlier generations (and, once, the flat layout's files).
     */
    public void commit() throws IOException {
        Path tmp = outDir.resolve(".paperbridge-current.tmp");
        Files.deleteIfExists(tmp);
        Files.createSymbolicLink(tmp, dir.getFileName());
        try {
            Files.move(tmp, outDir.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.deleteIfExists(tmp);
            throw new IOException("the file system of " + outDir + " cannot rename atomically", e);
        }
        Set<String> legacyDocs = legacy ? legacyDocs(outDir) : Set.of();
        for (String name : ENTRIES) {
            Path top = outDir.resolve(name);
            Path target = Path.of(CURRENT, name);
            boolean present = Files.exists(dir.resolve(name));
            if (Files.isSymbolicLink(top)) {
                if (!present && target.equals(Files.readSymbolicLink(top))) {
                    Files.delete(top);
                }
                continue;
            }
            if (Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS)) {
                removeLegacyFolder(top, legacyDocs);
            }
            if (present) {
                Path link = outDir.resolve(".paperbridge-" + name + ".link.tmp");
                Files.deleteIfExists(link);
                Files.createSymbolicLink(link, target);
                Files.move(link, top, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else if (Files.isRegularFile(top, LinkOption.NOFOLLOW_LINKS) && legacy) {
                Files.delete(top);
            }
        }
        for (Path g : generations(outDir)) {
            if (!g.equals(dir)) {
                deleteTree(g);
            }
        }
    }

    /** Deletes the temporary files a killed run left at the top of the folder (only ours, by name). */
    public static void removeTemporaries(Path outDir) throws IOException {
        if (!Files.isDirectory(outDir)) {
            return;
        }
        try (DirectoryStream<Path> all = Files.newDirectoryStream(outDir)) {
            for (Path p : all) {
                if (OWN_TEMPORARY.matcher(p.getFileName().toString()).matches()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static long number(Path gen) {
        return Long.parseLong(gen.getFileName().toString().substring(PREFIX.length()));
    }

    private static List<Path> generations(Path outDir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(outDir, PREFIX + "*")) {
            for (Path p : all) {
                if (p.getFileName().toString().substring(PREFIX.length()).matches("[0-9]+")
                        && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private static boolean isEmpty(Path outDir) throws IOException {
        try (Stream<Path> all = Files.list(outDir)) {
            return all.allMatch(p -> IGNORED.contains(p.getFileName().toString())
                    || OWN_TEMPORARY.matcher(p.getFileName().toString()).matches());
        }
    }

    /** A folder written by a release before generations: a manifest.json of ours at its top. */
    private static boolean isLegacyOutput(Path outDir) {
        Path m = outDir.resolve(Manifest.FILE);
        if (!Files.isRegularFile(m, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            JsonNode root = Json.MAPPER.readTree(m.toFile());
            return root.has("codeVersion") && root.path("sources").isArray();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Refuses when a name the run links at the top is taken by something that is not ours. */
    private static void checkEntries(Path outDir, boolean legacy) throws IOException, ForeignFolderException {
        Set<String> legacyDocs = legacy ? legacyDocs(outDir) : Set.of();
        for (String name : ENTRIES) {
            Path top = outDir.resolve(name);
            if (!Files.exists(top, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            if (Files.isSymbolicLink(top)) {
                if (!Path.of(CURRENT, name).equals(Files.readSymbolicLink(top))) {
                    throw foreign(top);
                }
                continue;
            }
            if (!legacy) {
                throw foreign(top);
            }
            if (Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS)) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(top)) {
                    for (Path f : files) {
                        if (!isLegacyFile(top, f.getFileName().toString(), legacyDocs)) {
                            throw foreign(f);
                        }
                    }
                }
            }
        }
    }

    private static ForeignFolderException foreign(Path p) {
        return new ForeignFolderException(p + " was not written by PaperBridge, and a run writes its own file "
                + "there; move it out of the output folder (PaperBridge never replaces or deletes it)");
    }

    /** The doc files the flat layout's manifest names. */
    private static Set<String> legacyDocs(Path outDir) {
        Set<String> names = new java.util.HashSet<>();
        for (String id : Manifest.read(outDir).articleIds()) {
            names.add(id + ".json");
        }
        return names;
    }

    /** A doc file a killed run of the flat layout wrote before its manifest named it: an article whose id is its name. */
    private static boolean isOurArticle(Path docs, String name) {
        if (!name.endsWith(".json")) {
            return false;
        }
        try {
            JsonNode a = Json.MAPPER.readTree(docs.resolve(name).toFile());
            return a.has("schemaVersion") && (a.path("id").asText() + ".json").equals(name);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean isLegacyFile(Path folder, String name, Set<String> legacyDocs) {
        if (LEGACY_TEMPORARY.matcher(name).matches() || OWN_TEMPORARY.matcher(name).matches()) {
            return true;
        }
        return switch (folder.getFileName().toString()) {
            case "docs" -> legacyDocs.contains(name) || isOurArticle(folder, name);
            case "index" -> LUCENE_FILE.matcher(name).matches();
            default -> LEGACY_EXPORT.matcher(name).matches();
        };
    }

    private static void removeLegacyFolder(Path top, Set<String> legacyDocs) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(top)) {
            for (Path f : files) {
                if (isLegacyFile(top, f.getFileName().toString(), legacyDocs)) {
                    Files.deleteIfExists(f);
                }
            }
        }
        try {
            Files.delete(top);
        } catch (DirectoryNotEmptyException e) {
            throw new IOException(top + " holds files PaperBridge did not write; move them out and run again", e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.delete(p);
                } catch (NoSuchFileException e) {
                    // already gone
                }
            }
        }
    }
}
