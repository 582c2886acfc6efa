package org.paperbridge.lang;

import java.util.List;
import java.util.Map;

/**
 * The Greek alphabet as biomedical text uses it: the letters, their spelled-out names (TNF-alpha),
 * and the Latin letter each folds to for matching (IL-1β, IL1B). The one table every stage reads.
 */
public final class Greek {
    /** The 24 letter names in alphabet order, lower case. */
    public static final List<String> NAMES = List.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta",
            "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon",
            "phi", "chi", "psi", "omega");
    private static final String LOWER = "αβγδεζηθικλμνξοπρστυφχψω";
    private static final String UPPER = "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ";
    /** The Latin letter each lower-case letter folds to, and the variant forms after the alphabet. */
    private static final String FOLD_FROM = LOWER + "ςϵϑϰϱϕ";
    private static final String FOLD_TO = "abgdezetiklmnxoprstupcpo" + "setkrp";

    /**
     * The names spelled out after a gene symbol (TNF-alpha, IL-1beta, PKC-epsilon): only these are
     * common there, and the short ones left out (pi, mu, nu, xi, eta) begin too many ordinary words.
     */
    public static final List<String> SYMBOL_NAMES = List.of("epsilon", "lambda", "alpha", "gamma", "delta",
            "kappa", "theta", "sigma", "omega", "beta");

    private static final Map<String, String> LETTER_BY_NAME;

    static {
        Map.Entry<String, String>[] entries = new Map.Entry[NAMES.size()];
        for (int i = 0; i < NAMES.size(); i++) {
            entries[i] = Map.entry(NAMES.get(i), String.valueOf(LOWER.charAt(i)));
        }
        LETTER_BY_NAME = Map.ofEntries(entries);
    }

    private Greek() {
    }

    /** The letter a lower-case name stands for ("alpha" → "α"), or null. */
    public static String letter(String lowerName) {
        return LETTER_BY_NAME.get(lowerName);
    }

    /** The capital letter of a name ("gamma" → "Γ"), or null. */
    public static String capital(String lowerName) {
        int i = NAMES.indexOf(lowerName);
        return i < 0 ? null : String.valueOf(UPPER.charAt(i));
    }

    /** The Latin letter a Greek letter (either case, or a variant form) folds to, or 0. */
    public static char latin(char c) {
        int i = FOLD_FROM.indexOf(Character.toLowerCase(c));
        return i < 0 ? 0 : FOLD_TO.charAt(i);
    }

    /** Whether {@code cp} lies in the Greek and Coptic block (letters, variants, tonos forms). */
    public static boolean isGreek(int cp) {
        return cp >= 0x0370 && cp <= 0x03FF;
    }

    /** One of the 24 letters of the basic alphabet, either case. */
    public static boolean isLetter(int cp) {
        return (cp >= 0x0391 && cp <= 0x03A9) || (cp >= 0x03B1 && cp <= 0x03C9);
    }
}
