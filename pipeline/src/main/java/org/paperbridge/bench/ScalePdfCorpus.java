package org.paperbridge.bench;

import org.paperbridge.batch.ConcurrentFeed;
import org.paperbridge.bench.ArticleParts;
import org.paperbridge.bench.ArticlePdfWriter;
import org.paperbridge.bench.ScaleCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A scale corpus as PDFs: the {@code i}-th text of a {@link ScaleCorpus} (templates in the seed's
 * layout) read into {@link ArticleParts} and typeset by {@link ArticlePdfWriter}, one column for
 * even {@code i} and two for odd, in the same folders of 1,000 as the text corpus.
 */
public final class ScalePdfCorpus {
    private final ScaleCorpus texts;
    private final Optional<Path> font;

    /** Typeset with the writer's bundled CJK font. */
    public ScalePdfCorpus(ScaleCorpus texts) {
        this.texts = texts;
        this.font = Optional.empty();
    }

    /** Typeset with the given TrueType font or collection. */
    public ScalePdfCorpus(ScaleCorpus texts, Path font) {
        this.texts = texts;
        this.font = Optional.of(font);
    }

    /** A writer of its own for each thread: fontbox reads glyphs lazily from one font reader. */
    private ArticlePdfWriter writer() throws IOException {
        return font.isPresent() ? new ArticlePdfWriter(font.get()) : new ArticlePdfWriter();
    }

    /** Writes {@code count} PDFs under {@code dir} on {@code threads} threads; returns the files in order. */
    public List<Path> write(Path dir, int count, long seed, int threads) throws IOException {
        Path[] files = new Path[count];
        int workers = Math.max(1, Math.min(threads, count));
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (int t = 0; t < workers; t++) {
                int first = t;
                futures.add(pool.submit(() -> {
                    try (ArticlePdfWriter writer = writer()) {
                        for (int i = first; i < count; i += workers) {
                            files[i] = ScaleCorpus.file(dir, i, "pdf");
                            Files.write(files[i], pdf(writer, i, seed));
                        }
                    }
                    return null;
                }));
            }
            for (Future<Void> f : futures) {
                ConcurrentFeed.await(f);
            }
        } finally {
            pool.shutdownNow();
        }
        return Arrays.asList(files);
    }

    /** The {@code i}-th article as PDF bytes. */
    public byte[] pdf(ArticlePdfWriter writer, int i, long seed) throws IOException {
        ArticleParts parts = ArticleParts.parse(texts.variant(i, seed));
        String journal = String.format(Locale.ROOT, "Scale Corpus 规模语料    Vol. %d No. %d", 1 + i / 1000, 1 + i % 12);
        return writer.write(parts, i % 2 == 0 ? 1 : 2, ArticlePdfWriter.RunningHeader.of(journal, parts));
    }
}
