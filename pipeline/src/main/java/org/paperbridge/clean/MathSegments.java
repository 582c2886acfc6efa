package org.paperbridge.clean;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Applies a rewrite to the text outside (or inside) inline {@code $…$} math only. */
final class MathSegments {
    private MathSegments() {
    }

    /** Inline math: one {@code $…$} on one line, not {@code $$}, not an escaped dollar. */
    static final Pattern INLINE_MATH = Pattern.compile("(?<![\\\\$])\\$(?!\\$)([^$\\n]+?)(?<!\\\\)\\$(?!\\$)");

    static String outside(String text, UnaryOperator<String> rewrite) {
        Matcher m = INLINE_MATH.matcher(text);
        StringBuilder sb = new StringBuilder();
        int from = 0;
        while (m.find()) {
            sb.append(rewrite.apply(text.substring(from, m.start()))).append(m.group());
            from = m.end();
        }
        return sb.append(rewrite.apply(text.substring(from))).toString();
    }

    /** Replaces each {@code $…$} by {@code rewrite} of its content (without the dollars). */
    static String inside(String text, UnaryOperator<String> rewrite) {
        return INLINE_MATH.matcher(text).replaceAll(m -> Matcher.quoteReplacement(rewrite.apply(m.group(1))));
    }
}
