package org.paperbridge.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperbridge.ingest.Block;

/**
 * Drops the line numbers of a submitted manuscript ({@code 10 [目的］测量民众接种…接种意} then
 * {@code 11 愿的差异。}): a run of at least {@link #MIN_RUN} lines in a row, numbered one up from
 * the line before, many of them ending mid-sentence. A numbered list (affiliations, a reference
 * list numbered without brackets) has entries that end where they end and is left alone, and so
 * is a run too short to be a page's numbering.
 *
 * <p>Some manuscripts number only their first few lines, the title, byline and affiliations, before
 * the converter stops seeing the numbers ({@code 1 营养因子对…} / {@code 2 梁　静」聂存喜1*…} /
 * {@code 3 （石河子大学…）} / {@code 4摘要：…}), often with the space after a number lost or a line
 * lost. Such a run is taken from the document's first line only ({@link #frontRun}).
 */
public final class LineNumberRemover implements BlockFilter {
    static final int MIN_RUN = 8;
    /** The share of a run's lines that must break mid-sentence (end in a Han character, a letter, a comma). */
    private static final double OPEN_SHARE = 0.3;
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,4})[ \\u3000]+(?=\\S)");
    /** A line number with the space after it lost, before Chinese text or an opening bracket ({@code 4摘要：}). */
    private static final Pattern TIGHT_NUMBER = Pattern.compile("^(\\d{1,2})(?=[\\p{IsHan}（(])");
    /** Unnumbered lines a front run may pass over (a wrapped affiliation, a heading-marked line). */
    private static final int FRONT_GAP = 3;
    /** The characters after its number a front-run line needs to count as broken mid-sentence. */
    private static final int MIN_OPEN_LINE = 20;

    /** How many lines of the blocks start with a digit. */
    private static int digitLineStarts(List<Block> blocks) {
        int n = 0;
        for (Block b : blocks) {
            String t = b.text();
            for (int i = 0; i < t.length(); i = t.indexOf('\n', i) + 1) {
                char c = t.charAt(i);
                if (c >= '0' && c <= '9') {
                    n++;
                }
                if (t.indexOf('\n', i) < 0) {
                    break;
                }
            }
        }
        return n;
    }

    /** Whether a line breaks mid-sentence: it ends in a Han character, a lower-case letter, a comma or a hyphen. */
    private static boolean endsOpen(String line) {
        int e = line.length();
        while (e > 0 && Character.isWhitespace(line.charAt(e - 1))) {
            e--;
        }
        if (e == 0) {
            return false;
        }
        int cp = line.codePointBefore(e);
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || Character.isLowerCase(cp)
                || ",，、-".indexOf(cp) >= 0;
    }

    /** One line of one block, and the number it starts with (-1 for none). */
    private record Line(int block, int index, int number, int numberEnd, boolean open) {
    }

    @Override
    public List<Block> apply(List<Block> blocks) {
        if (digitLineStarts(blocks) < MIN_RUN && !startsWithDigit(blocks)) {
            return blocks; // the common case, kept cheap: no run of numbered lines is possible
        }
        List<Line> lines = new ArrayList<>();
        List<String[]> split = new ArrayList<>(blocks.size());
        for (int b = 0; b < blocks.size(); b++) {
            String[] ls = blocks.get(b).text().split("\n", -1);
            split.add(ls);
            for (int i = 0; i < ls.length; i++) {
                Matcher m = NUMBER.matcher(ls[i]);
                boolean numbered = m.find();
                lines.add(new Line(b, i, numbered ? Integer.parseInt(m.group(1)) : -1, numbered ? m.end() : 0,
                        numbered && endsOpen(ls[i])));
            }
        }
        boolean[] drop = new boolean[lines.size()];
        boolean any = false;
        for (int start = 0; start < lines.size(); ) {
            int end = start + 1;
            if (lines.get(start).number() >= 0) {
                while (end < lines.size() && lines.get(end).number() == lines.get(end - 1).number() + 1) {
                    end++;
                }
                long open = lines.subList(start, end).stream().filter(Line::open).count();
                if (end - start >= MIN_RUN && open >= OPEN_SHARE * (end - start)) {
                    for (int k = start; k < end; k++) {
                        drop[k] = true;
                    }
                    any = true;
                }
            }
            start = end;
        }
        any |= frontRun(lines, split, drop);
        if (!any) {
            return blocks;
        }
        for (int k = 0; k < lines.size(); k++) {
            if (drop[k]) {
                Line l = lines.get(k);
                String[] ls = split.get(l.block());
                ls[l.index()] = ls[l.index()].substring(l.numberEnd());
            }
        }
        List<Block> out = new ArrayList<>(blocks.size());
        for (int b = 0; b < blocks.size(); b++) {
            String text = String.join("\n", split.get(b));
            out.add(text.equals(blocks.get(b).text()) ? blocks.get(b) : blocks.get(b).withText(text));
        }
        return out;
    }

    private static boolean startsWithDigit(List<Block> blocks) {
        for (Block b : blocks) {
            String t = b.text().strip();
            if (!t.isEmpty()) {
                return t.charAt(0) >= '0' && t.charAt(0) <= '9';
            }
        }
        return false;
    }

    /**
     * Marks the numbers of a run that starts on the document's first line, numbered 1 or 2, going up
     * (by one, or by two where a line was lost) over at most {@link #FRONT_GAP} unnumbered lines at a
     * time; a number whose space was lost counts when it is the next one. Kept when the run numbers at
     * least two lines and one of them, a full line, breaks mid-sentence (numbered headings such as
     * 1 Introduction … 2 方法 are short): a list of affiliations at the top (each
     * ending in its postcode) is left alone.
     */
    private static boolean frontRun(List<Line> lines, List<String[]> split, boolean[] drop) {
        int first = 0;
        while (first < lines.size() && text(lines.get(first), split).isBlank()) {
            first++;
        }
        List<Integer> run = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        int last = -1;
        int gap = 0;
        boolean open = false;
        for (int k = first; k < lines.size() && gap <= FRONT_GAP; k++) {
            String t = text(lines.get(k), split);
            if (t.isBlank()) {
                continue;
            }
            int number = lines.get(k).number();
            int end = lines.get(k).numberEnd();
            if (number < 0) {
                Matcher m = TIGHT_NUMBER.matcher(t);
                if (m.find()) {
                    number = Integer.parseInt(m.group(1));
                    end = m.end();
                }
            }
            boolean next = last < 0 ? k == first && (number == 1 || number == 2)
                    : number > last && number <= last + 2 + gap;
            if (next) {
                run.add(k);
                ends.add(end);
                // Only a full line breaks mid-sentence: a heading (1 引言, 2 方法) also ends in a Han character.
                open |= endsOpen(t) && t.length() - end >= MIN_OPEN_LINE;
                last = number;
                gap = 0;
            } else if (last < 0 || number >= 0) {
                break; // the first line is not numbered, or a number out of sequence ends the run
            } else {
                gap++;
            }
        }
        if (run.size() < 2 || !open) {
            return false;
        }
        for (int i = 0; i < run.size(); i++) {
            Line l = lines.get(run.get(i));
            if (!drop[run.get(i)]) {
                drop[run.get(i)] = true;
                lines.set(run.get(i), new Line(l.block(), l.index(), l.number(), ends.get(i), l.open()));
            }
        }
        return true;
    }

    private static String text(Line l, List<String[]> split) {
        return split.get(l.block())[l.index()];
    }
}
