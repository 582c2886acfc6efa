package org.paperbridge.align;

import java.util.Map;
import org.paperbridge.model.CodePoints;

/** Script tests and Greek-letter names shared by the aligners. */
final class TextScripts {
    private static final Map<String, String> GREEK_NAMES = Map.ofEntries(
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("epsilon", "ε"), Map.entry("kappa", "κ"), Map.entry("lambda", "λ"), Map.entry("mu", "μ"),
            Map.entry("pi", "π"), Map.entry("sigma", "σ"), Map.entry("tau", "τ"), Map.entry("omega", "ω"),
            Map.entry("theta", "θ"), Map.entry("zeta", "ζ"), Map.entry("eta", "η"), Map.entry("iota", "ι"));

    private TextScripts() {
    }

    static boolean hasHan(String s) {
        return s.codePoints().anyMatch(CodePoints::isHan);
    }

    static boolean isGreek(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.GREEK;
    }

    /** The Greek letter an English spelled-out name stands for ("alpha" → "α"), or null. */
    static String greekLetter(String lowerWord) {
        return GREEK_NAMES.get(lowerWord);
    }
}
