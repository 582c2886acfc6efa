package org.paperbridge.corpus;

import org.paperbridge.lang.LanguageTags;
import org.paperbridge.io.Json;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One parallel pair as a line of pairs.tsv, a {@code <tu>} of corpus.tmx and a line of pairs.jsonl. */
final class PairFormats {
    static final String TSV_HEADER = "zh\ten\tkind\tdocId\tscore\tbead\tsplit\tzhLang\n";
    static final String CREATION_TOOL = "PaperBridge";
    static final String CREATION_TOOL_VERSION = "0.1.0";
    static final String TMX_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n"
            + "<tmx version=\"1.4\">\n"
            // srclang *all*: the Chinese side is zh-Hans or zh-Hant pair by pair, as each <tuv> says.
            + "  <header creationtool=\"" + CREATION_TOOL + "\" creationtoolversion=\"" + CREATION_TOOL_VERSION
            + "\" segtype=\"sentence\" o-tmf=\"PaperBridge JSON\" adminlang=\"en\" srclang=\"*all*\""
            + " datatype=\"plaintext\"/>\n"
            + "  <body>\n";
    static final String TMX_TAIL = "  </body>\n</tmx>\n";

    private PairFormats() {
    }

    /** zh, en, kind, docId, score, bead, split, zhLang; score and bead empty where there is none. */
    static String tsv(ParallelPair p, String split, String zhLang) {
        return field(p.zh()) + '\t' + field(p.en()) + '\t' + p.kind() + '\t' + field(p.docId()) + '\t'
                + (p.score() == null ? "" : score(p.score())) + '\t' + (p.bead() == null ? "" : p.bead()) + '\t'
                + split + '\t' + zhLang + '\n';
    }

    static String tmx(ParallelPair p, String split, String zhLang) {
        StringBuilder sb = new StringBuilder();
        sb.append("    <tu>\n");
        sb.append("      <prop type=\"kind\">").append(xml(p.kind())).append("</prop>\n");
        sb.append("      <prop type=\"docId\">").append(xml(p.docId())).append("</prop>\n");
        if (p.score() != null) {
            sb.append("      <prop type=\"score\">").append(score(p.score())).append("</prop>\n");
        }
        if (p.bead() != null) {
            sb.append("      <prop type=\"bead\">").append(p.bead()).append("</prop>\n");
        }
        sb.append("      <prop type=\"split\">").append(split).append("</prop>\n");
        sb.append("      <tuv xml:lang=\"").append(zhLang).append("\"><seg>").append(xml(p.zh())).append("</seg></tuv>\n");
        sb.append("      <tuv xml:lang=\"en\"><seg>").append(xml(p.en())).append("</seg></tuv>\n");
        sb.append("    </tu>\n");
        return sb.toString();
    }

    /** {"id","doc","split","kind","bead","score","lang":{"zh","en"},"translation":{"zh","en"}}: every key in every row. */
    static String jsonl(ParallelPair p, String id, String split, String zhLang) {
        ObjectNode row = Json.MAPPER.createObjectNode();
        row.put("id", id);
        row.put("doc", p.docId());
        row.put("split", split);
        row.put("kind", p.kind());
        row.put("bead", p.bead());
        if (p.score() == null) {
            row.putNull("score");
        } else {
            row.put("score", Double.parseDouble(score(p.score())));
        }
        row.putObject("lang").put("zh", zhLang).put("en", LanguageTags.ENGLISH);
        row.putObject("translation").put("zh", p.zh()).put("en", p.en());
        try {
            return Json.LINE.writeValueAsString(row) + '\n';
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serializes", e);
        }
    }

    /** Four decimals: enough to filter by, and the same bytes on every run. */
    private static String score(double s) {
        return String.format(Locale.ROOT, "%.4f", s);
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

    /** XML text with the five specials escaped and the characters XML 1.0 forbids dropped. */
    static String xml(String s) {
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
}
