package org.paperbridge.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts a page's rows in reading order. Finds the column gutter of the page (a vertical strip
 * near the middle that many rows leave empty while having text on both sides); rows that cross
 * it are full width (titles, abstracts, wide figures), and each run of rows that do not is a
 * two-column region read left column first.
 */
final class PageLayout {
    /** A gap narrower than this many font sizes is inside a run of text, not a gutter. */
    private static final float RUN_GAP = 1.0f;

    List<PdfLine> order(int page, List<List<Glyph>> rows, float pageWidth) {
        float gutter = findGutter(rows, pageWidth);
        List<PdfLine> out = new ArrayList<>();
        if (Float.isNaN(gutter)) {
            for (List<Glyph> row : rows) {
                out.add(new PdfLine(page, row, 0, 0));
            }
            return out;
        }
        int region = 0;
        List<PdfLine> left = new ArrayList<>();
        List<PdfLine> right = new ArrayList<>();
        for (List<Glyph> row : rows) {
            if (crosses(row, gutter)) {
                if (!left.isEmpty() || !right.isEmpty()) {
                    out.addAll(left);
                    out.addAll(right);
                    left.clear();
                    right.clear();
                    region++;
                }
                out.add(new PdfLine(page, row, region, 0));
                region++;
                continue;
            }
            List<Glyph> l = new ArrayList<>();
            List<Glyph> r = new ArrayList<>();
            for (Glyph g : row) {
                (g.x() + g.width() / 2 < gutter ? l : r).add(g);
            }
            if (!l.isEmpty()) {
                left.add(new PdfLine(page, l, region, 1));
            }
            if (!r.isEmpty()) {
                right.add(new PdfLine(page, r, region, 2));
            }
        }
        out.addAll(left);
        out.addAll(right);
        return out;
    }

    /**
     * The x of the column gutter, or NaN for a one-column page: the x near the middle that the
     * fewest rows run across, provided that enough rows lie wholly on each side of it.
     */
    static float findGutter(List<List<Glyph>> rows, float pageWidth) {
        List<float[]> runs = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            for (float[] run : runs(rows.get(r))) {
                runs.add(run);
                owner.add(r);
            }
        }
        int steps = (int) (pageWidth * 0.4f);
        int[] crossing = new int[steps + 1];
        float from = pageWidth * 0.3f;
        int least = Integer.MAX_VALUE;
        for (int i = 0; i <= steps; i++) {
            float x = from + i;
            for (float[] run : runs) {
                if (run[0] <= x && run[1] >= x) {
                    crossing[i]++;
                }
            }
            least = Math.min(least, crossing[i]);
        }
        float center = pageWidth / 2;
        float best = Float.NaN;
        for (int i = 0; i <= steps; i++) {
            if (crossing[i] != least) {
                continue;
            }
            int j = i;
            while (j + 1 <= steps && crossing[j + 1] == least) {
                j++;
            }
            float mid = from + (i + j) / 2f;
            if (Float.isNaN(best) || Math.abs(mid - center) < Math.abs(best - center)) {
                best = mid;
            }
            i = j;
        }
        // Column lines are wide; a one-column page has few wide rows wholly on one side.
        int leftOnly = 0;
        int rightOnly = 0;
        float wide = pageWidth * 0.25f;
        for (List<Glyph> row : rows) {
            if (!Float.isNaN(best) && !crosses(row, best)) {
                float left = row.get(0).x();
                float right = row.get(row.size() - 1).right();
                leftOnly += left < best && lastBefore(row, best) - left > wide ? 1 : 0;
                rightOnly += right > best && right - firstAfter(row, best) > wide ? 1 : 0;
            }
        }
        return leftOnly >= 2 && rightOnly >= 2 && leftOnly + rightOnly >= 5 ? best : Float.NaN;
    }

    private static float lastBefore(List<Glyph> row, float x) {
        float end = row.get(0).x();
        for (Glyph g : row) {
            if (g.right() < x) {
                end = g.right();
            }
        }
        return end;
    }

    private static float firstAfter(List<Glyph> row, float x) {
        for (Glyph g : row) {
            if (g.x() > x) {
                return g.x();
            }
        }
        return x;
    }

    /** Stretches of a row where glyphs follow each other closely. */
    private static List<float[]> runs(List<Glyph> row) {
        List<float[]> runs = new ArrayList<>();
        float[] run = null;
        Glyph previous = null;
        for (Glyph g : row) {
            if (run != null && g.x() - previous.right() < RUN_GAP * Math.max(previous.size(), g.size())) {
                run[1] = Math.max(run[1], g.right());
            } else {
                run = new float[] {g.x(), g.right()};
                runs.add(run);
            }
            previous = g;
        }
        return runs;
    }

    /** Whether a row's text runs across x (a glyph covers it or a narrow gap spans it). */
    static boolean crosses(List<Glyph> row, float x) {
        Glyph previous = null;
        for (Glyph g : row) {
            if (g.x() <= x && g.right() >= x) {
                return true;
            }
            if (previous != null && previous.right() < x && g.x() > x) {
                float gap = g.x() - previous.right();
                return gap < RUN_GAP * Math.max(previous.size(), g.size());
            }
            previous = g;
        }
        return false;
    }
}
