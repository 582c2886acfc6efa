package org.paperbridge.structure;

import org.paperbridge.lang.Scripts;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mends DOIs that a line break cut in two ({@code 10.1126/scitrans-} + {@code lmed.abp8309}).
 *
 * Other lines of an entry are joined with a space, or without one inside a URL or a Chinese run.
 *
 * <p>Typesetters break a DOI after a hyphen that is either their own (between letters: drop it)
 * or part of the DOI (after a digit, as in {@code s41556-022-}: keep it). Neither gets a space.
 */
final class DoiRepair {
    /** A DOI or doi.org URL at the end of a text, ending in a hyphen. */
    private static final Pattern DOI_TAIL = Pattern.compile(
            "(?i)(?:doi\\s*[:：]?\\s*|doi\\.org/)?10\\.\\d{4,9}/\\S*-$");
    /** A DOI cut at a hyphen and rejoined with whitespace inside one text. */
    private static final Pattern SPLIT_INSIDE = Pattern.compile("(10\\.\\d{4,9}/\\S*?)-\\s+(?=[A-Za-z0-9])");
    private static final Pattern URL_OR_DOI_TAIL = Pattern.compile(
            "(?i)(?:https?://\\S*|(?:doi\\s*[:：]?\\s*)?10\\.\\d{4,9}/\\S*)[/.]$");

    private DoiRepair() {
    }

    /** {@code before} and {@code after} (the next line of the same entry) joined as one text. */
    static String join(String before, String after) {
        String a = before.stripTrailing();
        String b = after.strip();
        if (a.isEmpty() || b.isEmpty()) {
            return a + b;
        }
        if (DOI_TAIL.matcher(lastToken(a)).find()) {
            return joinAtHyphen(a, b);
        }
        int first = b.codePointAt(0);
        boolean continues = Character.isLowerCase(first) || Character.isDigit(first);
        if (continues && URL_OR_DOI_TAIL.matcher(lastToken(a)).find()) {
            return a + b;
        }
        if (a.endsWith("-") && a.length() > 1 && Character.isLetter(a.charAt(a.length() - 2)) && continues) {
            // A word hyphenated at the line end: the hyphen may be the author's, so it stays.
            return a + b;
        }
        if (Scripts.isHan(a.codePointBefore(a.length())) && Scripts.isHan(b.codePointAt(0))) {
            return a + b;
        }
        return a + " " + b;
    }

    /** {@code text} with DOIs that were rejoined with a space after their hyphen mended. */
    static String repairInside(String text) {
        if (!text.contains("10.")) {
            return text;
        }
        Matcher m = SPLIT_INSIDE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String head = m.group(1);
            int next = text.codePointAt(m.end());
            String joined = Character.isLetter(lastChar(head)) && Character.isLetter(next) ? head : head + "-";
            m.appendReplacement(sb, Matcher.quoteReplacement(joined));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String joinAtHyphen(String a, String b) {
        String head = a.substring(0, a.length() - 1);
        boolean letters = !head.isEmpty() && Character.isLetter(lastChar(head)) && Character.isLetter(b.codePointAt(0));
        return letters ? head + b : a + b;
    }

    private static String lastToken(String s) {
        int i = s.length();
        while (i > 0 && !Character.isWhitespace(s.charAt(i - 1))) {
            i--;
        }
        return s.substring(i);
    }

    private static int lastChar(String s) {
        return s.codePointBefore(s.length());
    }

}
