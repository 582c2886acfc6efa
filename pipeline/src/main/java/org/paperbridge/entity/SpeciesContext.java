package org.paperbridge.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * The species a miRNA name without prefix belongs to, from the species words of its text: the
 * nearest one in the same sentence (before it first, then after), else the one the text names most
 * (rat, mouse or human); miR-142-3p in a rat study is rno-miR-142-3p. Without species words, or for a
 * species miRBase has no such mature for, the lexicon's order (human first) stands.
 */
final class SpeciesContext {
    private SpeciesContext() {
    }

    static List<Candidate> mirnaIds(String text, List<Candidate> kept, Lexicon lexicon) {
        List<Candidate> species = new ArrayList<>();
        boolean anyMirna = false;
        for (Candidate c : kept) {
            if (prefix(c.entry()) != null) {
                species.add(c);
            }
            anyMirna |= c.entry().type().equals("mirna");
        }
        if (!anyMirna || species.isEmpty()) {
            return kept;
        }
        int[] counts = new int[3];
        for (Candidate s : species) {
            counts[index(prefix(s.entry()))]++;
        }
        String majority = null;
        int best = 0;
        for (int i = 0; i < 3; i++) {
            if (counts[i] > best) {
                best = counts[i];
                majority = PREFIXES[i];
            }
        }
        Sentences sentences = new Sentences(text);
        List<Candidate> out = new ArrayList<>(kept.size());
        for (Candidate c : kept) {
            LexiconEntry e = c.entry();
            if (!e.type().equals("mirna") || e.norm().endsWith(" family") || explicitSpecies(e.raw())) {
                out.add(c);
                continue;
            }
            String sp = sentenceSpecies(sentences, c, species);
            String[] hit = lexicon.mirna(e.norm(), sp != null ? sp : majority);
            out.add(hit == null || hit[1].equals(e.id()) ? c
                    : new Candidate(c.start(), c.end(), new LexiconEntry("mirna", e.norm(), "miRBase", hit[1], e.source(),
                    e.symbol(), e.raw())));
        }
        return out;
    }

    private static final String[] PREFIXES = {"hsa", "mmu", "rno"};

    private static int index(String prefix) {
        return prefix.equals("hsa") ? 0 : prefix.equals("mmu") ? 1 : 2;
    }

    private static String prefix(LexiconEntry e) {
        if (!e.type().equals("species") || e.id() == null) {
            return null;
        }
        return switch (e.id()) {
            case "NCBITaxon:9606" -> "hsa";
            case "NCBITaxon:10090" -> "mmu";
            case "NCBITaxon:10116" -> "rno";
            default -> null;
        };
    }

    private static boolean explicitSpecies(String raw) {
        return raw.startsWith("hsa-") || raw.startsWith("mmu-") || raw.startsWith("rno-");
    }

    private static String sentenceSpecies(Sentences sentences, Candidate mirna, List<Candidate> species) {
        int from = sentences.start(mirna.start());
        int to = sentences.end(mirna.end());
        String before = null;
        String after = null;
        for (Candidate s : species) {
            if (s.start() >= from && s.end() <= mirna.start()) {
                before = prefix(s.entry());
            } else if (after == null && s.start() >= mirna.end() && s.end() <= to) {
                after = prefix(s.entry());
            }
        }
        return before != null ? before : after;
    }

    private static boolean ends(char c) {
        return c == '。' || c == '；' || c == ';' || c == '！' || c == '？' || c == '\n';
    }

    /**
     * The sentence start and end around every offset, found in one pass each way: a text with many
     * miRNAs walked its long sentences once per miRNA.
     */
    private static final class Sentences {
        private final int[] start;
        private final int[] end;

        Sentences(String text) {
            int n = text.length();
            start = new int[n + 1];
            end = new int[n + 1];
            for (int i = 1; i <= n; i++) {
                start[i] = stops(text, i - 1) ? i : start[i - 1];
            }
            end[n] = n;
            for (int i = n - 1; i >= 0; i--) {
                end[i] = stops(text, i) ? i : end[i + 1];
            }
        }

        /** The start of the sentence holding offset {@code i}: after the last stop before it, or 0. */
        int start(int i) {
            return start[i];
        }

        /** The end of the sentence from offset {@code i}: the first stop at or after it, or the text's end. */
        int end(int i) {
            return end[i];
        }

        private static boolean stops(String text, int i) {
            return ends(text.charAt(i)) || englishStop(text, i);
        }
    }

    /** ". " followed by a capital: an English sentence end (not the dot of 2.5 or Fig.1). */
    private static boolean englishStop(String text, int i) {
        return text.charAt(i) == '.' && i + 2 < text.length() && text.charAt(i + 1) == ' '
                && Character.isUpperCase(text.charAt(i + 2));
    }
}
