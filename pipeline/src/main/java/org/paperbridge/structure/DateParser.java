package org.paperbridge.structure;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the first date of a history field as ISO 8601 ({@code yyyy-MM-dd}, or {@code yyyy-MM}). */
public final class DateParser {
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<!\\d)(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})(?!\\d)(?:\\s*[-/.月]\\s*(\\d{1,2})(?!\\d))?");
    private static final String MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + ",?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");

    /**
     * The ISO form of the first date in {@code value}, or null when it holds none. Full-width
     * digits and the dash forms of DOIs (U+2212, Founder's 鄄 between digits, …) are read as such.
     */
    public String parse(String value) {
        if (value == null) {
            return null;
        }
        value = IdentifierParser.foldDashes(Normalizer.normalize(value, Normalizer.Form.NFKC));
        Matcher m = NUMERIC.matcher(value);
        while (m.find()) {
            String iso = iso(m.group(1), m.group(2), m.group(3));
            if (iso != null) {
                return iso;
            }
        }
        m = DAY_MONTH_YEAR.matcher(value);
        if (m.find()) {
            return iso(m.group(3), month(m.group(2)), m.group(1));
        }
        m = MONTH_DAY_YEAR.matcher(value);
        if (m.find()) {
            return iso(m.group(3), month(m.group(1)), m.group(2));
        }
        m = MONTH_YEAR.matcher(value);
        if (m.find()) {
            return iso(m.group(2), month(m.group(1)), null);
        }
        return null;
    }

    private static String month(String name) {
        return Integer.toString(MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1);
    }

    private static String iso(String year, String month, String day) {
        int y = Integer.parseInt(year);
        int mo = Integer.parseInt(month);
        if (y < 1900 || y > 2100 || mo < 1 || mo > 12) {
            return null;
        }
        if (day == null) {
            return String.format(Locale.ROOT, "%04d-%02d", y, mo);
        }
        int d = Integer.parseInt(day);
        if (d < 1 || d > 31) {
            return String.format(Locale.ROOT, "%04d-%02d", y, mo);
        }
        return String.format(Locale.ROOT, "%04d-%02d-%02d", y, mo, d);
    }
}
