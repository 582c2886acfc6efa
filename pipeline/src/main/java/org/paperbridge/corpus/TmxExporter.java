package org.paperbridge.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.paperbridge.model.Article;

/**
 * Writes {@code parallel/corpus.tmx}: TMX 1.4b, source language zh-CN, one {@code <tu>} per pair
 * with {@code <prop type="kind">} and {@code <prop type="docId">}. Characters XML 1.0 forbids are dropped.
 */
public final class TmxExporter extends AppendingExporter {
    static final String CREATION_TOOL = "PaperBridge";
    static final String CREATION_TOOL_VERSION = "0.1.0";

    public TmxExporter(Path outputDir) throws IOException {
        super(outputDir.resolve("parallel").resolve("corpus.tmx"));
        write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        write("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n");
        write("<tmx version=\"1.4\">\n");
        write("  <header creationtool=\"" + CREATION_TOOL + "\" creationtoolversion=\"" + CREATION_TOOL_VERSION
                + "\" segtype=\"sentence\" o-tmf=\"PaperBridge JSON\" adminlang=\"en\" srclang=\"zh-CN\""
                + " datatype=\"plaintext\"/>\n");
        write("  <body>\n");
    }

    @Override
    byte[] encode(Article article) {
        StringBuilder sb = new StringBuilder();
        for (ParallelPair p : ParallelPair.of(article)) {
            sb.append("    <tu>\n");
            sb.append("      <prop type=\"kind\">").append(escape(p.kind())).append("</prop>\n");
            sb.append("      <prop type=\"docId\">").append(escape(p.docId())).append("</prop>\n");
            sb.append("      <tuv xml:lang=\"zh-CN\"><seg>").append(escape(p.zh())).append("</seg></tuv>\n");
            sb.append("      <tuv xml:lang=\"en\"><seg>").append(escape(p.en())).append("</seg></tuv>\n");
            sb.append("    </tu>\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    boolean legal = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                            || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
                    if (legal) {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        });
        return sb.toString();
    }

    @Override
    public void close() throws IOException {
        write("  </body>\n</tmx>\n");
        super.close();
    }
}
