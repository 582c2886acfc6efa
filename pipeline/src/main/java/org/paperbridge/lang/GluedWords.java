package org.paperbridge.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back the spaces a converter dropped between English words ({@code Atriplexcentralasiatica
 * isatypicalhalophyte}, {@code theaccumulationofflavonoid}): a word the lists do not know is cut
 * into known words where that is likelier than one unknown word, cheaper cuts going through
 * common words; a run with a piece no list knows is left whole ({@code informatization} is not
 * {@code inform atizat ion}). Only a text that reads as run together is repaired (see {@link #isGlued}), so a
 * rare term or a misspelling in clean text is never cut ({@code transmisson} stays whole); words
 * the lists know at any level (multicast, intercropping) and the document's own words are never cut.
 */
public final class GluedWords {
    /** A text with at least this share of run-together words is repaired. */
    static final double GLUED_SHARE = 0.05;
    private static final int MIN_GLUED = 2;
    /** Runs shorter than this are left alone: two short words glued are rare and cheap to miss. */
    private static final int MIN_RUN = 5;
    private static final int MAX_WORD = 25;
    /** Pieces come from the lists' common levels only; rarer words would cut anything. */
    private static final int PIECE_LEVEL = 70;
    /** The only pieces under three letters: function words, the ones that glue most. */
    private static final Set<String> SHORT = Set.of("a", "an", "as", "at", "be", "by", "do", "in", "is", "it",
            "of", "on", "or", "to", "we", "up", "no", "so", "if", "us", "am");
    private static final Pattern LETTERS = Pattern.compile("[A-Za-z]+");
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z])(?=[A-Z])");

    private final EnglishWords words;

    public GluedWords() {
        this(EnglishWords.get());
    }

    GluedWords(EnglishWords words) {
        this.words = words;
    }

    /**
     * Whether {@code text} lost its spaces: at least {@link #GLUED_SHARE} of its words (and two)
     * are unknown runs that cut wholly into known words. {@code vocabulary}: lower-case words the
     * document spells elsewhere (its English title), known whatever the lists say.
     */
    public boolean isGlued(String text, Set<String> vocabulary) {
        if (text == null) {
            return false;
        }
        int all = 0;
        int glued = 0;
        Matcher m = LETTERS.matcher(text);
        while (m.find()) {
            for (String part : CAMEL.split(m.group())) {
                all++;
                Cut cut = cut(part, vocabulary);
                if (cut != null && cut.allKnown()) {
                    glued++;
                }
            }
        }
        return glued >= MIN_GLUED && glued >= GLUED_SHARE * all;
    }

    /** {@code text} with its run-together words cut, whether or not it {@link #isGlued reads as glued}. */
    public String repair(String text, Set<String> vocabulary) {
        if (text == null) {
            return null;
        }
        Matcher m = LETTERS.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        int last = 0;
        while (m.find()) {
            String[] parts = CAMEL.split(m.group());
            List<String> pieces = new ArrayList<>();
            boolean changed = false;
            for (String part : parts) {
                Cut cut = cut(part, vocabulary);
                if (cut == null || !cut.allKnown()) {
                    pieces.add(part);
                } else {
                    pieces.addAll(cut.pieces());
                    changed = true;
                }
            }
            out.append(text, last, m.start()).append(changed ? String.join(" ", pieces) : m.group());
            last = m.end();
        }
        return out.append(text, last, text.length()).toString();
    }

    /** The cheapest cut of a run; null when the run is known, short, or likelier one word. */
    private record Cut(List<String> pieces, boolean allKnown) {
    }

    private Cut cut(String run, Set<String> vocabulary) {
        String lower = run.toLowerCase(Locale.ROOT);
        if (run.length() < MIN_RUN || words.contains(lower) || vocabulary.contains(lower)) {
            return null;
        }
        int n = run.length();
        double[] best = new double[n + 1];
        int[] from = new int[n + 1];
        boolean[] known = new boolean[n + 1];
        java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[0] = 0;
        for (int j = 1; j <= n; j++) {
            for (int i = Math.max(0, j - MAX_WORD); i < j; i++) {
                if (best[i] == Double.POSITIVE_INFINITY) {
                    continue;
                }
                double c = pieceCost(lower.substring(i, j), vocabulary);
                boolean isKnown = c < Double.POSITIVE_INFINITY;
                if (!isKnown && j - i >= 4) {
                    c = unknownCost(j - i);
                }
                if (best[i] + c < best[j]) {
                    best[j] = best[i] + c;
                    from[j] = i;
                    known[j] = isKnown;
                }
            }
        }
        List<String> pieces = new ArrayList<>();
        boolean allKnown = true;
        for (int j = n; j > 0; j = from[j]) {
            pieces.add(0, run.substring(from[j], j));
            allKnown &= known[j];
        }
        return pieces.size() > 1 && best[n] < unknownCost(n) ? new Cut(pieces, allKnown) : null;
    }

    /** Cost of a known piece, from its level (common words are cheap); infinite for an unknown one. */
    private double pieceCost(String piece, Set<String> vocabulary) {
        if (piece.length() < 3 && !SHORT.contains(piece)) {
            return Double.POSITIVE_INFINITY;
        }
        if (piece.length() >= 3 && vocabulary.contains(piece)) {
            return 3.0;
        }
        int level = words.level(piece);
        if (level < 0 || level > PIECE_LEVEL) {
            return Double.POSITIVE_INFINITY;
        }
        return 1 + switch (level) {
            case 10 -> 1.0;
            case 20 -> 1.5;
            case 35 -> 2.5;
            case 40 -> 3.0;
            case 50 -> 3.5;
            case 55 -> 4.0;
            case 60 -> 4.5;
            default -> 5.5;
        };
    }

    /** An unknown piece costs more than a common word per letter, so long runs are cut. */
    private static double unknownCost(int length) {
        return 6 + length;
    }
}
