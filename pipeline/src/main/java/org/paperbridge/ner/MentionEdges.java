package org.paperbridge.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Words that never stand at the edge of a mention of a type in its training texts although they
 * are frequent there ("expression" never begins or ends a gene mention, "patients" never ends a disease one). A
 * linear tagger labels token by token and sometimes takes such a word in at a mention's edge; the
 * training labels say it never belongs there, so a learned mention is trimmed of them at its first
 * and last token, where a space parts them from the rest (dropped when a lone word is left that
 * neither begins nor ends any mention). Only words of two or more letters count: digits, single
 * letters and punctuation are pieces of names ("vitamin C", "22-oxacalcitriol") or
 * {@link Brackets}' business. Learned by {@code train-ner --edge-min-count} from the same texts as
 * the models and written beside them; measured on devel within the seed's noise, so the shipped
 * models come without it (docs/ner.md). Immutable.
 */
public final class MentionEdges {
    /** No lists: every mention stays as decoded. */
    public static final MentionEdges NONE = new MentionEdges(Map.of(), Map.of());

    private final Map<String, Set<String>> neverFirst;
    private final Map<String, Set<String>> neverLast;

    private MentionEdges(Map<String, Set<String>> neverFirst, Map<String, Set<String>> neverLast) {
        this.neverFirst = neverFirst;
        this.neverLast = neverLast;
    }

    /** How many (type, edge, word) entries the lists hold. */
    public int size() {
        int n = 0;
        for (Set<String> s : neverFirst.values()) {
            n += s.size();
        }
        for (Set<String> s : neverLast.values()) {
            n += s.size();
        }
        return n;
    }

    /**
     * Learns the lists of each type from its training texts: a word seen at least {@code minCount}
     * times in the texts that never is the first (last) token of a mention of that type. The count
     * keeps out rare words whose never is only chance.
     */
    public static MentionEdges learn(Map<String, List<LabeledText>> textsOf, int minCount, double maxInside) {
        Map<String, Set<String>> first = new TreeMap<>();
        Map<String, Set<String>> last = new TreeMap<>();
        for (Map.Entry<String, List<LabeledText>> e : textsOf.entrySet()) {
            String type = e.getKey();
            Map<String, int[]> counts = new HashMap<>();
            for (LabeledText t : e.getValue()) {
                Tokens tokens = EnglishTokenizer.split(t.text());
                int[] labels = Bio.labels(tokens, t.spans(), type);
                for (int i = 0; i < tokens.size(); i++) {
                    if (!isWord(tokens, i)) {
                        continue;
                    }
                    int[] c = counts.computeIfAbsent(lower(tokens, i), k -> new int[4]);
                    c[0]++;
                    if (labels[i] != Bio.O) {
                        c[3]++;
                    }
                    if (labels[i] == Bio.B || labels[i] == Bio.S) {
                        c[1]++;
                    }
                    if (labels[i] == Bio.E || labels[i] == Bio.S) {
                        c[2]++;
                    }
                }
            }
            Set<String> f = new TreeSet<>();
            Set<String> l = new TreeSet<>();
            counts.forEach((word, c) -> {
                if (c[0] < minCount || c[3] > maxInside * c[0]) {
                    return;
                }
                if (c[1] == 0) {
                    f.add(word);
                }
                if (c[2] == 0) {
                    l.add(word);
                }
            });
            first.put(type, f);
            last.put(type, l);
        }
        return new MentionEdges(first, last);
    }

    /**
     * The token range {first, last} left of a {@code type} mention once words that never begin or
     * end one are trimmed off its edges, or null when no token is left.
     */
    public int[] trim(Tokens tokens, String type, int first, int last) {
        Set<String> f = neverFirst.getOrDefault(type, Set.of());
        Set<String> l = neverLast.getOrDefault(type, Set.of());
        while (first < last && apart(tokens, first, first + 1) && f.contains(lower(tokens, first))) {
            first++;
        }
        while (last > first && apart(tokens, last - 1, last) && l.contains(lower(tokens, last))) {
            last--;
        }
        if (first == last && f.contains(lower(tokens, first)) && l.contains(lower(tokens, first))) {
            return null;
        }
        return first <= last ? new int[]{first, last} : null;
    }

    /** Writes "type TAB first|last TAB word" lines, sorted, so the same lists give the same bytes. */
    public void write(OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("# words that never begin (first) or end (last) a training mention of the type; written by train-ner\n");
        for (String type : new TreeSet<>(union(neverFirst.keySet(), neverLast.keySet()))) {
            for (String word : new TreeSet<>(neverFirst.getOrDefault(type, Set.of()))) {
                w.write(type + "\tfirst\t" + word + "\n");
            }
            for (String word : new TreeSet<>(neverLast.getOrDefault(type, Set.of()))) {
                w.write(type + "\tlast\t" + word + "\n");
            }
        }
        w.flush();
    }

    public static MentionEdges read(InputStream in) throws IOException {
        Map<String, Set<String>> first = new HashMap<>();
        Map<String, Set<String>> last = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 3 || !(f[1].equals("first") || f[1].equals("last"))) {
                throw new IOException("bad mention-edge line: " + line);
            }
            (f[1].equals("first") ? first : last).computeIfAbsent(f[0], k -> new HashSet<>()).add(f[2]);
        }
        return new MentionEdges(first, last);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new HashSet<>(a);
        u.addAll(b);
        return u;
    }

    /** A word of two or more letters (no digit): numbers and single letters are pieces of names ("vitamin C", "22-"). */
    private static boolean isWord(Tokens tokens, int i) {
        if (tokens.ends()[i] - tokens.starts()[i] < 2) {
            return false;
        }
        for (int k = tokens.starts()[i]; k < tokens.ends()[i]; k++) {
            if (!Character.isLetter(tokens.text().charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Whether tokens {@code i} and {@code i + 1} are separate words: space between them ("LiCl-pre" is one). */
    private static boolean apart(Tokens tokens, int i, int next) {
        return tokens.ends()[i] < tokens.starts()[next];
    }

    private static String lower(Tokens tokens, int i) {
        return tokens.token(i).toLowerCase(Locale.ROOT);
    }
}
