package org.paperbridge;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Stable article ids, safe as file names: derived from the DOI when there is one (so a PDF and
 * its text version are one article), else the first 16 hex digits of the source's sha256.
 */
public final class ArticleIds {
    private static final int MAX_LENGTH = 96;

    private ArticleIds() {
    }

    /**
     * Whether {@code text} could be an id this class makes: ASCII letters, digits, '.', '-' and '_'
     * only, not starting with '.', so an id never names a path outside the docs folder.
     */
    public static boolean isWellFormed(String text) {
        return text != null && !text.isEmpty() && text.length() <= MAX_LENGTH && text.charAt(0) != '.'
                && text.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_'));
    }

    public static String of(String doi, String sha256) {
        if (doi == null || doi.isBlank()) {
            return sha256.substring(0, 16);
        }
        String d = doi.strip().toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder("doi_");
        for (char c : d.toCharArray()) {
            sb.append(Character.isLetterOrDigit(c) && c < 128 || c == '.' || c == '-' ? c : '_');
        }
        if (sb.length() > MAX_LENGTH) {
            // Very long DOIs (some publishers embed titles) would make unwieldy file names.
            return "doi_" + Hashes.sha256(d.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        }
        return sb.toString();
    }
}
