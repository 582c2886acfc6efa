package org.paperbridge.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperbridge.model.Span;
import org.paperbridge.text.SentenceSplitter;

/**
 * Sentences of a running text for alignment, as character spans: every line break ends a unit (so
 * a heading such as 摘要, 背景 or Background stays its own unit), and inside a line, beyond what
 * {@link SentenceSplitter} ends, a sentence also ends before a lower-case start
 * ({@code ... was reduced. the dose}) and after a reference number glued to the period
 * ({@code carcinoma.1 More}).
 */
public final class RunningTextSentences {
    /** A terminator, closing quotes or brackets, white space, then a lower-case letter. */
    private static final Pattern LOWER_START = Pattern.compile("([A-Za-z]{2,})([.!?][\"'”’)]*)\\s+(?=[a-z])");
    /** A word, a period, a reference number (list), white space, then a capital or a digit. */
    private static final Pattern CITATION = Pattern.compile("[A-Za-z)]{2,}\\.(\\d{1,3}(?:[,–-]\\d{1,3})*)\\s+(?=[A-Z])");
    private static final Set<String> ABBREVIATIONS = Set.of("al", "vs", "cf", "viz", "approx", "ca", "resp", "fig",
            "figs", "ref", "refs", "no", "nos", "eq", "eqs", "tab", "vol", "pp", "etc", "dr", "mr", "mrs", "ms",
            "prof", "st", "jr", "sr", "inc", "ltd", "co", "dept", "univ", "suppl", "ed", "eds", "ch", "sec", "sect");

    private final SentenceSplitter splitter = new SentenceSplitter();

    /** The units of {@code text}, in order, as [start, end) char offsets, without surrounding white space. */
    public List<int[]> split(String text) {
        List<int[]> out = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                splitLine(text, lineStart, i, out);
                lineStart = i + 1;
            }
        }
        return out;
    }

    /** The units' texts. */
    public List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (int[] s : split(text)) {
            out.add(text.substring(s[0], s[1]));
        }
        return out;
    }

    private void splitLine(String text, int from, int to, List<int[]> out) {
        String line = text.substring(from, to);
        List<Integer> cuts = new ArrayList<>();
        Matcher m = LOWER_START.matcher(line);
        while (m.find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            if (!ABBREVIATIONS.contains(word)) {
                cuts.add(m.end(2));
            }
        }
        Matcher c = CITATION.matcher(line);
        while (c.find()) {
            cuts.add(c.end(1));
        }
        cuts.add(line.length());
        cuts.sort(null);
        int start = 0;
        for (int cut : cuts) {
            if (cut <= start) {
                continue;
            }
            String piece = line.substring(start, cut);
            // SentenceSplitter counts code points; its spans come in order, so one cursor converts
            // them back to char offsets in linear time.
            int cp = 0;
            int ch = 0;
            for (Span span : splitter.split(piece)) {
                ch = piece.offsetByCodePoints(ch, span.start() - cp);
                int e = piece.offsetByCodePoints(ch, span.end() - span.start());
                out.add(new int[] {from + start + ch, from + start + e});
                cp = span.end();
                ch = e;
            }
            start = cut;
        }
    }
}
