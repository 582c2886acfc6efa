package org.paperbridge.entity;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Cell-type mentions in Chinese text as the dictionaries cannot see them: an abbreviation with the
 * 细胞 after it, marker-defined subsets (CD4+CD25+Treg细胞) and markers glued to the name (CD4T细胞).
 */
final class ChineseCellNames {
    /** One marker of a cell subset: CD4+, CD25+, IL-17+, Foxp3+, CD4 (directly before the cell). */
    private static final Pattern MARKER = Pattern.compile("(?:CD\\d{1,3}[a-z]?|Foxp3|FOXP3|IL-?\\d{1,2}[A-F]?|IFN-?γ)[+⁺]?\\s?");

    private ChineseCellNames() {
    }

    /** Th2型…, Th1和Th2 细胞因子: the abbreviation names the cytokines, not the cells. */
    static boolean namesCytokineClass(String text, Candidate c) {
        if (!ChineseRules.isLatinOrDigit(text.charAt(c.end() - 1))) {
            return false;
        }
        int e = c.end();
        if (e < text.length() && text.charAt(e) == '型') {
            return true;
        }
        int i = e < text.length() && text.charAt(e) == ' ' ? e + 1 : e;
        return text.startsWith("细胞因子", i);
    }

    /** Th2细胞, Treg 细胞, NK 细胞: a Latin abbreviation takes the 细胞 (or 淋巴细胞) after it. */
    static Candidate withCellSuffix(String text, Candidate c) {
        if (!ChineseRules.isLatinOrDigit(text.charAt(c.end() - 1))) {
            return c;
        }
        int i = c.end() < text.length() && text.charAt(c.end()) == ' ' ? c.end() + 1 : c.end();
        for (String suffix : new String[]{"淋巴细胞", "细胞"}) {
            if (text.startsWith(suffix, i) && !text.startsWith("细胞因子", i)) {
                return new Candidate(c.start(), i + suffix.length(), c.entry());
            }
        }
        return c;
    }

    /**
     * CD4T细胞, CD8T淋巴细胞, CD4CD25Treg细胞: markers written straight onto a cell name that starts with a
     * Latin letter, where the dictionary pass sees no word boundary before the name. Only the
     * marked mention is kept; a cell name glued to anything but markers is no mention.
     */
    static void gluedMarkerCells(String text, Lexicon lexicon, List<Candidate> out) {
        for (int i = text.indexOf("细胞"); i > 0; i = text.indexOf("细胞", i + 2)) {
            int nameEnd = text.startsWith("淋巴", i - 2) ? i - 2 : i;
            int run = nameEnd;
            while (run > 0 && (ChineseRules.isLatinOrDigit(text.charAt(run - 1)) || text.charAt(run - 1) == '+'
                    || text.charAt(run - 1) == '⁺' || text.charAt(run - 1) == '-')) {
                run--;
            }
            for (int k = run + 1; k < nameEnd; k++) {
                char before = text.charAt(k - 1);
                if (!Character.isLetter(text.charAt(k)) || text.charAt(k) >= 0x80 || !ChineseRules.isLatinOrDigit(before)) {
                    continue;
                }
                // The whole name (T细胞, T淋巴细胞) or an abbreviation that takes the 细胞 after it (Treg).
                Candidate cell = null;
                for (String name : new String[]{text.substring(k, i + 2), text.substring(k, nameEnd)}) {
                    for (LexiconEntry sense : lexicon.lookup(MatchText.key(name))) {
                        if (cell == null && sense.type().equals("cell_type")) {
                            cell = new Candidate(k, i + 2, sense);
                        }
                    }
                }
                Candidate marked = cell == null ? null : markers(text, cell);
                if (marked != null) {
                    out.add(marked);
                    break;
                }
            }
        }
    }

    /** Markers written before the cell (CD4+CD25+Treg细胞): one cell mention with the cell's sense. */
    static Candidate markers(String text, Candidate cell) {
        int start = cell.start();
        // Most cells follow a Han character: rule them out before trying the marker pattern at 11 lengths.
        char before = start > 0 ? text.charAt(start - 1) : '\0';
        if (!(ChineseRules.isLatinOrDigit(before) || before == '+' || before == '⁺' || Character.isWhitespace(before))) {
            return null;
        }
        boolean any = false;
        while (start > 0) {
            int found = -1;
            for (int k = Math.min(12, start); k >= 2 && found < 0; k--) {
                if (MARKER.matcher(text.substring(start - k, start)).matches()) {
                    found = start - k;
                }
            }
            if (found < 0) {
                break;
            }
            start = found;
            any = true;
        }
        if (!any || (start > 0 && ChineseRules.isLatinOrDigit(text.charAt(start - 1)))) {
            return null;
        }
        String markers = text.substring(start, cell.start());
        LexiconEntry sense = cell.entry();
        if (sense.id() != null && sense.id().equals("CL:0000084") && markers.matches("CD[48][+⁺]?\\s?")) {
            boolean four = markers.startsWith("CD4");
            sense = new LexiconEntry("cell_type", four ? "CD4-positive, alpha-beta T cell" : "CD8-positive, alpha-beta T cell",
                    "CL", four ? "CL:0000624" : "CL:0000625", LexiconEntry.Source.COMPOSED, false, markers);
        }
        return new Candidate(start, cell.end(), sense);
    }
}
