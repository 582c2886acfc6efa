package org.paperbridge.e2e;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** The string comparisons of the seed's expected facts (as ../shared/checks/check-seed does them). */
final class Facts {
    private static final String GREEK = "αβγδεκλμπστωΑΒΓΔΩ";

    private Facts() {
    }

    /** NFKC, whitespace collapsed, no spaces around Greek letters. */
    static String norm(String s) {
        if (s == null) {
            return null;
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
        return n.replaceAll("\\s*([" + GREEK + "])\\s*", "$1");
    }

    /** {@link #norm} with all whitespace removed: how Chinese strings are compared. */
    static String nospace(String s) {
        return s == null ? "" : norm(s).replaceAll("\\s+", "");
    }

    static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    /** The sentences of an {text, sentences:[[s,e]…]} object, cut by code points. */
    static List<String> sentences(JsonNode block) {
        List<String> out = new ArrayList<>();
        if (block == null || block.isNull()) {
            return out;
        }
        String text = block.get("text").asText();
        for (JsonNode sp : block.get("sentences")) {
            int s = text.offsetByCodePoints(0, sp.get(0).asInt());
            int e = text.offsetByCodePoints(0, sp.get(1).asInt());
            out.add(text.substring(s, e));
        }
        return out;
    }

    /** Sections depth-first, as the article lists them. */
    static List<JsonNode> walk(JsonNode sections) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode s : sections) {
            out.add(s);
            out.addAll(walk(s.get("sections")));
        }
        return out;
    }
}
