package org.paperbridge.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Groups a page's glyphs into rows on a common baseline and hangs superscripts (smaller,
 * raised) and subscripts (smaller, lowered) on the row they belong to.
 */
final class LineBuilder {
    private static final float SMALLER = 0.85f;
    /** What a superscript can be made of: reference numbers, ranges, affiliation letters, stars. */
    private static final Pattern MARK = Pattern.compile("[0-9a-z\\[\\]［］,，、\\-–−－~～*＊†‡#]");

    List<List<Glyph>> rows(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<List<Glyph>> rows = new ArrayList<>();
        for (Glyph g : sorted) {
            List<Glyph> row = openRow(rows, g);
            if (row == null) {
                row = new ArrayList<>();
                rows.add(row);
            }
            row.add(g);
        }
        List<List<Glyph>> hosted = attachScripts(rows);
        for (List<Glyph> r : hosted) {
            r.sort(Comparator.comparingDouble(Glyph::x));
        }
        hosted.sort(Comparator.comparingDouble(LineBuilder::baselineOf));
        return hosted;
    }

    /** A recent row on the glyph's baseline in a similar size, or null. */
    private static List<Glyph> openRow(List<List<Glyph>> rows, Glyph g) {
        for (int i = rows.size() - 1; i >= Math.max(0, rows.size() - 4); i--) {
            List<Glyph> row = rows.get(i);
            Glyph first = row.get(row.size() - 1); // the lowest baseline so far: rows drift by fractions
            float tolerance = Math.max(0.2f * Math.min(g.size(), first.size()), 0.6f);
            float drop = g.baseline() - first.baseline();
            if (drop <= tolerance && Math.abs(g.size() - first.size()) < 0.3f * first.size() + 0.5f
                    || drop <= 0.1f * Math.max(g.size(), first.size())) {
                return row;
            }
        }
        return null;
    }

    private static List<List<Glyph>> attachScripts(List<List<Glyph>> rows) {
        List<List<Glyph>> out = new ArrayList<>();
        for (List<Glyph> r : rows) {
            out.add(new ArrayList<>(r));
        }
        for (List<Glyph> small : out) {
            if (small.isEmpty()) {
                continue;
            }
            List<Glyph> left = new ArrayList<>();
            List<Glyph> lastHost = null;
            Glyph last = null;
            for (Glyph g : small) {
                boolean follows = last != null && g.x() - last.right() < 0.6f * g.size()
                        && Math.abs(g.baseline() - last.baseline()) < 0.5f;
                List<Glyph> host = g.raised() ? null : follows ? lastHost : hostFor(g, out, small);
                if (host == null) {
                    left.add(g);
                } else {
                    float hostBaseline = baselineOf(host);
                    host.add(g.baseline() < hostBaseline - 0.1f * g.size() ? g.asRaised() : g);
                }
                lastHost = host;
                last = g;
            }
            small.clear();
            small.addAll(left);
        }
        out.removeIf(List::isEmpty);
        return out;
    }

    /** The row a smaller glyph sits next to, raised above or lowered below its baseline. */
    private static List<Glyph> hostFor(Glyph g, List<List<Glyph>> rows, List<Glyph> own) {
        for (List<Glyph> r : rows) {
            if (r == own || r.isEmpty()) {
                continue;
            }
            float size = sizeOf(r);
            if (g.size() > SMALLER * size) {
                continue;
            }
            float rise = baselineOf(r) - g.baseline();
            if (rise < -0.45f * size || rise > 0.95f * size || Math.abs(rise) < 0.05f * size) {
                continue;
            }
            boolean raised = rise > 0.1f * g.size();
            if (raised && !MARK.matcher(g.text()).matches()) {
                continue;
            }
            for (Glyph h : r) {
                if (h.size() > SMALLER * size - 0.01f && g.x() >= h.right() - size * 0.3f
                        && g.x() <= h.right() + size * (raised ? 2.0f : 0.6f)) {
                    return r;
                }
            }
        }
        return null;
    }

    static float baselineOf(List<Glyph> row) {
        float best = 0;
        float size = -1;
        for (Glyph g : row) {
            if (!g.raised() && g.size() > size) {
                size = g.size();
                best = g.baseline();
            }
        }
        return size < 0 ? row.get(0).baseline() : best;
    }

    static float sizeOf(List<Glyph> row) {
        float size = 0;
        for (Glyph g : row) {
            if (!g.raised()) {
                size = Math.max(size, g.size());
            }
        }
        return size;
    }
}
