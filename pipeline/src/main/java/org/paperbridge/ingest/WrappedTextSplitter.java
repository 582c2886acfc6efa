package org.paperbridge.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.paperbridge.lang.Scripts;
import org.paperbridge.lang.TraditionalChinese;

/**
 * Splits plain text that has no blank lines between paragraphs — a reader's copy of a PDF (one
 * line per printed line) or a web page's text (one line per block) — into blocks, line by line.
 * A line break ends a block before a line that starts a label (摘要, 关键词, Abstract, 收稿日期…),
 * a numbered heading or a reference entry, and after a line that stops short of the column
 * width (the last line of a paragraph, a title, a byline); a line that fills the column wraps
 * on. The column width is the most common line width, counted in half-width cells, for Han and
 * for Latin lines apart; front matter (up to its last keyword or classification line) is
 * measured against the page width, the width of the lines set across both columns.
 */
final class WrappedTextSplitter {
    /** Fewer blank lines than one per this many text lines: the text relies on single breaks. */
    private static final int LINES_PER_BLANK = 8;
    private static final int MIN_LINES = 12;
    /** A line this share of the column width or wider fills its line. */
    private static final double FULL = 0.85;
    /** Wrapped text has at least this share of its lines within a few cells of one width. */
    private static final double WRAPPED_SHARE = 0.15;
    private static final int WIDTH_SLACK = 2;
    /** A script's own column width needs this many lines of it; else the overall width serves. */
    private static final int MIN_COLUMN_LINES = 5;

    private static final String SP = "[\\s\\u3000]*";
    /** Labels that begin a front-matter field or a footnote, bracketed or not, in either script. */
    private static final Pattern LABEL_START = TraditionalChinese.pattern("^[\\s\\u3000【\\[〔(（]*(?:"
            + "摘" + SP + "要|关" + SP + "键" + SP + "[词字]|中图(?:法)?分类号|分类号|文献标[志识]码|文章编号"
            + "|收稿日期|修回日期|录用日期|网络出版|基金项目|作者简介|通[信讯]作者|引用格式|文章信息"
            + "|参" + SP + "考" + SP + "文" + SP + "献"
            + "|(?i:abstract|key" + SP + "words?|keywords|doi|CLC|document\\s+code|article\\s+id|received|foundation\\s+items?"
            + "|references)(?![\\p{Ll}]))");
    /** A section number at the start of a line: 1 引言, 2．1 方法, 3.2.1, 一、, （二）. */
    private static final Pattern HEADING_START = Pattern.compile(
            "^[\\s\\u3000]*(?:\\d{1,2}(?:[.．]\\d{1,2}){0,3}[.．、]?[\\s\\u3000]+\\S|[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])");
    /** A reference entry marker at the start of a line: [12] or ［12］. */
    private static final Pattern ENTRY_START = Pattern.compile("^[\\s\\u3000]*[\\[［]\\s*\\d{1,3}\\s*[\\]］]");
    /** What may end a heading line but never a wrapped one: none of these. */
    private static final Pattern OPEN_END = Pattern.compile("[，,、；;：:]$");
    private static final Pattern CLAUSE_SIGN = Pattern.compile("[，,。；;：:！？]");
    /** Fields whose value never wraps (中图分类号: TP393, DOI: …): the line ends the block. */
    private static final Pattern ONE_LINE_FIELD = TraditionalChinese.pattern("^[\\s\\u3000【\\[]*(?:"
            + "中图(?:法)?分类号|文献标[志识]码|文章编号|收稿日期|(?i:doi|CLC|document\\s+code|article\\s+id)(?![\\p{Ll}]))");
    /** The front matter ends with its last keyword, classification or DOI line. */
    private static final Pattern FRONT_FIELD = TraditionalChinese.pattern("^[\\s\\u3000【\\[]*(?:"
            + "关" + SP + "键" + SP + "[词字]|中图(?:法)?分类号|文献标[志识]码|(?i:key" + SP + "words?|keywords|doi|CLC)(?![\\p{Ll}]))");
    /** Only the first part of a text can be front matter: this share of it, or these many lines. */
    private static final double FRONT_SHARE = 0.4;
    private static final int FRONT_LINES = 80;
    /** A Latin line that ends on one of these words or signs goes on (… Network Based on / Programmable…). */
    private static final Pattern LATIN_GOES_ON = Pattern.compile(
            "(?i)(?:\\b(?:of|on|in|for|and|or|the|a|an|to|with|by|from|at|via|based|its|into|under|over)|[-,，])$");
    /** A line that ends with a whole DOI (a journal banner, a DOI line) ends its block. */
    private static final Pattern ENDS_WITH_DOI = Pattern.compile("(?i)\\bdoi\\s*[:：]?\\s*10\\.\\d{4,9}/\\S*[\\p{Alnum})]$");

    private WrappedTextSplitter() {
    }

