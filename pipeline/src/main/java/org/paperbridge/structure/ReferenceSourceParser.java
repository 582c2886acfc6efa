package org.paperbridge.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the source part of a reference — what follows the title: {@code Nat Cell Biol, 2022,
 * 24(3): 1487-1498}, {@code J Vet Sci 2021;22(4):e74}, {@code 北京: 人民卫生出版社, 2018: 25-30},
 * {@code (2020-01-01)[2023-05-06]} — into container, year, volume, issue and pages.
 */
final class ReferenceSourceParser {
    /** The fields of a source part; any may be null. */
    record Source(String container, Integer year, String volume, String issue, String pages) {
        static final Source EMPTY = new Source(null, null, null, null, null);
    }

    /** A publication year: 1800–2099 not inside a longer number or DOI-like token. */
    static final Pattern YEAR = Pattern.compile("(?<![\\d./])(1[89]\\d{2}|20\\d{2})(?![\\d])");
    private static final String PAGE = "[A-Za-z]*\\d+[A-Za-z0-9]*";
    private static final Pattern AFTER_YEAR = Pattern.compile(
            "^[a-z]?\\s*(?:[A-Z][a-z]{2,8}\\.?(?:\\s+\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?)?\\s*)?"
                    + "(?:[,;，；]\\s*)?(?:(?:Vol\\.?\\s*)?(\\d+[A-Za-z]?)\\s*)?"
                    + "(?:[(（]([^()（）]{1,20})[)）]\\s*)?"
                    + "(?:[:：,，]\\s*(?:pp?\\.?\\s*)?(" + PAGE + "(?:\\s*[-–—~－～]\\s*" + PAGE + ")?))?");
    private static final Pattern DATE_AFTER_YEAR = Pattern.compile("^[-/.]\\d");

    /** The source fields of {@code text}, the part after a type code such as [J]. */
    Source parse(String text) {
        Matcher y = YEAR.matcher(text);
        if (!y.find()) {
            return new Source(cleanContainer(text), null, null, null, null);
        }
        return fields(cleanContainer(text.substring(0, y.start())), y, text);
    }

    /** Title and source of an entry tail without a type code: "Title. Container. 2023;11:445". */
    record Split(String title, Source source) {
    }

    Split parseUntyped(String text) {
        Matcher y = YEAR.matcher(text);
        while (y.find()) {
            String before = text.substring(0, y.start()).strip();
            int cut = lastSentenceBreak(before);
            if (cut > 0) {
                String title = before.substring(0, cut + 1).strip();
                return new Split(title, fields(cleanContainer(before.substring(cut + 1)), y, text));
            }
        }
        return new Split(cleanContainer(text), Source.EMPTY);
    }

    private static Source fields(String container, Matcher year, String text) {
        int yearValue = Integer.parseInt(year.group(1));
        String after = text.substring(year.end());
        if (DATE_AFTER_YEAR.matcher(after).find()) {
            // (2020-01-01) or 2020-01-01(3): a date, not year + volume.
            return new Source(container, yearValue, null, null, null);
        }
        Matcher m = AFTER_YEAR.matcher(after);
        if (!m.find()) {
            return new Source(container, yearValue, null, null, null);
        }
        String pages = m.group(3) == null ? null : m.group(3).replaceAll("\\s*[-–—~－～]\\s*", "-");
        return new Source(container, yearValue, m.group(1), blankToNull(m.group(2)), pages);
    }

    /** Index of the last ". " (or "? ", or a Chinese full stop) that ends the title, or -1. */
    private static int lastSentenceBreak(String s) {
        for (int i = s.length() - 2; i > 0; i--) {
            char c = s.charAt(i);
            boolean stop = c == '.' || c == '?' || c == '!';
            if ((stop && Character.isWhitespace(s.charAt(i + 1))) || c == '。' || c == '．' || c == '？') {
                return i;
            }
        }
        return -1;
    }

    /** Container text without the punctuation around it; null when nothing is left. */
    static String cleanContainer(String s) {
        String c = s.strip().replaceAll("^(?://|[.,;:，；：．。\\s])+", "").replaceAll("[.,;:，；：．。(（\\s]+$", "");
        return c.isEmpty() ? null : c;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
