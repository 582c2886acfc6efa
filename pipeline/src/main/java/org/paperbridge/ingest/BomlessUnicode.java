package org.paperbridge.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Tells UTF-32 and UTF-16 text written without a byte order mark from its byte pattern: UTF-32
 * units all have a zero high byte and a plane byte of at most 0x10; UTF-16 text with Latin letters
 * has zero bytes at every other position, and all-Chinese UTF-16 (no zero bytes at all) is not
 * UTF-8 and decodes, in the right byte order only, to characters that text is made of (Han, kana,
 * punctuation, Latin). Binary data and other encodings fail these tests; the first bytes decide.
 */
final class BomlessUnicode {
    /** Bytes examined. */
    private static final int SAMPLE = 8_192;
    /** Share of decoded characters that must be ordinary text characters for UTF-16 without zero bytes. */
    private static final double TEXT_SHARE = 0.95;

    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");

    private BomlessUnicode() {
    }

    /** UTF-32LE/BE or UTF-16LE/BE, or null when the bytes are not evidently either. */
    static Charset of(byte[] bytes) {
        Charset utf32 = utf32(bytes);
        return utf32 != null ? utf32 : utf16(bytes);
    }

    private static Charset utf32(byte[] bytes) {
        int n = Math.min(bytes.length, SAMPLE) & ~3;
        if (n < 8 || bytes.length % 4 != 0) {
            return null;
        }
        boolean le = true;
        boolean be = true;
        for (int i = 0; i < n && (le || be); i += 4) {
            le &= bytes[i + 3] == 0 && (bytes[i + 2] & 0xFF) <= 0x10 && (bytes[i] | bytes[i + 1]) != 0;
            be &= bytes[i] == 0 && (bytes[i + 1] & 0xFF) <= 0x10 && (bytes[i + 2] | bytes[i + 3]) != 0;
        }
        return le ? UTF_32LE : be ? UTF_32BE : null;
    }

    private static Charset utf16(byte[] bytes) {
        int n = Math.min(bytes.length, SAMPLE) & ~1;
        if (n < 4 || bytes.length % 2 != 0) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            evenZero += bytes[i] == 0 ? 1 : 0;
            oddZero += bytes[i + 1] == 0 ? 1 : 0;
        }
        int units = n / 2;
        if (oddZero > units * 0.3 && evenZero < units * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZero > units * 0.3 && oddZero < units * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        // Pairs of ASCII bytes read as UTF-16 are CJK ideographs ("<d" is U+643C): text without zero
        // bytes is UTF-16 only when it is not UTF-8 (ASCII included), which all-Chinese UTF-16 never is.
        if (evenZero + oddZero == 0 && !isUtf8(bytes, n)) {
            double le = textShare(bytes, n, StandardCharsets.UTF_16LE);
            double be = textShare(bytes, n, StandardCharsets.UTF_16BE);
            if (le >= TEXT_SHARE && le > be) {
                return StandardCharsets.UTF_16LE;
            }
            if (be >= TEXT_SHARE && be > le) {
                return StandardCharsets.UTF_16BE;
            }
        }
        return null;
    }

    /** Whether the first {@code n} bytes are UTF-8, a sequence cut at the end allowed. */
    private static boolean isUtf8(byte[] bytes, int n) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return !decoder.decode(ByteBuffer.wrap(bytes, 0, n), java.nio.CharBuffer.allocate(n), false).isError();
    }

    /** Share of the sample's characters that ordinary Chinese or English text uses; 0 when it does not decode. */
    private static double textShare(byte[] bytes, int n, Charset charset) {
        String s;
        try {
            // The sample may end inside a surrogate pair: decode one unit less then.
            int len = n >= 2 && isHighSurrogateUnit(bytes, n - 2, charset) ? n - 2 : n;
            s = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, len)).toString();
        } catch (CharacterCodingException e) {
            return 0;
        }
        long ordinary = s.codePoints().filter(BomlessUnicode::isOrdinary).count();
        long all = s.codePoints().count();
        return all == 0 ? 0 : (double) ordinary / all;
    }

    private static boolean isHighSurrogateUnit(byte[] b, int at, Charset charset) {
        int unit = charset == StandardCharsets.UTF_16LE ? (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8
                : (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
        return Character.isHighSurrogate((char) unit);
    }

    private static boolean isOrdinary(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN && cp < 0xF900 // not compatibility ideographs
                || cp >= 0x20 && cp < 0x7F || cp == '\n' || cp == '\r' || cp == '\t'
                || cp >= 0x3000 && cp <= 0x30FF // CJK punctuation, kana
                || cp >= 0xFF00 && cp <= 0xFFEF // full-width forms
                || cp >= 0x2000 && cp <= 0x206F // general punctuation
                || cp >= 0xA0 && cp <= 0xFF || script == Character.UnicodeScript.GREEK;
    }
}