    /** Whether {@code text} lays out its paragraphs over single line breaks. */
    static boolean applies(String text) {
        int lines = 0;
        int blanks = 0;
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) {
                blanks++;
            } else {
                lines++;
            }
        }
        return lines >= MIN_LINES && (long) blanks * LINES_PER_BLANK < lines;
    }

    static List<Block> split(String text) {
        List<String> lines = new ArrayList<>();
        for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            // A PDF viewer's copy spaces words with U+00A0 where the PDF drew them so.
            lines.add(raw.replace('\u00A0', ' ').strip());
        }
        // Latin letters run narrower than two to a Han character: each script gets its own widths.
        // The body sets the column width, the front matter the page width.
        int frontEnd = frontEnd(lines);
        List<String> body = lines.subList(frontEnd + 1, lines.size());
        List<String> han = body.stream().filter(Scripts::containsHan).toList();
        List<String> latin = body.stream().filter(l -> !Scripts.containsHan(l)).toList();
        int overall = columnWidth(lines, Math.max(MIN_COLUMN_LINES, WRAPPED_SHARE * lines.size()));
        int column = overall == 0 ? 0 : or(columnWidth(han, MIN_COLUMN_LINES), overall);
        int latinColumn = overall == 0 ? 0 : or(columnWidth(latin, MIN_COLUMN_LINES), overall);
        int page = pageWidth(lines.stream().filter(Scripts::containsHan).toList(), column);
        int latinPage = pageWidth(lines.stream().filter(l -> !Scripts.containsHan(l)).toList(), latinColumn);
        Set<String> hyphenated = new HashSet<>();
        lines.forEach(l -> LineJoiner.collectHyphenated(l, hyphenated));
        LineJoiner joiner = new LineJoiner(hyphenated);

        List<Block> blocks = new ArrayList<>();
        String current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                current = flush(blocks, current);
                continue;
            }
            boolean opensBlock = current == null || startsBlock(line, column);
            if (opensBlock) {
                current = flush(blocks, current);
            }
            current = current == null ? line : joiner.join(current, line);
            String next = i + 1 < lines.size() ? lines.get(i + 1) : "";
            // Front matter runs the width of the page: a title, byline or address stops short of it.
            boolean front = i <= frontEnd;
            boolean isHan = Scripts.containsHan(line);
            int frame = front ? (isHan ? page : latinPage) : (isHan ? column : latinColumn);
            boolean endsBlock = frame == 0 || width(line) < FULL * frame
                    || (opensBlock && (ONE_LINE_FIELD.matcher(line).find() || headingLine(line)))
                    || ENDS_WITH_DOI.matcher(line).find();
            boolean latinGoesOn = front && !Scripts.containsHan(line) && LATIN_GOES_ON.matcher(line).find();
            if (endsBlock && !latinGoesOn && !(opensBlock && headingGoesOn(line, next, column))) {
                current = flush(blocks, current);
            }
        }
        flush(blocks, current);
        return List.copyOf(blocks);
    }

    private static boolean startsBlock(String line, int column) {
        if (LABEL_START.matcher(line).find() || ENTRY_START.matcher(line).find()) {
            return true;
        }
        // A wrapped line may begin with a number (2个节点…); a heading line is short and open-ended never.
        return HEADING_START.matcher(line).find() && width(line) < FULL * column
                && !OPEN_END.matcher(line).find() && line.indexOf('。') < 0;
    }

    /** A numbered line without sentence or clause punctuation: a heading, however wide. */
    private static boolean headingLine(String line) {
        return HEADING_START.matcher(line).find() && !CLAUSE_SIGN.matcher(line).find();
    }

    /** A numbered heading too long for its line goes on with a short rest (…移动性管理 / 机制). */
    private static boolean headingGoesOn(String line, String next, int column) {
        return column > 0 && HEADING_START.matcher(line).find() && !next.isEmpty()
                && width(line) >= FULL * column * 0.6 && width(next) < FULL * column * 0.5
                && !startsBlock(next, column) && !OPEN_END.matcher(line).find()
                && next.indexOf('。') < 0 && line.indexOf('。') < 0;
    }

    private static String flush(List<Block> blocks, String current) {
        if (current != null && !current.isBlank()) {
            blocks.add(Block.of(current, BlockKind.PARAGRAPH));
        }
        return null;
    }

    /**
     * The width most lines share (within a couple of cells), or 0 when fewer than
     * {@code minLines} do: text copied from a web page puts each block on one line of its own
     * length, and no line wraps.
     */
    static int columnWidth(List<String> lines, double minLines) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (String l : lines) {
            if (!l.isEmpty()) {
                counts.merge(width(l), 1, Integer::sum);
            }
        }
        int best = 0;
        int bestCount = 0;
        for (int w : counts.keySet()) {
            if (w < 10) {
                continue; // figure labels and page numbers
            }
            int n = 0;
            for (int d = -WIDTH_SLACK; d <= WIDTH_SLACK; d++) {
                n += counts.getOrDefault(w + d, 0);
            }
            if (n > bestCount || (n == bestCount && w > best)) {
                best = w;
                bestCount = n;
            }
        }
        return bestCount > 0 && bestCount >= minLines ? best : 0;
    }

    private static int or(int width, int fallback) {
        return width > 0 ? width : fallback;
    }

    /**
     * The width of lines set across the page (abstracts above a two-column body): the median of
     * the lines half as wide again as the column (their upper quartile: a two-column page's
     * tables and wide formulas fall short of it), or the column when there are none.
     */
    static int pageWidth(List<String> lines, int column) {
        List<Integer> wide = new ArrayList<>();
        for (String l : lines) {
            int w = width(l);
            if (column > 0 && w >= 1.5 * column) {
                wide.add(w);
            }
        }
        if (wide.size() < 3) {
            return column;
        }
        wide.sort(null);
        return wide.get(wide.size() * 3 / 4);
    }

    /** Index of the last keyword, classification or DOI line in the first part of the text, or -1. */
    private static int frontEnd(List<String> lines) {
        int end = -1;
        int limit = Math.min(lines.size(), Math.max(FRONT_LINES, (int) (lines.size() * FRONT_SHARE)));
        for (int i = 0; i < limit; i++) {
            if (FRONT_FIELD.matcher(lines.get(i)).find()) {
                end = i;
            }
        }
        return end;
    }

    /** Display width in half-width cells: Han, kana, full-width forms and CJK punctuation count two. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
