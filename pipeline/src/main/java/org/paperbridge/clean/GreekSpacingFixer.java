package org.paperbridge.clean;

import org.paperbridge.lang.Greek;
import org.paperbridge.lang.Scripts;
import java.util.ArrayList;
import java.util.List;

import org.paperbridge.ingest.Block;
import org.paperbridge.model.CodePoints;

/**
 * Closes the spaces PDF extraction puts around Greek letters in names: {@code SIRP α} →
 * {@code SIRPα}, {@code TNF- α} → {@code TNF-α}, {@code 因子 β 1} → {@code 因子β1},
 * {@code IFN- γ 、} → {@code IFN-γ、}. A space between a Greek letter and an English word
 * ({@code α and β}, {@code protein α}) is real and stays.
 */
public final class GreekSpacingFixer implements BlockFilter {
    @Override
    public List<Block> apply(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            out.add(b.withText(fix(b.text())));
        }
        return out;
    }

    static String fix(String text) {
        int[] cps = text.codePoints().toArray();
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (isSpace(cp) && (closesBeforeGreek(cps, i) || closesAfterGreek(cps, i))) {
                continue;
            }
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    /** The space run at {@code i} ends right before a Greek letter that belongs to the name before it. */
    private static boolean closesBeforeGreek(int[] cps, int i) {
        int next = i;
        while (next < cps.length && isSpace(cps[next])) {
            next++;
        }
        if (next >= cps.length || !Greek.isLetter(cps[next]) || i == 0) {
            return false;
        }
        int start = i;
        while (start > 0 && isSpace(cps[start - 1])) {
            start--;
        }
        if (start == 0) {
            return false;
        }
        int prev = cps[start - 1];
        boolean unit = next + 1 < cps.length && Scripts.isLatinLetter(cps[next + 1]);
        if (Character.isDigit(prev)) {
            return !unit; // 10 μg keeps its space; IL-1 β does not
        }
        if (prev == '-' || Scripts.joinsTight(prev)) {
            return true;
        }
        return Scripts.isLatinLetter(prev) && !isLowercaseWord(cps, start);
    }

    /** The space run at {@code i} follows a Greek letter and precedes a digit or punctuation. */
    private static boolean closesAfterGreek(int[] cps, int i) {
        int start = i;
        while (start > 0 && isSpace(cps[start - 1])) {
            start--;
        }
        if (start == 0 || !Greek.isLetter(cps[start - 1])) {
            return false;
        }
        int next = i;
        while (next < cps.length && isSpace(cps[next])) {
            next++;
        }
        if (next >= cps.length) {
            return false;
        }
        int after = cps[next];
        return Character.isDigit(after) || (Scripts.joinsTight(after) && !Scripts.isHan(after))
                || ",.;:)]）".indexOf(after) >= 0 || Scripts.isHan(after);
    }

    /** An all-lowercase English word ends at {@code end}: and, protein, of. */
    private static boolean isLowercaseWord(int[] cps, int end) {
        int start = end;
        while (start > 0 && Scripts.isLatinLetter(cps[start - 1])) {
            start--;
        }
        for (int k = start; k < end; k++) {
            if (!Character.isLowerCase(cps[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(int cp) {
        return cp == ' ' || cp == '\u00A0' || cp == '\u3000';
    }
}
