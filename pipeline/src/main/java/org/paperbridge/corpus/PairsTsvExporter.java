package org.paperbridge.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.paperbridge.model.Article;

/**
 * Writes {@code parallel/pairs.tsv}: zh TAB en TAB kind TAB docId, one pair a line; tabs and line
 * breaks inside texts become spaces so every line has exactly four fields.
 */
public final class PairsTsvExporter extends AppendingExporter {
    public PairsTsvExporter(Path outputDir) throws IOException {
        super(outputDir.resolve("parallel").resolve("pairs.tsv"));
    }

    @Override
    byte[] encode(Article article) {
        StringBuilder sb = new StringBuilder();
        for (ParallelPair p : ParallelPair.of(article)) {
            sb.append(field(p.zh())).append('\t').append(field(p.en())).append('\t').append(p.kind()).append('\t')
                    .append(field(p.docId())).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code s} with each run of tabs and line breaks made one space; "" for null. */
    static String field(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            boolean breaking = isBreak(s.charAt(i));
            if (breaking && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null) {
                if (!breaking) {
                    sb.append(s.charAt(i));
                } else if (i == 0 || !isBreak(s.charAt(i - 1))) {
                    sb.append(' ');
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static boolean isBreak(char c) {
        return c == '\t' || c == '\r' || c == '\n' || c == '\u2028' || c == '\u2029';
    }

}
