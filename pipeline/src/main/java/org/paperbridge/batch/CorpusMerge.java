package org.paperbridge.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.paperbridge.corpus.CorpusWriter;
import org.paperbridge.corpus.Exporter;
import org.paperbridge.corpus.Exporters;
import org.paperbridge.io.Json;
import org.paperbridge.model.Article;

/**
 * Joins the output folders of shard runs (or of any runs) into one corpus folder, as one run over
 * the union of their sources would have written it: sources in path order, copies of one article
 * (the same id, or text, as a run finds them: {@link ArticleCopies}) decided again over all the
 * parts' articles and the better copy kept, articles read back from the parts' docs/ and
 * fed to the exporters in corpus order the way an incremental re-run feeds reused articles.
 * Callers hold an {@link OutputLock} on the output folder.
 */
public final class CorpusMerge {
    /** The merge's counts and the things it noticed about the parts (overlaps, duplicates, gaps). */
    public record Result(Summary summary, List<String> notes) {
        public Result {
            notes = List.copyOf(notes);
        }
    }

    /** Thrown when a folder named as a part cannot be merged; the message says why. */
    public static final class BadPartException extends Exception {
        private static final long serialVersionUID = 1L;

        BadPartException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private record Item(Path key, int part, ManifestEntry entry) {
    }

    private final List<CorpusPart> parts;

    private CorpusMerge(List<CorpusPart> parts) {
        this.parts = List.copyOf(parts);
    }

    /** Reads the manifests of the part folders; nothing is written yet. */
    public static CorpusMerge of(List<Path> partDirs) throws BadPartException {
        if (partDirs.isEmpty()) {
            throw new IllegalArgumentException("no parts to merge");
        }
        List<CorpusPart> parts = new ArrayList<>();
        for (Path dir : partDirs) {
            try {
                parts.add(CorpusPart.read(dir));
            } catch (CorpusPart.NotAPartException e) {
                throw new BadPartException(e.getMessage(), e);
            }
        }
        return new CorpusMerge(parts);
    }

    /**
     * Writes the merged corpus into {@code outDir}.
     *
     * @param exporters  exports fed in corpus order, closed at the end
     * @param concurrent exports indifferent to order (the index), fed on {@code threads} threads, closed last
     */
    public Result into(Path outDir, List<Exporter> exporters, List<Exporter> concurrent, int threads)
            throws IOException, BadPartException {
        try (ConcurrentFeed feed = new ConcurrentFeed(concurrent, threads)) {
            return into(outDir, exporters, concurrent, feed);
        }
    }

