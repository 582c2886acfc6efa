package org.paperbridge.ingest;

import org.paperbridge.lang.Scripts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits plain text or converter Markdown into blocks: blank lines end a block, {@code #} lines
 * are headings, bullet and numbered lines start list items, {@code [n]} lines start blocks,
 * {@code |..|} lines form tables; images and HTML comments are dropped; a hard line break stays a line break. Lines of one block are joined the way the script needs. One instance
 * splits one text (it keeps the block being built).
 */
final class MarkdownBlockSplitter {
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+(\\S.*)$");
    /** An ordered-list item; its number stays in the text (reference lists are numbered). */
    private static final Pattern ORDERED = Pattern.compile("^\\s{0,3}\\d{1,3}[.)]\\s+\\S.*$");
    /** A reference entry line such as [12] or ［12］: always starts a block of its own. */
    private static final Pattern ENTRY = Pattern.compile("^\\s*[\\[［]\\d{1,3}[\\]］]\\s*\\S.*$");
    private static final Pattern RULE = Pattern.compile("^\\s{0,3}([-*_])(?:\\s*\\1){2,}\\s*$");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\s*\\|.*\\|\\s*$");
    private static final Pattern HTML_TABLE = Pattern.compile("^\\s*<table", Pattern.CASE_INSENSITIVE);

    private final List<Block> blocks = new ArrayList<>();
    private StringBuilder current;
    private BlockKind currentKind;
    /**
     * Whether the last line ended in a hard break (two spaces or a backslash): the next line of
     * the block then follows a line break, not a space. Converters such as MinerU print one for
     * each printed line of a reference list or an affiliation list, where lines are items.
     */
    private boolean hardBreakBefore;

    List<Block> split(String text) {
        String cleaned = COMMENT.matcher(text.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("");
        boolean inEquation = false;
        for (String rawLine : cleaned.split("\n", -1)) {
            String line = IMAGE.matcher(rawLine).replaceAll("");
            if (inEquation) {
                append(line, "\n");
                if (line.strip().endsWith("$$")) {
                    flush();
                    inEquation = false;
                }
                continue;
            }
            if (line.isBlank()) {
                if (!rawLine.isBlank()) {
                    continue; // a line that held only an image: not a paragraph break
                }
                flush();
                continue;
            }
            Matcher m;
            if ((m = HEADING.matcher(line)).matches()) {
                flush();
                blocks.add(new Block(m.group(2).strip(), BlockKind.HEADING, Zone.UNKNOWN, 0, m.group(1).length()));
            } else if (line.strip().startsWith("$$")) {
                flush();
                start(BlockKind.EQUATION, line.strip());
                String s = line.strip();
                inEquation = !(s.length() >= 4 && s.endsWith("$$"));
                if (!inEquation) {
                    flush();
                }
            } else if (TABLE_ROW.matcher(line).matches() || HTML_TABLE.matcher(line).find()) {
                if (currentKind != BlockKind.TABLE) {
                    flush();
                    start(BlockKind.TABLE, line.strip());
                } else {
                    append(line.strip(), "\n");
                }
            } else if (RULE.matcher(line).matches()) {
                flush();
            } else if ((m = BULLET.matcher(line)).matches()) {
                flush();
                start(BlockKind.LIST_ITEM, m.group(1).strip());
            } else if (ORDERED.matcher(line).matches()) {
                flush();
                start(BlockKind.LIST_ITEM, line.strip());
            } else if (ENTRY.matcher(line).matches()) {
                flush();
                start(BlockKind.PARAGRAPH, line.strip());
            } else if (current == null || currentKind == BlockKind.TABLE) {
                flush();
                start(BlockKind.PARAGRAPH, line.strip());
            } else if (hardBreakBefore) {
                append(line.strip(), "\n");
            } else {
                appendJoined(line.strip());
            }
            hardBreakBefore = currentKind == BlockKind.PARAGRAPH && (line.endsWith("  ") || line.endsWith("\\"));
        }
        flush();
        return List.copyOf(blocks);
    }

    private void start(BlockKind kind, String text) {
        current = new StringBuilder(text);
        currentKind = kind;
    }

    private void append(String text, String separator) {
        if (current == null) {
            start(BlockKind.EQUATION, text);
        } else {
            current.append(separator).append(text);
        }
    }

    /** Joins a wrapped line: no space where either side is CJK, one space between Latin words. */
    private void appendJoined(String line) {
        int last = current.codePointBefore(current.length());
        int first = line.codePointAt(0);
        boolean space = !(Scripts.joinsTight(last) || Scripts.joinsTight(first) || last == '-');
        current.append(space ? " " : "").append(line);
    }

    private void flush() {
        if (current != null && !current.toString().isBlank()) {
            blocks.add(new Block(current.toString().strip(), currentKind, Zone.UNKNOWN, 0, 0));
        }
        current = null;
        currentKind = null;
    }

}
