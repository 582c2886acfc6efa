package org.paperbridge.cli;

/**
 * Text from outside (file names, messages quoting them) made safe to print: control characters,
 * which could move the cursor, recolour or clear the terminal (ANSI escapes) or fake extra lines,
 * are shown as escapes ({@code \n}, {@code \x1b}, {@code \u009b}).
 */
final class ConsoleText {
    private ConsoleText() {
    }

    static String escape(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String esc = escapeOf(c);
            if (esc != null && sb == null) {
                sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (sb != null) {
                if (esc != null) {
                    sb.append(esc);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? text : sb.toString();
    }

    private static String escapeOf(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            case '\\':
                return null;
            default:
                break;
        }
        if (c < 0x20 || c == 0x7f) {
            return String.format("\\x%02x", (int) c);
        }
        // C1 controls (CSI U+009B starts an escape on some terminals), line and paragraph
        // separators, and the bidirectional overrides that reorder what follows them.
        if ((c >= 0x80 && c < 0xa0) || c == '\u2028' || c == '\u2029' || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069')) {
            return String.format("\\u%04x", (int) c);
        }
        return null;
    }
}
