package org.paperbridge.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits a keyword field into keywords as printed. */
public final class KeywordParser {
    private static final Pattern SEMICOLONS = Pattern.compile("[;；]");
    private static final Pattern COMMAS = Pattern.compile("[,，、]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");
    /** A comma between letters with no space after it: a separator a converter misread (validation,wind field). */
    private static final Pattern TIGHT_COMMA = Pattern.compile("(?<=\\p{L}),(?=\\p{L})");
    /** An abbreviation in brackets run into its term (keying(GMSK)): the space the converter dropped. */
    private static final Pattern TIGHT_ABBREVIATION = Pattern.compile("(?<=\\p{Ll})[(（](?=\\p{Lu}{2,}[)）])");
    /**
     * The journal's citation in brackets after the last keyword (自闭症[心理学通讯, 2018, 1(3):216-222]),
     * or its open part when a doi label inside it ended the field ({@code 自闭症[心理学通讯，2018,1(3): 216-222 doi: …]}).
     */
    private static final Pattern TRAILING_CITATION = Pattern.compile("[\\[［【][^\\]］】]*(?<!\\d)(?:19|20)\\d{2}(?!\\d)[^\\]］】]*[\\]］】]?\\s*$");
    private static final Pattern EDGE_PUNCT = Pattern.compile("^[\\s\\u3000]+|[\\s\\u3000。.．]+$");

    /**
     * Semicolons win when present, since an English keyword may itself hold a comma; Chinese
     * keywords separated by spaces only are split on the spaces. In English, a comma with no space
     * after it also separates, and an abbreviation in brackets gets its space back.
     */
    public List<String> parse(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        String v = TRAILING_CITATION.matcher(value.strip()).replaceFirst("").strip();
        String[] parts;
        if (SEMICOLONS.matcher(v).find()) {
            parts = SEMICOLONS.split(v);
        } else if (COMMAS.matcher(v).find()) {
            parts = COMMAS.split(v);
        } else if (FrontBlockClassifier.isChinese(v)) {
            parts = SPACES.split(v);
        } else {
            parts = new String[] {v};
        }
        List<String> keywords = new ArrayList<>();
        for (String p : parts) {
            boolean english = !FrontBlockClassifier.isChinese(p);
            for (String q : english ? TIGHT_COMMA.split(p) : new String[] {p}) {
                String k = EDGE_PUNCT.matcher(q).replaceAll("");
                if (english) {
                    k = TIGHT_ABBREVIATION.matcher(k).replaceAll(" (");
                }
                if (!k.isEmpty()) {
                    keywords.add(k);
                }
            }
        }
        return keywords;
    }
}
