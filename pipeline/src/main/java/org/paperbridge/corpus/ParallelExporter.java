package org.paperbridge.corpus;

import org.paperbridge.lang.LanguageTags;
import org.paperbridge.io.AtomicFiles;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import org.paperbridge.model.Article;

/**
 * The parallel exports, one stream of pairs in up to three files: {@code parallel/pairs.tsv}
 * (with a header), {@code parallel/corpus.tmx} (TMX 1.4b) and {@code parallel/pairs.jsonl}
 * (Hugging Face's translation layout). The filters of a {@link PairSelection} and each format's
 * bytes are applied on the worker ({@link #prepare}); duplicates are decided in corpus order, so
 * every file holds the same pairs whatever the number of threads. The pairs of each article wait in
 * a {@link ShareSpool} until close, where they are deduplicated and written: an article withdrawn
 * meanwhile (a worse copy of another) leaves no pair, and a later article's pairs that repeated
 * only the withdrawn one's are kept. Files land on their names when closed.
 */
public final class ParallelExporter implements Exporter {
    /** What happened to the pairs: counted over the run, for the dataset card. */
    public record Stats(long pairs, long filtered, long exactDuplicates, long nearDuplicates, long written,
                        TreeMap<String, Long> writtenByKind) {
    }

    /** One pair that passed the filters, encoded for each open format. */
    private record Chunk(PairKeys keys, String kind, byte[] tsv, byte[] tmx, byte[] jsonl) {
    }

    private record Prepared(int pairs, List<Chunk> kept) {
    }

    private final PairSelection selection;
    private final Splits splits;
    private final OutputStream tsv;
    private final OutputStream tmx;
    private final OutputStream jsonl;
    private final ShareSpool spool;
    private int accepted;
    private final LongSet exactSeen = new LongSet();
    private final LongSet nearSeen = new LongSet();
    private final TreeMap<String, Long> byKind = new TreeMap<>();
    private long pairs;
    private long filtered;
    private long exactDuplicates;
    private long nearDuplicates;
    private long written;

    /** @param formats which of "tsv", "tmx", "jsonl" to write */
    public ParallelExporter(Path outputDir, Set<String> formats, PairSelection selection, Splits splits)
            throws IOException {
        this.selection = selection;
        this.splits = splits;
        Path dir = outputDir.resolve("parallel");
        tsv = formats.contains("tsv") ? open(dir.resolve("pairs.tsv"), PairFormats.TSV_HEADER) : null;
        tmx = formats.contains("tmx") ? open(dir.resolve("corpus.tmx"), PairFormats.TMX_HEAD) : null;
        jsonl = formats.contains("jsonl") ? open(dir.resolve("pairs.jsonl"), "") : null;
        spool = new ShareSpool(dir.resolve("pairs.spool"));
    }

    private static OutputStream open(Path file, String head) throws IOException {
        OutputStream out = new BufferedOutputStream(AtomicFiles.newOutputStream(file), 1 << 16);
        out.write(head.getBytes(StandardCharsets.UTF_8));
        return out;
    }

    @Override
    public Object prepare(Article article) {
        List<ParallelPair> all = ParallelPair.of(article);
        String split = splits.of(article.id());
        String zhLang = LanguageTags.chinese(article);
        List<Chunk> kept = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            ParallelPair p = all.get(i);
            if (!selection.keeps(p)) {
                continue;
            }
            kept.add(new Chunk(PairKeys.of(p), p.kind(),
                    tsv == null ? null : bytes(PairFormats.tsv(p, split, zhLang)),
                    tmx == null ? null : bytes(PairFormats.tmx(p, split, zhLang)),
                    jsonl == null ? null : bytes(PairFormats.jsonl(p, article.id() + "-" + (i + 1), split, zhLang))));
        }
        return new Prepared(all.size(), kept);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void accept(Article article) throws IOException {
        accept(article, prepare(article));
    }

    @Override
    public void accept(Article article, Object prepared) throws IOException {
        Prepared p = prepared instanceof Prepared x ? x : (Prepared) prepare(article);
        DataOutputStream out = spool.begin(accepted++);
        out.writeInt(p.pairs());
        out.writeInt(p.kept().size());
        for (Chunk c : p.kept()) {
            out.writeLong(c.keys().exact());
            out.writeLong(c.keys().near());
            ShareSpool.writeString(out, c.kind());
            ShareSpool.writeBytes(out, c.tsv());
            ShareSpool.writeBytes(out, c.tmx());
            ShareSpool.writeBytes(out, c.jsonl());
        }
    }

    @Override
    public void withdraw(int ordinal, Article article) {
        spool.withdraw(ordinal);
    }

    /** Reads the spooled pairs back in corpus order, leaving out withdrawn articles, and writes those not seen before. */
    private void writeKept() throws IOException {
        spool.replay((ordinal, in, kept) -> {
            int all = in.readInt();
            int n = in.readInt();
            if (kept) {
                pairs += all;
                filtered += all - n;
            }
            for (int i = 0; i < n; i++) {
                Chunk c = new Chunk(new PairKeys(in.readLong(), in.readLong()), ShareSpool.readString(in),
                        ShareSpool.readBytes(in), ShareSpool.readBytes(in), ShareSpool.readBytes(in));
                if (kept) {
                    write(c);
                }
            }
        });
    }

    private void write(Chunk c) throws IOException {
        if (selection.dedup()) {
            // Both keys are recorded either way, so a near copy of a later pair is caught too.
            boolean newExact = exactSeen.add(c.keys().exact());
            boolean newNear = nearSeen.add(c.keys().near());
            if (!newExact) {
                exactDuplicates++;
                return;
            }
            if (!newNear) {
                nearDuplicates++;
                return;
            }
        }
        write(tsv, c.tsv());
        write(tmx, c.tmx());
        write(jsonl, c.jsonl());
        written++;
        byKind.merge(c.kind(), 1L, Long::sum);
    }

    private static void write(OutputStream out, byte[] bytes) throws IOException {
        if (out != null) {
            out.write(bytes);
        }
    }

    /** The counts so far; final once the exporter is closed. */
    public Stats stats() {
        return new Stats(pairs, filtered, exactDuplicates, nearDuplicates, written, new TreeMap<>(byKind));
    }

    public PairSelection selection() {
        return selection;
    }

    @Override
    public void close() throws IOException {
        IOException tail = null;
        try (ShareSpool s = spool) {
            writeKept();
            if (tmx != null) {
                tmx.write(PairFormats.TMX_TAIL.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            tail = e;
        }
        List<OutputStream> open = new ArrayList<>();
        for (OutputStream out : new OutputStream[] {tsv, tmx, jsonl}) {
            if (out != null) {
                open.add(out);
            }
        }
        Exporters.closeAll(open, tail);
    }
}
