package org.paperbridge.corpus;

import java.io.IOException;
import java.nio.file.Path;

import org.paperbridge.align.GlossaryMerger;
import org.paperbridge.model.Article;

/** Writes {@code glossary.tsv}: zh TAB en TAB abbr TAB docs TAB count, merged over the whole corpus. */
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
        StringBuilder sb = new StringBuilder();
        for (GlossaryMerger.Row r : merger.rows()) {
            sb.append(PairsTsvExporter.field(r.zh())).append('\t').append(PairsTsvExporter.field(r.en())).append('\t')
                    .append(PairsTsvExporter.field(r.abbr())).append('\t').append(r.docs()).append('\t')
                    .append(r.count()).append('\n');
        }
        AtomicFiles.writeString(target, sb.toString());
    }
}
