package org.paperbridge.corpus;

import org.paperbridge.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;

import org.paperbridge.align.GlossaryMerger;
import org.paperbridge.model.Article;

/** Writes {@code glossary.tsv}: a header, then zh TAB en TAB abbr TAB docs TAB count, merged over the whole corpus. */
public final class GlossaryTsvExporter implements Exporter {
    private final Path target;
    private final GlossaryMerger merger = new GlossaryMerger();

    public GlossaryTsvExporter(Path outputDir) {
        this.target = outputDir.resolve("glossary.tsv");
    }

    @Override
    public void accept(Article article) {
        merger.add(article.id(), article.glossary());
    }

    @Override
    public void close() throws IOException {
        StringBuilder sb = new StringBuilder("zh\ten\tabbr\tdocs\tcount\n");
        for (GlossaryMerger.Row r : merger.rows()) {
            sb.append(PairFormats.field(r.zh())).append('\t').append(PairFormats.field(r.en())).append('\t')
                    .append(PairFormats.field(r.abbr())).append('\t').append(r.docs()).append('\t')
                    .append(r.count()).append('\n');
        }
        AtomicFiles.writeString(target, sb.toString());
    }
}
