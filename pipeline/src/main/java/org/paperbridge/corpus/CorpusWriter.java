package org.paperbridge.corpus;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
    private final Writer corpus;
    private final List<Exporter> exporters;
    private final Set<String> written = new HashSet<>();

    public CorpusWriter(Path outDir, List<Exporter> exporters) throws IOException {
        this.docsDir = outDir.resolve("docs");
        Files.createDirectories(docsDir);
        this.corpus = new BufferedWriter(new OutputStreamWriter(
                AtomicFiles.newOutputStream(outDir.resolve("corpus.jsonl")), StandardCharsets.UTF_8));
        this.exporters = List.copyOf(exporters);
    }

    /**
     * An article ready to be added: serialized already (on a worker thread, so the writer only
     * writes), and whether its {@code docs/<id>.json} is on disk from an earlier run.
     */
    public record Entry(Article article, byte[] doc, String line, boolean docOnDisk, List<Object> prepared) {
        /** Serializes a freshly made article. */
        public static Entry of(Article article) throws IOException {
            return new Entry(article, Json.PRETTY.writeValueAsBytes(article), Json.LINE.writeValueAsString(article),
                    false, null);
        }

        /** Reads back {@code docs/<id>.json} of an earlier run. */
        public static Entry kept(Path outDir, String id) throws IOException {
            byte[] doc = Files.readAllBytes(outDir.resolve("docs").resolve(id + ".json"));
            Article article = Json.MAPPER.readValue(doc, Article.class);
            return new Entry(article, null, Json.LINE.writeValueAsString(article), true, null);
        }
    }

    /**
     * The entry with the exporters' order-free work done ({@link Exporter#prepare}); call it on the
     * worker thread that made the entry, so the ordered writer only writes. Thread-safe.
     */
    public Entry prepare(Entry entry) throws IOException {
        List<Object> prepared = new java.util.ArrayList<>(exporters.size());
        for (Exporter e : exporters) {
            prepared.add(e.prepare(entry.article()));
        }
        return new Entry(entry.article(), entry.doc(), entry.line(), entry.docOnDisk(), prepared);
    }

    /** Adds one article; articles must come in corpus order and with distinct ids. */
    public void write(Article article) throws IOException {
        add(Entry.of(article));
    }

    /** Adds one entry; entries must come in corpus order and with distinct ids. */
    public void add(Entry entry) throws IOException {
        Article article = entry.article();
        if (!written.add(article.id())) {
            throw new IllegalArgumentException("article id written twice: " + article.id());
        }
        if (!entry.docOnDisk()) {
            AtomicFiles.write(docsDir.resolve(article.id() + ".json"), entry.doc());
        }
        corpus.write(entry.line());
        corpus.write('\n');
        for (int i = 0; i < exporters.size(); i++) {
            exporters.get(i).accept(article, entry.prepared() == null ? null : entry.prepared().get(i));
        }
    }

    /** Finishes corpus.jsonl and the exports, and removes docs of articles this run did not write. */
    @Override
    public void close() throws IOException {
        IOException failure = null;
        try {
            corpus.close();
        } catch (IOException e) {
            failure = e;
        }
        Exporters.closeAll(exporters, failure);
        try (DirectoryStream<Path> docs = Files.newDirectoryStream(docsDir, "*.json")) {
            for (Path p : docs) {
                String name = p.getFileName().toString();
                if (!written.contains(name.substring(0, name.length() - ".json".length()))) {
                    Files.delete(p);
                }
            }
        }
    }
}
