package org.paperbridge.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.paperbridge.ingest.Block;

/**
 * Joins the words some typesetters break at a line end with U+2043 HYPHEN BULLET ({@code Mobility
 * first future in⁃ ternet}, {@code two-layer resolution and map⁃} / {@code ping}): that character
 * stands only for such a break, never inside a word, so the break and the space after it go.
 */
public final class HyphenBulletJoiner implements BlockFilter {
    private static final Pattern BROKEN_WORD = Pattern.compile("(?<=\\p{L})⁃[ \\t]*\\R?[ \\t]*(?=\\p{Ll})");

    @Override
    public List<Block> apply(List<Block> blocks) {
        List<Block> out = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.text().indexOf('⁃') >= 0) {
                if (out == null) {
                    out = new ArrayList<>(blocks.subList(0, i));
                }
                out.add(b.withText(BROKEN_WORD.matcher(b.text()).replaceAll("")));
            } else if (out != null) {
                out.add(b);
            }
        }
        return out == null ? blocks : out;
    }
}
