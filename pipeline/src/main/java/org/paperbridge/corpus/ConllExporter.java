package org.paperbridge.corpus;

import org.paperbridge.ingest.TraditionalChinese;
import org.paperbridge.model.Article;
import org.paperbridge.model.Entity;
import org.paperbridge.model.Span;
import org.paperbridge.text.TermDictionary;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperbridge.model.CodePoints;

/**
 * Writes {@code ner/zh.conll} and {@code ner/en.conll}: token TAB IOB2 tag, a blank line after each
 * sentence. Chinese is tokenized by HanLP with the lexicons' terms kept whole, English by words and punctuation; tokens are cut at
 * entity boundaries so every entity is a whole number of tokens.
 */
public final class ConllExporter implements Exporter {
    private static final Pattern EN_TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|\\S");

    private final Path dir;
    /** Segments Han runs; the index asks it for the same runs on the same worker thread. */
    private final TermDictionary dictionary;
    private OutputStream zh;
    private OutputStream en;

    /**
     * @param dictionary the terms HanLP keeps whole (the lexicons' Chinese terms, as the index
     *                   uses them): entity names come out as whole tokens
     */
    public ConllExporter(Path outputDir, TermDictionary dictionary) {
        this.dir = outputDir.resolve("ner");
        this.dictionary = dictionary;
    }

    /** The article's CoNLL lines for each language, UTF-8 encoded on the worker. */
    private record Lines(byte[] zh, byte[] en) {
    }

    @Override
    public void accept(Article article) throws IOException {
        accept(article, prepare(article));
    }

    @Override
    public void accept(Article article, Object prepared) throws IOException {
        Lines lines = prepared instanceof Lines l ? l : (Lines) prepare(article);
        writer("zh").write(lines.zh());
        writer("en").write(lines.en());
    }

    /** Tokenizes and tags the article (the costly part), off the ordered writer thread. */
    @Override
    public Object prepare(Article article) throws IOException {
        StringBuilder zhLines = new StringBuilder();
        StringBuilder enLines = new StringBuilder();
        for (NerPassages.Passage p : NerPassages.of(article).passages()) {
            StringBuilder out = p.lang().equals("zh") ? zhLines : enLines;
            String text = p.text();
            List<Span> sentences = p.sentences().isEmpty()
                    ? List.of(new Span(0, text.codePointCount(0, text.length()))) : p.sentences();
            // Entity ranges in UTF-16, converted once per passage rather than once per sentence.
            List<Entity> entities = p.entities();
            int[][] ranges = new int[entities.size()][];
            for (int i = 0; i < ranges.length; i++) {
                Entity e = entities.get(i);
                int s = text.offsetByCodePoints(0, e.start());
                ranges[i] = new int[]{s, text.offsetByCodePoints(s, e.end() - e.start())};
            }
            for (Span s : sentences) {
                int from = text.offsetByCodePoints(0, s.start());
                int to = text.offsetByCodePoints(from, s.end() - s.start());
                writeSentence(out, text, from, to, entities, ranges, p.lang());
            }
        }
        return new Lines(zhLines.toString().getBytes(StandardCharsets.UTF_8),
                enLines.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** One entity's UTF-16 range and the upper-cased type its tokens are tagged with. */
    private record Tagged(int start, int end, String type) {
    }

    private void writeSentence(StringBuilder out, String text, int from, int to, List<Entity> entities,
                               int[][] ranges, String lang) {
        List<Tagged> spans = new ArrayList<>();
        for (int[] r : ranges) {
            if (r[0] >= from && r[1] <= to) {
                spans.add(new Tagged(r[0], r[1], typeAt(entities, ranges, r[0])));
            }
        }
        TreeSet<Integer> cuts = new TreeSet<>();
        for (Tagged sp : spans) {
            cuts.add(sp.start());
            cuts.add(sp.end());
        }
        int written = 0;
        for (int[] tok : tokens(text.substring(from, to), lang)) {
            int ts = from + tok[0];
            int te = from + tok[1];
            Integer cut = cuts.higher(ts);
            while (cut != null && cut < te) {
                written += line(out, text, ts, cut, spans);
                ts = cut;
                cut = cuts.higher(ts);
            }
            written += line(out, text, ts, te, spans);
        }
        if (written > 0) {
            out.append('\n');
        }
    }

    private static int line(StringBuilder out, String text, int s, int e, List<Tagged> spans) {
        String token = text.substring(s, e).strip();
        if (token.isEmpty()) {
            return 0;
        }
        String tag = "O";
        for (Tagged sp : spans) {
            if (s >= sp.start() && e <= sp.end()) {
                tag = (text.substring(sp.start(), s).isBlank() ? "B-" : "I-") + sp.type();
                break;
            }
        }
        out.append(token).append('\t').append(tag).append('\n');
        return 1;
    }

    /** The type of the first entity of the passage that starts at UTF-16 offset {@code start}. */
    private static String typeAt(List<Entity> entities, int[][] ranges, int start) {
        for (int i = 0; i < ranges.length; i++) {
            if (ranges[i][0] == start) {
                return entities.get(i).type().toUpperCase(Locale.ROOT);
            }
        }
        throw new IllegalStateException("no entity starts at " + start);
    }

    /** Token ranges (UTF-16, relative to {@code sentence}). */
    private List<int[]> tokens(String sentence, String lang) {
        List<int[]> out = new ArrayList<>();
        if (lang.equals("zh")) {
            // Han runs are segmented with traditional characters folded (offsets do not move);
            // letters and digits run together (NLRP3, 1β); any other character is a token.
            String folded = TraditionalChinese.fold(sentence);
            int i = 0;
            while (i < folded.length()) {
                int cp = folded.codePointAt(i);
                int end = i + Character.charCount(cp);
                if (CodePoints.isHan(cp)) {
                    while (end < folded.length() && CodePoints.isHan(folded.codePointAt(end))) {
                        end += Character.charCount(folded.codePointAt(end));
                    }
                    int[] cuts = dictionary.cuts(folded.substring(i, end));
                    for (int k = 1; k < cuts.length; k++) {
                        out.add(new int[]{i + cuts[k - 1], i + cuts[k]});
                    }
                } else if (Character.isLetterOrDigit(cp)) {
                    while (end < folded.length() && Character.isLetterOrDigit(folded.codePointAt(end))
                            && !CodePoints.isHan(folded.codePointAt(end))) {
                        end += Character.charCount(folded.codePointAt(end));
                    }
                    out.add(new int[]{i, end});
                } else if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                    out.add(new int[]{i, end});
                }
                i = end;
            }
        } else {
            Matcher m = EN_TOKEN.matcher(sentence);
            while (m.find()) {
                out.add(new int[]{m.start(), m.end()});
            }
        }
        return out;
    }

    private OutputStream writer(String lang) throws IOException {
        if (lang.equals("zh")) {
            if (zh == null) {
                zh = open("zh.conll");
            }
            return zh;
        }
        if (en == null) {
            en = open("en.conll");
        }
        return en;
    }

    private OutputStream open(String name) throws IOException {
        return new BufferedOutputStream(AtomicFiles.newOutputStream(dir.resolve(name)), 1 << 16);
    }

    @Override
    public void close() throws IOException {
        // Both files always exist after a run, even when one language had no text.
        writer("zh").close();
        writer("en").close();
    }
}
