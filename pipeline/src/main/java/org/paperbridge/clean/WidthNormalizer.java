package org.paperbridge.clean;

import java.util.ArrayList;
import java.util.List;

import org.paperbridge.ingest.Block;

/**
 * Turns full-width Latin letters, digits and the ideographic space into their ASCII forms
 * (Ａ→A, ０→0); CJK punctuation (，。；：（）) stays as printed.
 */
public final class WidthNormalizer implements BlockFilter {
    @Override
    public List<Block> apply(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            out.add(b.withText(normalize(b.text())));
        }
        return out;
    }

    static String normalize(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> sb.appendCodePoint(halfWidth(cp)));
        return sb.toString();
    }

    private static int halfWidth(int cp) {
        if ((cp >= 'Ａ' && cp <= 'Ｚ') || (cp >= 'ａ' && cp <= 'ｚ') || (cp >= '０' && cp <= '９')) {
            return cp - 0xFEE0;
        }
        return cp == '\u3000' ? ' ' : cp;
    }
}
