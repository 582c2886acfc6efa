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
 */
public final class LineNumberRemover implements BlockFilter {
    static final int MIN_RUN = 8;
    /** The share of a run's lines that must break mid-sentence (end in a Han character, a letter, a comma). */
    private static final double OPEN_SHARE = 0.3;
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,4})[ \\u3000]+(?=\\S)");

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
        if (digitLineStarts(blocks) < MIN_RUN) {
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
}