    private Result into(Path outDir, List<Exporter> exporters, List<Exporter> concurrent, ConcurrentFeed feed)
            throws IOException, BadPartException {
        long start = System.nanoTime();
        List<String> notes = new ArrayList<>(coverageNotes());
        List<String> reference = parts.get(0).scope().inputs();
        List<Item> items = new ArrayList<>();
        List<ErrorRecord> walkProblems = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            CorpusPart part = parts.get(i);
            Set<String> failedPaths = new HashSet<>();
            for (ManifestEntry e : part.entries()) {
                items.add(new Item(part.orderKey(e.path(), reference), i, e));
                if (ManifestEntry.FAILED.equals(e.status())) {
                    failedPaths.add(e.path());
                }
            }
            part.errors().stream().filter(e -> !failedPaths.contains(e.path())).forEach(walkProblems::add);
        }
        items.sort(Comparator.comparing(Item::key).thenComparingInt(Item::part));
        List<ErrorRecord> errors = new ArrayList<>(new LinkedHashSet<>(walkProblems.stream()
                .sorted(Comparator.comparing((ErrorRecord e) -> e.path()).thenComparing(ErrorRecord::stage))
                .toList()));
        List<ManifestEntry> entries = new ArrayList<>(items.size());
        Map<Path, Integer> partOfKey = new HashMap<>();
        ArticleCopies copies = new ArticleCopies(true);
        List<Integer> ordinalOf = new ArrayList<>();
        List<Integer> entryOf = new ArrayList<>();
        List<Integer> partOf = new ArrayList<>();
        // Sources a part dropped as copies of another (its path in that part): re-pointed at the end
        // to the copy the merged corpus keeps.
        Map<Integer, String> droppedInPart = new HashMap<>();
        CorpusWriter corpus = new CorpusWriter(outDir, exporters);
        for (Item item : items) {
            ManifestEntry e = item.entry();
            Integer other = partOfKey.putIfAbsent(item.key(), item.part());
            if (other != null) {
                notes.add("source " + e.path() + " is in " + name(other) + " and in " + name(item.part())
                        + "; kept the first (overlapping parts: the same shard run twice?)");
                continue;
            }
            if (ManifestEntry.FAILED.equals(e.status())) {
                errors.add(new ErrorRecord(e.path(), e.stage(), e.message()));
                entries.add(e);
                continue;
            }
            if (!ManifestEntry.OK.equals(e.status())) {
                droppedInPart.put(entries.size(), e.duplicateOf());
                entries.add(e);
                continue;
            }
            CorpusWriter.Entry entry = read(parts.get(item.part()), e);
            ArticleCopies.Offer offer = copies.offer(ArticleFingerprint.of(entry.article()), e.path());
            int copy = copies.size() - 1;
            for (int w : offer.withdrawn()) {
                corpus.withdraw(ordinalOf.get(w));
                ordinalOf.set(w, -1);
            }
            entryOf.add(entries.size());
            partOf.add(item.part());
            entries.add(e);
            if (offer.kept()) {
                ordinalOf.add(corpus.add(entry));
                feed.feed(entry.article());
            } else {
                ordinalOf.add(-1);
            }
        }
        feed.finish();
        Map<String, Integer> copyOfPath = new HashMap<>();
        Set<String> keptIds = new HashSet<>();
        Set<String> fedIds = new TreeSet<>();
        for (int c = 0; c < copies.size(); c++) {
            copyOfPath.put(entries.get(entryOf.get(c)).path(), c);
            if (copies.isKept(c)) {
                keptIds.add(copies.id(c));
                continue;
            }
            ArticleCopy d = copies.dropped(c);
            ManifestEntry e = entries.get(entryOf.get(c));
            entries.set(entryOf.get(c), e.asCopy(d));
            fedIds.add(copies.id(c));
            if (!partOf.get(c).equals(partOf.get(d.keeper()))) {
                notes.add("duplicate: article " + copies.id(c) + " comes from " + e.path() + " (" + name(partOf.get(c))
                        + "), a copy (" + d.match() + ") of " + d.keeperPath() + " (" + name(partOf.get(d.keeper()))
                        + "); kept " + d.keeperPath());
            }
        }
        for (Map.Entry<Integer, String> d : droppedInPart.entrySet()) {
            ManifestEntry e = entries.get(d.getKey());
            Integer keeper = copyOfPath.get(d.getValue());
            if (keeper == null) {
                notes.add("a part marks " + e.path() + " a duplicate of " + d.getValue() + ", which no part has");
                continue;
            }
            int k = copies.isKept(keeper) ? keeper : copies.dropped(keeper).keeper();
            String keeperPath = entries.get(entryOf.get(k)).path();
            if (!keeperPath.equals(e.duplicateOf())) {
                entries.set(d.getKey(), ManifestEntry.duplicate(e.path(), e.sha256(), e.docId(), keeperPath, e.match(),
                        e.reason() + " (in its part; the merged corpus keeps " + keeperPath + ")", e.stageMicros()));
            }
        }
        for (String id : fedIds) {
            if (keptIds.contains(id)) {
                // Fed in any order on several threads: the kept copy of the id goes in last.
                for (Exporter x : concurrent) {
                    x.accept(CorpusWriter.Entry.kept(outDir, id).article());
                }
            } else {
                for (Exporter x : concurrent) {
                    x.withdraw(id);
                }
            }
        }
        corpus.close();
        Exporters.closeAll(concurrent, null);
        int ok = 0;
        int duplicates = 0;
        for (ManifestEntry e : entries) {
            ok += ManifestEntry.OK.equals(e.status()) ? 1 : 0;
            duplicates += ManifestEntry.DUPLICATE.equals(e.status()) ? 1 : 0;
        }
        Summary summary = new Summary(ok, errors.size(), duplicates, 0, (System.nanoTime() - start) / 1e9, errors);
        ErrorRecord.writeAll(outDir.resolve("errors.jsonl"), errors);
        Manifest.write(outDir, commonCodeVersion(), new RunScope(reference, null), summary, entries);
        return new Result(summary, notes);
    }

    private CorpusWriter.Entry read(CorpusPart part, ManifestEntry e) throws BadPartException {
        Path file = part.doc(e.docId());
        try {
            byte[] doc = Files.readAllBytes(file);
            Article a = Json.MAPPER.readValue(doc, Article.class);
            if (!e.docId().equals(a.id())) {
                throw new BadPartException(file + " holds article " + a.id() + ", not " + e.docId()
                        + "; run that part again", null);
            }
            return CorpusWriter.Entry.of(a, doc);
        } catch (NoSuchFileException x) {
            throw new BadPartException(file + " is missing (named by " + part.dir().resolve(Manifest.FILE)
                    + "); run that part again", x);
        } catch (IOException x) {
            throw new BadPartException("cannot read " + file + ": " + x.getMessage(), x);
        }
    }

    /** Gaps and mismatches among the shards the parts say they are. */
    private List<String> coverageNotes() {
        List<String> notes = new ArrayList<>();
        Set<Integer> counts = new TreeSet<>();
        Set<Integer> indices = new TreeSet<>();
        for (CorpusPart p : parts) {
            if (p.scope().shard() != null) {
                counts.add(p.scope().shard().count());
                indices.add(p.scope().shard().index());
            }
        }
        if (counts.size() > 1) {
            notes.add("the parts come from different splits " + counts + " (shard counts); sources may be missing "
                    + "or doubled");
        } else if (counts.size() == 1) {
            int n = counts.iterator().next();
            for (int i = 1; i <= n; i++) {
                if (!indices.contains(i)) {
                    notes.add("shard " + i + "/" + n + " is not among the parts; its sources are missing");
                }
            }
        }
        if (parts.stream().map(CorpusPart::codeVersion).distinct().count() > 1) {
            notes.add("the parts were made by different builds; a later run over the merged folder processes "
                    + "every source again");
        }
        return notes;
    }

    /** The parts' code version when they all share one, else null (a re-run then reuses nothing). */
    private String commonCodeVersion() {
        String first = parts.get(0).codeVersion();
        return parts.stream().allMatch(p -> Objects.equals(first, p.codeVersion())) ? first : null;
    }

    private String name(int part) {
        CorpusPart p = parts.get(part);
        return p.scope().shard() == null ? p.folder().toString() : p.folder() + " (shard " + p.scope().shard() + ")";
    }
}
