package org.paperbridge.entity;

import org.paperbridge.lang.Scripts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chinese disease and cell-type names the dictionaries cannot list, composed from parts
 * ({@code lexicons/zh_compose.tsv}): organ or tissue words and modifiers before a disease head
 * (膀胱 + 癌, 非小细胞 + 肺 + 癌, 肠道 + 黏膜 + 损伤, MTB + 感染) or before a cell type the lexicon found
 * (肺泡 + 巨噬细胞). The composed name gets the id its English composition has in the lexicon
 * (urinary bladder cancer → DOID:11054, alveolar macrophage → CL:0000583); a composed cell type
 * without one keeps its head's id, a composed disease without one has none.
 */
final class ChineseComposition {
    private enum Kind { HEAD, ORGAN, MODIFIER, WEAK }

    private record Part(Kind kind, String zh, String[] en) {
    }

    /** Heads, longest first, so 腺癌 is tried before 癌. */
    private final List<Part> heads = new ArrayList<>();
    private final Map<String, Part> parts = new HashMap<>();
    private final int longestPart;
    /** Last chars of the parts: where none ends, partsBefore need not try every length. */
    private final java.util.BitSet partEnds = new java.util.BitSet();
    private final Lexicon lexicon;

    ChineseComposition(Lexicon lexicon) {
        this.lexicon = lexicon;
        int longest = 0;
        try (InputStream in = Lexicon.resource("zh_compose.tsv")) {
            if (in == null) {
                throw new IllegalStateException("lexicon file missing: zh_compose.tsv");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] c = line.split("\t", -1);
                Part p = new Part(Kind.valueOf(c[0].toUpperCase(java.util.Locale.ROOT)), c[1],
                        c.length < 3 || c[2].isEmpty() ? new String[0] : c[2].split("\\|"));
                if (p.kind() == Kind.HEAD) {
                    heads.add(p);
                } else {
                    parts.put(p.zh(), p);
                    if (!p.zh().isEmpty()) {
                        partEnds.set(p.zh().charAt(p.zh().length() - 1));
                    }
                    longest = Math.max(longest, p.zh().length());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read zh_compose.tsv", e);
        }
        heads.sort((a, b) -> b.zh().length() - a.zh().length());
        longestPart = longest;
    }

    /** Composed candidates in {@code text}, given the lexicon's candidates {@code found} (UTF-16 offsets). */
    List<Candidate> find(String text, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>();
        if (!Scripts.containsHan(text)) {
            return out;
        }
        Map<Integer, Candidate> speciesEndingAt = new HashMap<>();
        for (Candidate c : found) {
            if (c.entry().type().equals("species")) {
                speciesEndingAt.put(c.end(), c);
            }
        }
        boolean[] headEnd = new boolean[text.length() + 1];
        for (Part head : heads) {
            for (int i = text.indexOf(head.zh()); i >= 0; i = text.indexOf(head.zh(), i + 1)) {
                int end = i + head.zh().length();
                if (headEnd[end] || !headEndsWord(text, head.zh(), end)) {
                    continue;
                }
                Candidate c = head.zh().equals("感染") ? infection(text, i, end, speciesEndingAt) : disease(text, i, end, head);
                if (c != null) {
                    headEnd[end] = true;
                    out.add(c);
                }
            }
        }
        for (Candidate c : found) {
            if (c.entry().type().equals("cell_type") && Scripts.containsHan(c.entry().raw()) && c.entry().raw().indexOf('癌') < 0
                    && c.entry().raw().indexOf('瘤') < 0) {
                Candidate composed = cell(text, c);
                if (composed != null) {
                    out.add(composed);
                }
            }
        }
        return out;
    }

    /** Organ, tissue and modifier words ending at {@code end}, right to left; empty when none. */
    private List<Part> partsBefore(String text, int end) {
        List<Part> taken = new ArrayList<>();
        int pos = end;
        while (pos > 0 && partEnds.get(text.charAt(pos - 1))) {
            Part p = null;
            for (int len = Math.min(longestPart, pos); len >= 1 && p == null; len--) {
                p = parts.get(text.substring(pos - len, pos));
            }
            if (p == null) {
                break;
            }
            taken.add(0, p);
            pos -= p.zh().length();
        }
        // Leading grades (急性, 慢性) belong to the name only with something specific after them.
        return taken.stream().anyMatch(p -> p.kind() != Kind.WEAK) ? taken : List.of();
    }

    private Candidate disease(String text, int headStart, int end, Part head) {
        List<Part> before = partsBefore(text, headStart);
        if (before.isEmpty()) {
            return null;
        }
        int start = headStart - before.stream().mapToInt(p -> p.zh().length()).sum();
        String zh = text.substring(start, end);
        List<LexiconEntry> whole = lexicon.lookup(MatchText.key(zh));
        for (LexiconEntry e : whole) {
            if (e.type().equals("disease")) {
                return new Candidate(start, end, e.withSource(LexiconEntry.Source.COMPOSED, zh));
            }
        }
        LexiconEntry english = head.en().length == 0 ? null : english(before, head.en(), "disease");
        if (english == null) {
            english = withoutModifiers(text, start, end, before);
        }
        return new Candidate(start, end, english != null ? english.withSource(LexiconEntry.Source.COMPOSED, zh)
                : new LexiconEntry("disease", zh, null, null, LexiconEntry.Source.COMPOSED, false, zh));
    }

    /**
     * The sense of the name without its leading modifiers, when that rest is a lexicon disease:
     * 胎儿型横纹肌肉瘤 is a 横纹肌肉瘤. Organs are never dropped (结肠瘤 is no 瘤).
     */
    private LexiconEntry withoutModifiers(String text, int start, int end, List<Part> before) {
        int s = start;
        for (Part p : before) {
            if (p.kind() == Kind.ORGAN) {
                break;
            }
            s += p.zh().length();
            for (LexiconEntry e : lexicon.lookup(MatchText.key(text.substring(s, end)))) {
                if (e.type().equals("disease") && e.id() != null) {
                    return e;
                }
            }
        }
        return null;
    }

    /** A pathogen the lexicon names, then 感染 (a space between allowed): the infection as a disease. */
    private Candidate infection(String text, int headStart, int end, Map<Integer, Candidate> speciesEndingAt) {
        int at = headStart > 0 && text.charAt(headStart - 1) == ' ' ? headStart - 1 : headStart;
        Candidate pathogen = speciesEndingAt.get(at);
        if (pathogen == null || !isPathogen(pathogen.entry())) {
            return null;
        }
        int start = pathogen.start();
        List<Part> before = partsBefore(text, start);
        if (!before.isEmpty() && before.stream().allMatch(p -> p.kind() == Kind.WEAK)) {
            start -= before.stream().mapToInt(p -> p.zh().length()).sum();
        }
        String zh = text.substring(start, end);
        LexiconEntry sense = null;
        String name = pathogen.entry().norm();
        for (String candidate : new String[]{name + " infection", name.replace(" virus", ""), name.replace("Mycobacterium ", "")}) {
            for (LexiconEntry e : lexicon.lookup(MatchText.key(candidate))) {
                if (sense == null && e.type().equals("disease")) {
                    sense = e;
                }
            }
        }
        return new Candidate(start, end, sense != null ? sense.withSource(LexiconEntry.Source.COMPOSED, zh)
                : new LexiconEntry("disease", zh, null, null, LexiconEntry.Source.COMPOSED, false, zh));
    }

    private static boolean isPathogen(LexiconEntry species) {
        String n = species.norm();
        return n.contains("virus") || n.startsWith("Mycobacterium") || n.contains("bacter") || n.contains("coccus")
                || n.startsWith("Escherichia") || n.startsWith("Pseudomonas") || n.startsWith("Salmonella");
    }

    private Candidate cell(String text, Candidate head) {
        List<Part> before = partsBefore(text, head.start());
        if (before.isEmpty() || before.stream().anyMatch(p -> p.kind() == Kind.WEAK)) {
            return null;
        }
        int start = head.start() - before.stream().mapToInt(p -> p.zh().length()).sum();
        String zh = text.substring(start, head.end());
        LexiconEntry english = english(before, new String[]{head.entry().norm()}, "cell_type");
        LexiconEntry sense = english != null ? english : head.entry();
        return new Candidate(start, head.end(), sense.withSource(LexiconEntry.Source.COMPOSED, zh));
    }

    /** The lexicon sense of type {@code type} that an English rendering of the parts and head has. */
    private LexiconEntry english(List<Part> before, String[] headForms, String type) {
        List<List<Part>> orders = new ArrayList<>();
        orders.add(before);
        List<Part> organsFirst = new ArrayList<>(before.stream().filter(p -> p.kind() == Kind.ORGAN).toList());
        organsFirst.addAll(before.stream().filter(p -> p.kind() != Kind.ORGAN).toList());
        if (!organsFirst.equals(before)) {
            orders.add(organsFirst);
        }
        List<Part> modifiersFirst = new ArrayList<>(before.stream().filter(p -> p.kind() != Kind.ORGAN).toList());
        modifiersFirst.addAll(before.stream().filter(p -> p.kind() == Kind.ORGAN).toList());
        if (!modifiersFirst.equals(before) && !modifiersFirst.equals(organsFirst)) {
            orders.add(modifiersFirst);
        }
        for (List<Part> order : orders) {
            List<String> names = List.of("");
            for (Part p : order) {
                if (p.en().length == 0) {
                    return null;
                }
                List<String> next = new ArrayList<>();
                for (String prefix : names) {
                    for (String form : p.en()) {
                        if (next.size() < 64) {
                            next.add(prefix + form + " ");
                        }
                    }
                }
                names = next;
            }
            for (String prefix : names) {
                for (String head : headForms) {
                    for (LexiconEntry e : lexicon.lookup(MatchText.key(prefix + head))) {
                        if (e.type().equals(type) && e.id() != null) {
                            return e;
                        }
                    }
                }
            }
        }
        return null;
    }

    /** Whether the head really ends a word here: 病 not in 病人/病毒/病理…, 炎 not in 炎症/炎性, 癌 not in 癌基因. */
    private static boolean headEndsWord(String text, String head, int end) {
        if (end >= text.length()) {
            return true;
        }
        char next = text.charAt(end);
        return switch (head) {
            case "病", "疾病" -> "人毒理变程因例原灶情史区房菌态况床友种患号害虫".indexOf(next) < 0;
            case "炎" -> "症性因".indexOf(next) < 0;
            case "癌", "腺癌", "鳞癌" -> !text.startsWith("基因", end) && next != '症';
            case "瘤" -> next != '体';
            case "损伤" -> true;
            default -> true;
        };
    }

}
