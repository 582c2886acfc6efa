package org.paperbridge.corpus;

import org.paperbridge.lang.Scripts;
import org.paperbridge.lang.LanguageTags;
import org.paperbridge.io.Json;
import org.paperbridge.io.AtomicFiles;
import org.paperbridge.lang.TraditionalChinese;
import org.paperbridge.model.Article;
import org.paperbridge.model.Entity;
import org.paperbridge.model.Span;
import org.paperbridge.text.TermDictionary;

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
 * The token-level NER exports. {@code ner/zh.conll} and {@code ner/en.conll}: token TAB IOB2 tag, a
 * blank line after each sentence, each article opened by a {@code -DOCSTART- <docId>} line (the
 * separator CoNLL readers skip). {@code ner/zh.jsonl} and {@code ner/en.jsonl}: one sentence a
 * line, {@code {"id","doc","split","lang","where","tokens","ner_tags"}} with tags as indices into
 * {@code ner/labels.json}, the layout Hugging Face token-classification scripts load. Chinese is
 * tokenized by HanLP with the lexicons' terms kept whole, English by words and punctuation; tokens
 * are cut at entity boundaries so every entity is a whole number of tokens.
 */
public final class ConllExporter implements Exporter {
    private static final Pattern EN_TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|\\S");
    /** The entity types in label order: labels.json is O, then B- and I- of each. */
    static final List<String> TYPES = List.of("gene", "mirna", "ncrna", "cell_type", "disease", "chemical", "species");
    static final List<String> LABELS = labels();

    private final Path dir;
    private final boolean conll;
    private final boolean jsonl;
    private final Splits splits;
    /** Segments Han runs; the index asks it for the same runs on the same worker thread. */
    private final TermDictionary dictionary;
    private final java.util.Map<String, SegmentedOutput> files = new java.util.TreeMap<>();
    private int accepted;

    /**
     * @param dictionary the terms HanLP keeps whole (the lexicons' Chinese terms, as the index
     *                   uses them): entity names come out as whole tokens
     */
    public ConllExporter(Path outputDir, TermDictionary dictionary) {
        this(outputDir, dictionary, true, false, Splits.DEFAULT);
    }

    /** Writes the CoNLL files, the JSONL files, or both, from one tokenization. */
    public ConllExporter(Path outputDir, TermDictionary dictionary, boolean conll, boolean jsonl, Splits splits) {
        this.dir = outputDir.resolve("ner");
        this.dictionary = dictionary;
        this.conll = conll;
        this.jsonl = jsonl;
        this.splits = splits;
    }

    private static List<String> labels() {
        List<String> out = new ArrayList<>(List.of("O"));
        for (String t : TYPES) {
            out.add("B-" + t.toUpperCase(Locale.ROOT));
            out.add("I-" + t.toUpperCase(Locale.ROOT));
        }
        return List.copyOf(out);
    }

    /** The article's lines for each file, UTF-8 encoded on the worker. */
    private record Lines(byte[] zhConll, byte[] enConll, byte[] zhJsonl, byte[] enJsonl) {
    }

    /** One sentence as tokens and their IOB2 tags. */
    private record Sentence(String where, List<String> tokens, List<String> tags) {
    }

    @Override
    public void accept(Article article) throws IOException {
        accept(article, prepare(article));
    }

    @Override
    public void accept(Article article, Object prepared) throws IOException {
        Lines lines = prepared instanceof Lines l ? l : (Lines) prepare(article);
        int ordinal = accepted++;
        if (conll) {
            segment("zh.conll", ordinal).write(lines.zhConll());
            segment("en.conll", ordinal).write(lines.enConll());
        }
        if (jsonl) {
            segment("zh.jsonl", ordinal).write(lines.zhJsonl());
            segment("en.jsonl", ordinal).write(lines.enJsonl());
        }
    }

    private OutputStream segment(String name, int ordinal) throws IOException {
        SegmentedOutput out = writer(name);
        out.beginArticle(ordinal);
        return out;
    }

    @Override
    public void withdraw(int ordinal, Article article) {
        for (SegmentedOutput out : files.values()) {
            out.withdraw(ordinal);
        }
    }

