package org.paperbridge.ingest;

import org.paperbridge.lang.Scripts;
import org.paperbridge.lang.TraditionalChinese;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds running headers and footers: rows in the top band of a page (journal name, issue,
 * short title, page number), and rows in the bottom band that are page numbers or that repeat
 * on other pages once digits are ignored.
 */
final class RunningLines {
    private static final float TOP_BAND = 0.1f;
    private static final float BOTTOM_BAND = 0.91f;
    private static final Pattern PAGE_NUMBER = TraditionalChinese.pattern(
            "^[-—·•\\s]*(\\d{1,4}|[ivxlc]{1,6}|第\\d+页(共\\d+页)?|page\\d+(of\\d+)?|\\d+/\\d+)[-—·•\\s]*$",
            Pattern.CASE_INSENSITIVE);

    /** For each page, the indexes of its rows that are running headers or footers. */
    List<Set<Integer>> find(List<List<List<Glyph>>> pages, List<Float> heights) {
        Map<String, Integer> bottomCounts = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            Set<String> seen = new HashSet<>();
            List<List<Glyph>> rows = pages.get(p);
            for (List<Glyph> row : rows) {
                if (LineBuilder.baselineOf(row) > BOTTOM_BAND * heights.get(p) && seen.add(shape(row))) {
                    bottomCounts.merge(shape(row), 1, Integer::sum);
                }
            }
        }
        List<Set<Integer>> result = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            Set<Integer> running = new HashSet<>();
            List<List<Glyph>> rows = pages.get(p);
            float height = heights.get(p);
            int header = headerRows(rows, height);
            for (int i = 0; i < rows.size(); i++) {
                List<Glyph> row = rows.get(i);
                float baseline = LineBuilder.baselineOf(row);
                if (i < header) {
                    running.add(i);
                } else if (baseline > BOTTOM_BAND * height && (PAGE_NUMBER.matcher(key(row)).matches()
                        || pages.size() > 2 && bottomCounts.getOrDefault(shape(row), 0) > 1)) {
                    running.add(i);
                }
            }
            result.add(running);
        }
        return result;
    }

    /**
     * How many rows at the top are a header: rows in the top band down to the first gap wider
     * than two lines of the next text (small raised marks skipped); 0 when there is no such gap.
     */
    private static int headerRows(List<List<Glyph>> rows, float height) {
        float bandSize = 0;
        for (int i = 0; i < rows.size(); i++) {
            List<Glyph> row = rows.get(i);
            if (LineBuilder.baselineOf(row) > TOP_BAND * height) {
                return 0;
            }
            bandSize = Math.max(bandSize, LineBuilder.sizeOf(row));
            for (int j = i + 1; j < rows.size(); j++) {
                List<Glyph> next = rows.get(j);
                float size = LineBuilder.sizeOf(next);
                if (size >= bandSize * 0.7f) {
                    if (LineBuilder.baselineOf(next) - LineBuilder.baselineOf(row) > 2.0f * size) {
                        return i + 1;
                    }
                    break;
                }
            }
        }
        return rows.isEmpty() ? 0 : rows.size();
    }

    private static String key(List<Glyph> row) {
        StringBuilder s = new StringBuilder();
        row.forEach(g -> s.append(g.text()));
        return Scripts.foldWidth(s.toString()).replaceAll("\\s+", "");
    }

    private static String shape(List<Glyph> row) {
        return key(row).replaceAll("\\d+", "#");
    }
}
