package org.paperbridge.align;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Anchors of sentence type: a question, an exclamation, quoted speech. */
final class Punctuation {
    private static final Pattern EN_QUOTE = Pattern.compile("[\"“”]|(^|\\s)'|'($|[\\s,.!?])");

    private Punctuation() {
    }

    static void add(List<String> sentences, List<Set<String>> keys, boolean chinese) {
        for (int s = 0; s < sentences.size(); s++) {
            String t = sentences.get(s);
            if (t.indexOf('?') >= 0 || t.indexOf('？') >= 0) {
                keys.get(s).add("p:?");
            }
            if (t.indexOf('!') >= 0 || t.indexOf('！') >= 0) {
                keys.get(s).add("p:!");
            }
            boolean quote = chinese ? t.matches("(?s).*[“”「」\"].*") : EN_QUOTE.matcher(t).find();
            if (quote) {
                keys.get(s).add("p:q");
            }
        }
    }
}
