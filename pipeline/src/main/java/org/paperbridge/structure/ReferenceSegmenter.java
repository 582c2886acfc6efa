package org.paperbridge.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.paperbridge.ingest.Block;
import org.paperbridge.ingest.BlockKind;
import org.paperbridge.ingest.TraditionalChinese;

/**
 * Cuts the reference-list blocks into numbered entries: {@code [1] …}, {@code ［1］…},
 * {@code 1. …}, {@code 1 …}. A line that starts no entry continues the one before (the layout
 * broke it); the heading 参考文献/References is skipped.
 */
final class ReferenceSegmenter {
    /** One entry: its printed number and its text without the number. */
    record Entry(int n, String text) {
    }

    private enum Style { BRACKETED, PLAIN, UNNUMBERED }

    private static final Pattern BULLET = Pattern.compile("^(?:[-*•·]\\s+)+");
    private static final Pattern BRACKETED = Pattern.compile("^[\\[［]\\s*(\\d{1,4})\\s*[\\]］]\\s*(.*)$");
    private static final Pattern PLAIN = Pattern.compile("^[(（]?(\\d{1,4})(?:[.．、)）]\\s*|\\s+)(\\S.*)$");
    private static final Pattern HEADING = TraditionalChinese.pattern(
            "(?i)^(?:参\\s*考\\s*文\\s*献|references?|bibliography|literature cited|works cited)\\s*[:：]?$");

    List<Entry> segment(List<Block> blocks) {
        List<Entry> entries = new ArrayList<>();
        Style style = null;
        for (Block block : blocks) {
            if (block.kind() == BlockKind.HEADING || block.kind() == BlockKind.RUNNING
                    || block.kind() == BlockKind.FOOTNOTE) {
                continue;
            }
            boolean blockStart = true;
            for (String rawLine : block.text().split("\\R")) {
                String line = BULLET.matcher(rawLine.strip()).replaceFirst("").strip();
                if (line.isEmpty() || HEADING.matcher(line).matches()) {
                    continue;
                }
                Matcher m = BRACKETED.matcher(line);
                Style lineStyle = null;
                if (m.matches() && (style == null || style == Style.BRACKETED)) {
                    lineStyle = Style.BRACKETED;
                } else if ((m = PLAIN.matcher(line)).matches() && (style == null || style == Style.PLAIN)
                        && nextInSequence(entries, Integer.parseInt(m.group(1)))) {
                    lineStyle = Style.PLAIN;
                }
                if (lineStyle != null) {
                    style = lineStyle;
                    entries.add(new Entry(Integer.parseInt(m.group(1)), m.group(2).strip()));
                } else if (entries.isEmpty() || (style == Style.UNNUMBERED && blockStart)) {
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
        return entries;
    }

    /** A plain number starts an entry only where the list's numbering expects one. */
    private static boolean nextInSequence(List<Entry> entries, int n) {
        return entries.isEmpty() ? n <= 2 : n == entries.get(entries.size() - 1).n() + 1;
    }
}
