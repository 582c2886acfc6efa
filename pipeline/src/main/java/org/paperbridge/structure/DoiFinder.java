package org.paperbridge.structure;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the DOI in a reference entry: after {@code doi:}, in a doi.org URL, or bare. */
final class DoiFinder {
    /** The DOI and the UTF-16 range of its whole mention (label or URL prefix included). */
    record Found(String doi, int start, int end) {
    }

    private static final Pattern LABELLED = Pattern.compile(
            "(?i)(?:\\bdoi\\s*[:：]?\\s*|https?://(?:dx\\.)?doi\\.org/)(10\\.\\d{4,9}/[^\\s\"<>，。；]+)");
    private static final Pattern BARE = Pattern.compile("\\b(10\\.\\d{4,9}/[^\\s\"<>，。；]+)");

    private DoiFinder() {
    }

    static Optional<Found> find(String text) {
        Matcher m = LABELLED.matcher(text);
        if (!m.find()) {
            m = BARE.matcher(text);
            if (!m.find()) {
                return Optional.empty();
            }
        }
        String doi = trimTrailing(m.group(1));
        int end = m.start(1) + doi.length();
        return Optional.of(new Found(doi, m.start(), end));
    }

    /** Drops sentence punctuation after a DOI, and a closing bracket the DOI did not open. */
    private static String trimTrailing(String doi) {
        String d = doi;
        while (!d.isEmpty()) {
            char c = d.charAt(d.length() - 1);
            if (c == '.' || c == ',' || c == ';' || c == ':') {
                d = d.substring(0, d.length() - 1);
            } else if ((c == ')' && count(d, '(') < count(d, ')')) || (c == ']' && count(d, '[') < count(d, ']'))) {
                d = d.substring(0, d.length() - 1);
            } else {
                break;
            }
        }
        return d;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
