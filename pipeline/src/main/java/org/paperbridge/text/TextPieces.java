package org.paperbridge.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts free text into the pieces a command tags one at a time: its lines, and a line longer than
 * {@link #MAX_PIECE} characters at a sentence end near that length, else at a space or comma, else
 * at the length itself. Each piece knows where it starts, in code points from the start of the text,
 * so offsets found in a piece become offsets into the whole text; work per piece stays bounded.
 */
public final class TextPieces {
    /** Longest piece, in UTF-16 characters. */
    public static final int MAX_PIECE = 8_192;

    /** A piece of the text and its first code point's offset in the whole text. */
    public record Piece(String text, int start) {
    }

    private TextPieces() {
    }

    public static List<Piece> of(String text) {
        return of(text, MAX_PIECE);
    }

    public static List<Piece> of(String text, int maxPiece) {
        List<Piece> pieces = new ArrayList<>();
        int codePoints = 0;
        int from = 0;
        while (from < text.length()) {
            int lineEnd = text.indexOf('\n', from);
            int end = lineEnd < 0 ? text.length() : lineEnd;
            if (end - from > maxPiece) {
                end = cut(text, from, from + maxPiece);
            }
            if (end > from) {
                String piece = text.substring(from, end);
                pieces.add(new Piece(piece, codePoints));
                codePoints += piece.codePointCount(0, piece.length());
            }
            if (end < text.length() && text.charAt(end) == '\n') {
                codePoints++;
                end++;
            }
            from = end;
        }
        return pieces;
    }

    /** Where to end a piece that starts at {@code from} and may not pass {@code limit}. */
    private static int cut(String text, int from, int limit) {
        int floor = from + (limit - from) / 2;
        int space = -1;
        for (int i = limit - 1; i >= floor; i--) {
            char c = text.charAt(i);
            if ("。！？；.!?;".indexOf(c) >= 0) {
                return i + 1;
            }
            if (space < 0 && (Character.isWhitespace(c) || c == '，' || c == ',' || c == '、')) {
                space = i + 1;
            }
        }
        if (space > 0) {
            return space;
        }
        // No boundary: cut at the limit, never inside a surrogate pair.
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }
}