    /** Tokenizes and tags the article (the costly part), off the ordered writer thread. */
    @Override
    public Object prepare(Article article) throws IOException {
        List<Sentence> zhSentences = new ArrayList<>();
        List<Sentence> enSentences = new ArrayList<>();
        for (NerPassages.Passage p : NerPassages.of(article).passages()) {
            List<Sentence> out = p.lang().equals("zh") ? zhSentences : enSentences;
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
                Sentence sentence = sentence(p.where(), text, from, to, entities, ranges, p.lang());
                if (!sentence.tokens().isEmpty()) {
                    out.add(sentence);
                }
            }
        }
        String split = splits.of(article.id());
        return new Lines(conll ? conllLines(article.id(), zhSentences) : null,
                conll ? conllLines(article.id(), enSentences) : null,
                jsonl ? jsonLines(article, split, "zh", zhSentences) : null,
                jsonl ? jsonLines(article, split, "en", enSentences) : null);
    }

    private static byte[] conllLines(String docId, List<Sentence> sentences) {
        if (sentences.isEmpty()) {
            return new byte[0];
        }
        StringBuilder sb = new StringBuilder("-DOCSTART- ").append(PairFormats.field(docId)).append("\tO\n\n");
        for (Sentence s : sentences) {
            for (int i = 0; i < s.tokens().size(); i++) {
                sb.append(s.tokens().get(i)).append('\t').append(s.tags().get(i)).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] jsonLines(Article article, String split, String lang, List<Sentence> sentences)
            throws IOException {
        StringBuilder sb = new StringBuilder();
        String tag = LanguageTags.of(lang, article);
        java.util.Map<String, Integer> nth = new java.util.HashMap<>();
        for (Sentence s : sentences) {
            int n = nth.merge(s.where(), 1, Integer::sum);
            var row = Json.MAPPER.createObjectNode();
            row.put("id", article.id() + "-" + s.where() + "-" + n);
            row.put("doc", article.id());
            row.put("split", split);
            row.put("lang", tag);
            row.put("where", s.where());
            var tokens = row.putArray("tokens");
            s.tokens().forEach(tokens::add);
            var tags = row.putArray("ner_tags");
            s.tags().forEach(t -> tags.add(LABELS.indexOf(t)));
            sb.append(Json.LINE.writeValueAsString(row)).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One entity's UTF-16 range and the upper-cased type its tokens are tagged with. */
    private record Tagged(int start, int end, String type) {
    }

    private Sentence sentence(String where, String text, int from, int to, List<Entity> entities, int[][] ranges,
                              String lang) {
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
        Sentence out = new Sentence(where, new ArrayList<>(), new ArrayList<>());
        for (int[] tok : tokens(text.substring(from, to), lang)) {
            int ts = from + tok[0];
            int te = from + tok[1];
            Integer cut = cuts.higher(ts);
            while (cut != null && cut < te) {
                token(out, text, ts, cut, spans);
                ts = cut;
                cut = cuts.higher(ts);
            }
            token(out, text, ts, te, spans);
        }
        return out;
    }

    private static void token(Sentence out, String text, int s, int e, List<Tagged> spans) {
        String token = text.substring(s, e).strip();
        if (token.isEmpty()) {
            return;
        }
        String tag = "O";
        for (Tagged sp : spans) {
            if (s >= sp.start() && e <= sp.end()) {
                tag = (text.substring(sp.start(), s).isBlank() ? "B-" : "I-") + sp.type();
                break;
            }
        }
        out.tokens().add(token);
        out.tags().add(tag);
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
                if (Scripts.isHan(cp)) {
                    while (end < folded.length() && Scripts.isHan(folded.codePointAt(end))) {
                        end += Character.charCount(folded.codePointAt(end));
                    }
                    int[] cuts = dictionary.cuts(folded.substring(i, end));
                    for (int k = 1; k < cuts.length; k++) {
                        out.add(new int[]{i + cuts[k - 1], i + cuts[k]});
                    }
                } else if (Character.isLetterOrDigit(cp)) {
                    while (end < folded.length() && Character.isLetterOrDigit(folded.codePointAt(end))
                            && !Scripts.isHan(folded.codePointAt(end))) {
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

    private SegmentedOutput writer(String name) throws IOException {
        SegmentedOutput out = files.get(name);
        if (out == null) {
            out = new SegmentedOutput(dir.resolve(name));
            files.put(name, out);
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        // Every file of the chosen formats exists after a run, even when one language had no text.
        if (conll) {
            writer("zh.conll");
            writer("en.conll");
        }
        if (jsonl) {
            writer("zh.jsonl");
            writer("en.jsonl");
            AtomicFiles.writeString(dir.resolve("labels.json"), Json.PRETTY.writeValueAsString(
                    java.util.Map.of("names", LABELS, "types", TYPES)) + "\n");
        }
        Exporters.closeAll(new ArrayList<>(files.values()), null);
    }
}
