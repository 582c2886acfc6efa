package org.paperbridge.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperbridge.ingest.Block;
import org.paperbridge.ingest.BlockKind;
import org.paperbridge.lang.TraditionalChinese;

/**
 * Cuts the reference-list blocks into numbered entries: {@code [1] …}, {@code ［1］…},
 * {@code 1. …}, {@code 1 …}, {@code 3方创琳…}. A line that starts no entry continues the one before
 * (the layout broke it); the heading 参考文献/References is skipped. Entries a converter ran
 * together on one line ({@code … 2003,23(10):1810-1817 [2] Zhu J H…}) are cut apart where the
 * next number in sequence stands in brackets. In a list without numbers, a line that opens
 * with a name and holds a year starts an entry. A list that starts again at 1 belongs to the
 * next article on the page, and ends this one.
 */
final class ReferenceSegmenter {
    /** One entry: its printed number and its text without the number. */
    record Entry(int n, String text) {
    }

    private enum Style { BRACKETED, PLAIN, UNNUMBERED }

    private static final Pattern BULLET = Pattern.compile("^(?:[-*•·]\\s+)+");
    /** Brackets as converters read them: ［3」, 【3】, 〔3〕 and mixtures are all [3]. */
    private static final String OPEN_CHARS = "[［【〔「";
    private static final String CLOSE_CHARS = "]］】〕」』";
    private static final String OPEN = "[\\[［【〔「]";
    private static final String CLOSE = "[\\]］】〕」』]";
    /** The opening bracket may be lost too (10]Li J, …). */
    private static final Pattern BRACKETED = Pattern.compile("^(?:" + OPEN + "\\s*)?(\\d{1,4})\\s*" + CLOSE + "\\s*(.*)$");
    private static final Pattern PLAIN = Pattern.compile("^[(（]?(\\d{1,4})(?:[.．、)）:：]\\s*|\\s+|(?=\\p{IsHan}))(\\S.*)$");
    /** The start of an author-year entry: a name (Bao S D, Du H, 陈飞虎，) with a year soon after. */
    private static final Pattern AUTHOR_YEAR_START = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}'’\\-]+[\\s,]|\\p{IsHan}{2,4}[，,、.．\\s]).{0,150}?(?<!\\d)(?:19|20|2[oO])[\\doOlI]{2}[a-z]?\\s*[.,，)）]");
    /**
     * A line opening with a surname and initials ({@code Brusate SL,BentonMJ,…}, {@code Kishino H,…})
     * after an entry that ended on its pages starts the next author-year entry even where OCR
     * garbled its year ({@code o08}).
     */
    private static final Pattern NAME_WITH_INITIALS = Pattern.compile("\\p{Lu}[\\p{Ll}'’\\-]+\\s?\\p{Lu}{1,3}\\s?[,，]");
    private static final Pattern ENTRY_END = Pattern.compile("\\d\\s*[.．]?\\s*$");
    private static final Pattern HEADING = TraditionalChinese.pattern(
            "(?i)^(?:参\\s*考\\s*文\\s*献|references?|bibliography|literature cited|works cited)\\s*[:：]?"
                    + "(?:\\s*[(（]?references?[)）]?\\s*[:：]?)?$");

    List<Entry> segment(List<Block> blocks) {
        List<Entry> entries = new ArrayList<>();
        Style style = null;
        for (Block block : blocks) {
            // a numbered entry a converter marked as a heading (# [5」吴季，…) is still an entry
            if (block.kind() == BlockKind.HEADING && !BRACKETED.matcher(block.text().strip()).matches()
                    || block.kind() == BlockKind.RUNNING || block.kind() == BlockKind.FOOTNOTE) {
                continue;
            }
            boolean blockStart = true;
            for (String rawLine : splitRunTogether(block.text(), entries)) {
                String line = BULLET.matcher(rawLine.strip()).replaceFirst("").strip();
                if (line.isEmpty() || HEADING.matcher(line).matches()) {
                    continue;
                }
                Matcher m = BRACKETED.matcher(line);
                Style lineStyle = null;
                // a list whose first entries lost their numbers ([4] after two unnumbered lines) is numbered
                if (m.matches() && (style == null || style == Style.BRACKETED || style == Style.UNNUMBERED
                        && Integer.parseInt(m.group(1)) > entries.size())) {
                    lineStyle = Style.BRACKETED;
                } else if ((m = PLAIN.matcher(line)).matches() && (style == null || style == Style.PLAIN)
                        && nextInSequence(entries, Integer.parseInt(m.group(1)))) {
                    lineStyle = Style.PLAIN;
                } else if ((m = PLAIN.matcher(line)).matches() && style != null && style != Style.PLAIN
                        && lostBrackets(entries, Integer.parseInt(m.group(1)), m.group(2))) {
                    lineStyle = style; // a number whose brackets OCR lost (3 WaldropMP,… among [n] entries)
                }
                if (lineStyle != null && entries.size() >= 2
                        && (Integer.parseInt(m.group(1)) == 1
                        || Integer.parseInt(m.group(1)) < entries.get(entries.size() - 1).n() - 1)) {
                    // a second list from 1, or one going back (4 after 14): the tail of another
                    // article's list printed on the same page; an OCR-misread number goes back by one at most
                    return withText(entries);
                }
                if (lineStyle != null) {
                    style = lineStyle;
                    entries.add(new Entry(Integer.parseInt(m.group(1)), m.group(2).strip()));
                } else if (entries.isEmpty() || (style == Style.UNNUMBERED
                        && (blockStart || AUTHOR_YEAR_START.matcher(line).find()
                        || NAME_WITH_INITIALS.matcher(line).lookingAt()
                        && ENTRY_END.matcher(entries.get(entries.size() - 1).text()).find()))) {
                    // Unnumbered lists: each block is one entry, numbered in order.
                    style = Style.UNNUMBERED;
                    entries.add(new Entry(entries.size() + 1, line));
                } else {
                    Entry last = entries.remove(entries.size() - 1);
                    entries.add(new Entry(last.n(), DoiRepair.join(last.text(), line)));
                }
                blockStart = false;
            }
        }
        return withText(entries);
    }

    /** The lines of a block, with entries run together on one line cut at the next number in sequence. */
    private static List<String> splitRunTogether(String text, List<Entry> before) {
        List<String> lines = new ArrayList<>();
        int expected = before.isEmpty() ? 1 : before.get(before.size() - 1).n() + 1;
        for (String line : text.split("\\R")) {
            Matcher first = BRACKETED.matcher(line.strip());
            if (first.matches()) {
                expected = Integer.parseInt(first.group(1)) + 1;
            }
            if (before.isEmpty() && lines.isEmpty() && !first.matches() && !PLAIN.matcher(line.strip()).matches()) {
                expected = 2; // the first line lost its number: it is entry 1, and 2 comes next
            }
            int from = 0;
            for (int[] cut = nextInline(line, 1, expected); cut != null; cut = nextInline(line, from + 1, expected)) {
                if (cut[0] > from) {
                    lines.add(line.substring(from, cut[0]));
                    from = cut[1];
                    expected++;
                } else {
                    break;
                }
            }
            lines.add(line.substring(from));
        }
        return lines;
    }

    /** The earlier of a bracketed and a plain inline start of entry {@code expected}. */
    private static int[] nextInline(String line, int from, int expected) {
        int[] bracketed = inlineEntry(line, from, expected);
        int[] plain = inlinePlainEntry(line, from, bracketed == null ? line.length() : bracketed[0], expected);
        return plain != null ? plain : bracketed;
    }

    /**
     * Where the entry numbered {@code expected} starts, unbracketed, inside a line before {@code
     * limit}: right after the full stop that ends the entry before ({@code …13(5)：661-672.2 李化山，…},
     * {@code …238-249. 3 WaldropMP,…}), and followed by a name (a Han character or a capital). A
     * number after a full stop and before a name is no decimal or page: those are followed by
     * units, commas or more digits.
     */
    private static int[] inlinePlainEntry(String line, int from, int limit, int expected) {
        String number = Integer.toString(expected);
        for (int i = line.indexOf(number, from); i > 0 && i < limit; i = line.indexOf(number, i + 1)) {
            int end = i + number.length();
            int p = i;
            while (p > 0 && line.charAt(p - 1) == ' ') {
                p--;
            }
            if (p < 2 || line.charAt(p - 1) != '.' && line.charAt(p - 1) != '．'
                    || !Character.isLetterOrDigit(line.charAt(p - 2)) || end >= line.length()) {
                continue;
            }
            int next = end;
            while (next < line.length() && line.charAt(next) == ' ') {
                next++;
            }
            if (next >= line.length() || next == end && !Character.isIdeographic(line.codePointAt(next))) {
                continue;
            }
            int c = line.codePointAt(next);
            if (Character.isIdeographic(c) || Character.isUpperCase(c)) {
                return new int[] {p, i};
            }
        }
        return null;
    }

    /**
     * Where the entry numbered {@code expected} starts inside a line, searching from {@code from}: a
     * bracketed number ({@code … 1810-1817 [2] Zhu J H}) or one whose opening bracket was lost
     * ({@code … 414-418 10]Li J}), after a space or a character; {start of the space before, start
     * of the number or bracket}, or null. A plain scan: this runs on every line of every list.
     */
    private static int[] inlineEntry(String line, int from, int expected) {
        String number = Integer.toString(expected);
        for (int i = line.indexOf(number, from); i > 0; i = line.indexOf(number, i + 1)) {
            int end = i + number.length();
            if (Character.isDigit(line.charAt(i - 1)) || end < line.length() && Character.isDigit(line.charAt(end))) {
                continue;
            }
            int close = end;
            while (close < line.length() && Character.isWhitespace(line.charAt(close))) {
                close++;
            }
            if (close >= line.length() || CLOSE_CHARS.indexOf(line.charAt(close)) < 0) {
                continue;
            }
            int open = i;
            while (open > 0 && Character.isWhitespace(line.charAt(open - 1))) {
                open--;
            }
            boolean bracketed = open > 0 && OPEN_CHARS.indexOf(line.charAt(open - 1)) >= 0;
            int entryStart = bracketed ? open - 1 : i;
            if (!bracketed && (open == i || close + 1 >= line.length() || Character.isWhitespace(line.charAt(close + 1)))) {
                continue; // a lost opening bracket needs a space before the number and text right after the bracket
            }
            int space = entryStart;
            while (space > 0 && Character.isWhitespace(line.charAt(space - 1))) {
                space--;
            }
            if (space > 0) {
                return new int[] {space, entryStart};
            }
        }
        return null;
    }

    /** Entries with some text: a number printed with nothing after it (a template's [3]) is none. */
    private static List<Entry> withText(List<Entry> entries) {
        return entries.stream().filter(e -> e.text().codePoints().filter(Character::isLetterOrDigit).count() >= 3).toList();
    }

    /**
     * A plain number in a bracketed or unnumbered list starts an entry when it is exactly the next
     * number and a name follows it.
     */
    private static boolean lostBrackets(List<Entry> entries, int n, String rest) {
        if (entries.isEmpty() || n != entries.get(entries.size() - 1).n() + 1 || rest.isEmpty()) {
            return false;
        }
        int c = rest.codePointAt(0);
        return Character.isIdeographic(c) || Character.isUpperCase(c);
    }

    /** A plain number starts an entry only where the list's numbering expects one. */
    private static boolean nextInSequence(List<Entry> entries, int n) {
        return entries.isEmpty() ? n <= 2 : n == entries.get(entries.size() - 1).n() + 1;
    }
}
