package org.paperbridge.ingest;

import org.paperbridge.lang.Scripts;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins the lines of a paragraph: Chinese lines without a space, others with one, and a
 * line-end hyphen removed only when the break put it there (the document never writes the
 * hyphenated form elsewhere).
 */
final class LineJoiner {
    private static final Pattern WORD_BEFORE_HYPHEN = Pattern.compile("([A-Za-z]+)-$");
    private static final Pattern WORD_AFTER = Pattern.compile("^([a-z]+)");
    private static final Pattern HYPHENATED = Pattern.compile("\\b([A-Za-z]+-[A-Za-z]+)\\b");
    /** A DOI or URL cut after one of its dots ({@code doi:10.1371/journal.} + {@code pone.0289798}). */
    private static final Pattern DOI_OR_URL_AT_DOT = Pattern.compile("(?i)(?:\\b10\\.\\d{4,9}/|https?://)\\S*\\.$");
    private static final Pattern GOES_ON = Pattern.compile("^[a-z0-9]");

    private final Set<String> hyphenatedWords;

    /** @param hyphenatedWords lower-cased {@code word-word} forms seen inside lines of the document */
    LineJoiner(Set<String> hyphenatedWords) {
        this.hyphenatedWords = hyphenatedWords;
    }

    static void collectHyphenated(String lineText, Set<String> into) {
        Matcher m = HYPHENATED.matcher(lineText);
        while (m.find()) {
            into.add(m.group(1).toLowerCase(Locale.ROOT));
        }
    }

    String join(String before, String after) {
        if (before.isEmpty()) {
            return after;
        }
        if (after.isEmpty()) {
            return before;
        }
        Matcher hyphen = WORD_BEFORE_HYPHEN.matcher(before);
        Matcher next = WORD_AFTER.matcher(after);
        if (hyphen.find() && next.find()) {
            String compound = (hyphen.group(1) + "-" + next.group(1)).toLowerCase(Locale.ROOT);
            if (hyphenatedWords.contains(compound)) {
                return before + after;
            }
            return before.substring(0, before.length() - 1) + after;
        }
        if (DOI_OR_URL_AT_DOT.matcher(before).find() && GOES_ON.matcher(after).find()) {
            return before + after;
        }
        if (before.endsWith("-") || before.endsWith("/") || Scripts.endsWithCjkGlyph(before) || Scripts.startsWithCjkGlyph(after)) {
            return before + after;
        }
        return before + " " + after;
    }
}
