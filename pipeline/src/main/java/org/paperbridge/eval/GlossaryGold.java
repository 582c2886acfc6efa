package org.paperbridge.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.paperbridge.model.GlossaryEntry;

/**
 * The glossary gold ({@code fixtures/glossary/gold.json}): per document the terms it defines. Each
 * side of a term is null (the article gives no such side) or the list of forms that count as right.
 * Sides are compared after NFKC; Chinese without white space (the converter puts spaces between
 * characters), English with white space collapsed and case ignored.
 */
public final class GlossaryGold {
    /** One defined term. */
    public record Term(List<String> zh, List<String> en, List<String> abbr) {
        boolean abbrMatches(GlossaryEntry e) {
            return anyEquals(abbr, e.abbr(), Side.ABBR);
        }

        boolean zhMatches(GlossaryEntry e) {
            return zh == null ? e.zh() == null : anyEquals(zh, e.zh(), Side.ZH);
        }

        boolean enMatches(GlossaryEntry e) {
            return en == null ? e.en() == null : anyEquals(en, e.en(), Side.EN);
        }

        boolean matches(GlossaryEntry e) {
            return abbrMatches(e) && zhMatches(e) && enMatches(e);
        }
    }

    /** One article of the gold: its source file name, split part and terms. */
    public record Document(String file, String part, List<Term> terms) {
        /** The file name without extension, the prefix an output article's source name must start with. */
        public String stem() {
            int dot = file.lastIndexOf('.');
            return dot > 0 ? file.substring(0, dot) : file;
        }
    }

    enum Side { ZH, EN, ABBR }

    private static final ObjectMapper JSON = new ObjectMapper();

    private GlossaryGold() {
    }

    /** The documents of a gold file, in file order. */
    public static List<Document> load(Path goldFile) throws IOException {
        JsonNode root = JSON.readTree(goldFile.toFile());
        JsonNode docs = root.path("documents");
        if (!docs.isArray()) {
            throw new IOException(goldFile + ": expected {\"documents\": [...]}");
        }
        List<Document> out = new ArrayList<>();
        for (JsonNode d : docs) {
            List<Term> terms = new ArrayList<>();
            for (JsonNode t : d.path("entries")) {
                terms.add(new Term(forms(t.get("zh")), forms(t.get("en")), forms(t.get("abbr"))));
            }
            out.add(new Document(d.path("file").asText(), d.path("part").asText("-"), List.copyOf(terms)));
        }
        return out;
    }

    private static List<String> forms(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        if (n.isArray()) {
            n.forEach(x -> out.add(x.asText()));
        } else {
            out.add(n.asText());
        }
        return List.copyOf(out);
    }

    static boolean anyEquals(List<String> forms, String got, Side side) {
        if (forms == null || got == null) {
            return false;
        }
        String g = norm(got, side);
        return forms.stream().anyMatch(f -> norm(f, side).equals(g));
    }

    static String norm(String s, Side side) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
        return switch (side) {
            case ZH, ABBR -> n.replaceAll("\\s+", "");
            case EN -> n.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        };
    }
}
