package org.paperbridge.corpus;

import org.paperbridge.io.AtomicFiles;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.paperbridge.align.GlossaryMerger;
import org.paperbridge.model.Article;
import org.paperbridge.model.GlossaryEntry;

/**
 * Writes {@code glossary.tsv}: a header, then zh TAB en TAB abbr TAB docs TAB count, merged over the
 * whole corpus. Each article's terms wait in a {@link ShareSpool} until close, so an article
 * withdrawn meanwhile (a worse copy of another) counts for nothing, not even a term's spelling.
 */
public final class GlossaryTsvExporter implements Exporter {
    private final Path target;
    private final ShareSpool spool;
    private int accepted;

    public GlossaryTsvExporter(Path outputDir) throws IOException {
        this.target = outputDir.resolve("glossary.tsv");
        this.spool = new ShareSpool(target);
    }

    @Override
    public void accept(Article article) throws IOException {
        DataOutputStream out = spool.begin(accepted++);
        ShareSpool.writeString(out, article.id());
        out.writeInt(article.glossary().size());
        for (GlossaryEntry e : article.glossary()) {
            ShareSpool.writeString(out, e.zh());
            ShareSpool.writeString(out, e.en());
            ShareSpool.writeString(out, e.abbr());
        }
    }

    @Override
    public void withdraw(int ordinal, Article article) {
        spool.withdraw(ordinal);
    }

    @Override
    public void close() throws IOException {
        GlossaryMerger merger = new GlossaryMerger();
        try (ShareSpool s = spool) {
            s.replay((ordinal, in, kept) -> {
                String id = ShareSpool.readString(in);
                int n = in.readInt();
                List<GlossaryEntry> terms = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    terms.add(new GlossaryEntry(ShareSpool.readString(in), ShareSpool.readString(in),
                            ShareSpool.readString(in)));
                }
                if (kept) {
                    merger.add(id, terms);
                }
            });
        }
        StringBuilder sb = new StringBuilder("zh\ten\tabbr\tdocs\tcount\n");
        for (GlossaryMerger.Row r : merger.rows()) {
            sb.append(PairFormats.field(r.zh())).append('\t').append(PairFormats.field(r.en())).append('\t')
                    .append(PairFormats.field(r.abbr())).append('\t').append(r.docs()).append('\t')
                    .append(r.count()).append('\n');
        }
        AtomicFiles.writeString(target, sb.toString());
    }
}
