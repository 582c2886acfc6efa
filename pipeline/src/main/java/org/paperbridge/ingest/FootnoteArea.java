package org.paperbridge.ingest;

import org.paperbridge.lang.Scripts;
import org.paperbridge.lang.TraditionalChinese;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the footnote area at the bottom of a first page: rows in smaller type, or starting
 * with a footnote label (收稿日期, 基金项目, 通信作者, 作者简介…), the topmost starting with a label.
 */
final class FootnoteArea {
    static final Pattern LABEL = TraditionalChinese.pattern(
            "^[*＊†]?\\s*(收稿日期|修回日期|录用日期|网络出版|基金项目|资助项目|通信作者|通讯作者|作者简介|第一作者|"
                    + "引用格式|((Received|Revised|Accepted|Foundation items?|Funding|Fund|Corresponding authors?|"
                    + "E-?mail)\\s*[:：]))", Pattern.CASE_INSENSITIVE);

    /** Indexes of the footnote rows (bottom of the page), empty when there are none. */
    List<Integer> find(List<List<Glyph>> rows, float bodySize) {
        List<Integer> area = new ArrayList<>();
        for (int i = rows.size() - 1; i >= 0; i--) {
            List<Glyph> row = rows.get(i);
            boolean small = LineBuilder.sizeOf(row) < bodySize - 0.4f;
            if (!small && !startsWithLabel(row)) {
                break;
            }
            area.add(0, i);
        }
        while (!area.isEmpty() && !startsWithLabel(rows.get(area.get(0)))) {
            area.remove(0);
        }
        return area;
    }

    static boolean startsWithLabel(List<Glyph> row) {
        StringBuilder text = new StringBuilder();
        for (Glyph g : row) {
            if (text.length() > 24) {
                break;
            }
            text.append(g.text());
        }
        return LABEL.matcher(Scripts.foldWidth(text.toString())).find();
    }
}
