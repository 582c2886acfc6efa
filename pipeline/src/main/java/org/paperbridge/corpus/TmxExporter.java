package org.paperbridge.corpus;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.paperbridge.model.Article;

/**
 * Writes {@code parallel/corpus.tmx}: TMX 1.4b, source language zh-CN, one {@code <tu>} per pair
 * with {@code <prop type="kind">} and {@code <prop type="docId">}. Characters XML 1.0 forbids are dropped.
 */
public final class TmxExporter implements Exporter {
    static final String CREATION_TOOL = "PaperBridge";
    static final String CREATION_TOOL_VERSION = "0.1.0";

    private final Writer out;

    public TmxExporter(Path outputDir) throws IOException {
        this.out = new OutputStreamWriter(AtomicFiles.newOutputStream(outputDir.resolve("parallel").resolve("corpus.tmx")),
                StandardCharsets.UTF_8);
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n");
        out.write("<tmx version=\"1.4\">\n");
        out.write("  <header creationtool=\"" + CREATION_TOOL + "\" creationtoolversion=\"" + CREATION_TOOL_VERSION
                + "\" segtype=\"sentence\" o-tmf=\"PaperBridge JSON\" adminlang=\"en\" srclang=\"zh-CN\""
                + " datatype=\"plaintext\"/>\n");
        out.write("  <body>\n");
    }

    @Override
    public void accept(Article article) throws IOException {
        for (ParallelPair p : ParallelPair.of(article)) {
            out.write("    <tu>\n");
            out.write("      <prop type=\"kind\">" + escape(p.kind()) + "</prop>\n");
            out.write("      <prop type=\"docId\">" + escape(p.docId()) + "</prop>\n");
            out.write("      <tuv xml:lang=\"zh-CN\"><seg>" + escape(p.zh()) + "</seg></tuv>\n");
            out.write("      <tuv xml:lang=\"en\"><seg>" + escape(p.en()) + "</seg></tuv>\n");
            out.write("    </tu>\n");
        }
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
        out.write("  </body>\n</tmx>\n");
        out.close();
    }
}
