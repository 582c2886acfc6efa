package org.paperbridge.corpus;

import org.paperbridge.io.Json;
import org.paperbridge.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.paperbridge.model.Article;

/**
 * Writes the corpus of a run: {@code docs/<id>.json} per article and {@code corpus.jsonl} with
 * the same objects in corpus order, plus the exporters chosen for the run. corpus.jsonl and the
 * exports appear only when the writer is closed; a document file is replaced atomically.
 */
public final class CorpusWriter implements AutoCloseable {
    private final Path docsDir;
    private final SegmentedOutput corpus;
    private final List<Exporter> exporters;
    private final Set<String> written = new HashSet<>();
    /** The id of each article added, by its place in corpus.jsonl (null once withdrawn). */
    private final List<String> ids = new ArrayList<>();

    public CorpusWriter(Path outDir, List<Exporter> exporters) throws IOException {
        this.docsDir = outDir.resolve("docs");
        Files.createDirectories(docsDir);
        this.corpus = new SegmentedOutput(outDir.resolve("corpus.jsonl"));
        this.exporters = List.copyOf(exporters);
    }

    /**
     * An article ready to be added, serialized already (on a worker thread, so the ordered writer
     * only moves bytes): {@code doc} is its {@code docs/<id>.json}, unless that file is on disk from
     * an earlier run ({@code docOnDisk}, the file {@code origin}, linked into this run's docs/ when
     * it lies elsewhere) or written to a temporary file beside it already ({@code staged});
     * {@code line} is its corpus.jsonl line as UTF-8, without the line break.
     */
    public record Entry(Article article, byte[] doc, byte[] line, boolean docOnDisk, List<Object> prepared,
                        Path staged, Path origin) {
        /** Serializes a freshly made article. */
        public static Entry of(Article article) throws IOException {
            return of(article, Json.PRETTY.writeValueAsBytes(article));
        }

        /** An article with its document file's bytes, to be written. */
        public static Entry of(Article article, byte[] doc) throws IOException {
            return new Entry(article, doc, Json.LINE.writeValueAsBytes(article), false, null, null, null);
        }

        /** Reads back {@code docs/<id>.json} of an earlier run. */
        public static Entry kept(Path outDir, String id) throws IOException {
            Path file = outDir.resolve("docs").resolve(id + ".json");
            byte[] doc = Files.readAllBytes(file);
            Article article = Json.MAPPER.readValue(doc, Article.class);
            return new Entry(article, null, Json.LINE.writeValueAsBytes(article), true, null, null, file);
        }
    }

    /**
     * The entry with the work that needs no order done: the exporters' {@link Exporter#prepare}, and
     * the document file written under a temporary name that {@link #add} only renames. Call it on the
     * worker thread that made the entry, so the ordered writer only writes; thread-safe. An entry
     * prepared but not added (a duplicate) is given to {@link #discard}.
     */
    public Entry prepare(Entry entry) throws IOException {
        return stage(prepareExports(entry));
    }

    /**
     * The entry with the exporters' {@link Exporter#prepare} done (segmentation, BioC passages):
     * pure computation on the article, which the batch runs under the same time and memory guards
     * as processing, since a pathological article can exhaust either here too.
     */
    public Entry prepareExports(Entry entry) throws IOException {
        List<Object> prepared = new ArrayList<>(exporters.size());
        for (Exporter e : exporters) {
            prepared.add(e.prepare(entry.article()));
        }
        return new Entry(entry.article(), entry.doc(), entry.line(), entry.docOnDisk(), prepared, entry.staged(),
                entry.origin());
    }

    /** The entry with its document file written under a temporary name beside its place, unless on disk already. */
    public Entry stage(Entry entry) throws IOException {
        Path staged = entry.staged();
        if (!entry.docOnDisk() && staged == null) {
            staged = AtomicFiles.temporaryFor(docFile(entry.article()));
            Files.write(staged, entry.doc());
        }
        return new Entry(entry.article(), null, entry.line(), entry.docOnDisk(), entry.prepared(), staged,
                entry.origin());
    }

    /** Forgets an entry that will not be added, removing its staged document file. */
    public void discard(Entry entry) throws IOException {
        if (entry.staged() != null) {
            Files.deleteIfExists(entry.staged());
        }
    }

    /** Adds one article; articles must come in corpus order and with distinct ids. */
    public void write(Article article) throws IOException {
        add(Entry.of(article));
    }

    /**
     * Adds one entry; entries must come in corpus order and with distinct ids.
     *
     * @return its place among the articles added (from 0), which {@link #withdraw} takes
     */
    public int add(Entry entry) throws IOException {
        Article article = entry.article();
        if (!written.add(article.id())) {
            throw new IllegalArgumentException("article id written twice: " + article.id());
        }
        if (entry.staged() != null) {
            AtomicFiles.commit(entry.staged(), docFile(article));
        } else if (entry.docOnDisk()) {
            Path target = docFile(article);
            if (entry.origin() != null && !Files.exists(target)) {
                AtomicFiles.link(entry.origin(), target);
            }
        } else {
            AtomicFiles.write(docFile(article), entry.doc());
        }
        int ordinal = ids.size();
        ids.add(article.id());
        corpus.beginArticle(ordinal);
        corpus.write(entry.line());
        corpus.write('\n');
        for (int i = 0; i < exporters.size(); i++) {
            exporters.get(i).accept(article, entry.prepared() == null ? null : entry.prepared().get(i));
        }
        return ordinal;
    }

    /**
     * Takes back the article added as {@code ordinal} (a copy found worse than a later one): its
     * document file is deleted and it leaves corpus.jsonl and every export. The article is read back
     * from its document for the exports that subtract what it added (the dataset card).
     */
    public void withdraw(int ordinal) throws IOException {
        String id = ids.get(ordinal);
        if (id == null) {
            throw new IllegalArgumentException("article " + ordinal + " was withdrawn already");
        }
        Path file = docsDir.resolve(id + ".json");
        Article article = Json.MAPPER.readValue(Files.readAllBytes(file), Article.class);
        Files.delete(file);
        ids.set(ordinal, null);
        written.remove(id);
        corpus.withdraw(ordinal);
        for (Exporter e : exporters) {
            e.withdraw(ordinal, article);
        }
    }

    private Path docFile(Article article) {
        return docsDir.resolve(article.id() + ".json");
    }

    /**
     * Finishes corpus.jsonl and the exports. The docs folder holds only what this writer put there
     * (each run writes a generation of its own), so nothing is deleted.
     */
    @Override
    public void close() throws IOException {
        IOException failure = null;
        try {
            corpus.beginTail();
            corpus.close();
        } catch (IOException e) {
            failure = e;
        }
        Exporters.closeAll(exporters, failure);
    }
}
