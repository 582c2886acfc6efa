package org.paperbridge.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A keyword pair; a side is null when the keyword has no partner in the other language. Before
 * alignment every keyword stands alone (one side null), in the order the article lists them.
 */
public record Keyword(String zh, String en) {
    /** The Chinese keywords, then the English ones, each on its own: what structure hands to the aligner. */
    public static List<Keyword> unpaired(List<String> zh, List<String> en) {
        List<Keyword> out = new ArrayList<>(zh.size() + en.size());
        for (String k : zh) {
            out.add(new Keyword(k, null));
        }
        for (String k : en) {
            out.add(new Keyword(null, k));
        }
        return List.copyOf(out);
    }
}
