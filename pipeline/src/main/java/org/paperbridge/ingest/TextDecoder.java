package org.paperbridge.ingest;

import org.paperbridge.model.Stage;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;
import org.paperbridge.model.PipelineException;

/**
 * Decodes plain text of unknown encoding: UTF-8 (with or without BOM) and UTF-16/UTF-32 with BOM
 * first, then UTF-32 and UTF-16 without BOM told by their byte pattern ({@link BomlessUnicode}),
 * then Tika's charset detector, then GB18030 or Big5 when they decode cleanly.
 * Traditional Chinese is returned as written; simplified forms are added later.
 */
public final class TextDecoder {
    private static final Set<String> MULTI_BYTE = Set.of("GB18030", "GBK", "GB2312", "BIG5", "BIG5-HKSCS",
            "EUC-JP", "SHIFT_JIS", "EUC-KR", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE", "ISO-2022-CN",
            "ISO-2022-JP", "ISO-2022-KR");
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");

    /** The text of {@code bytes}; the name is used in the error message only. */
    public String decode(byte[] bytes, String name) throws PipelineException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8, name);
        }
        // UTF-32LE's mark begins like UTF-16LE's: test it first.
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            return strict(bytes, 4, UTF_32LE, name);
        }
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            return strict(bytes, 4, UTF_32BE, name);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, name);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, name);
        }
        String text = tryDecode(bytes, StandardCharsets.UTF_8);
        if (text != null) {
            return text;
        }
        Charset wide = BomlessUnicode.of(bytes);
        if (wide != null && (text = tryDecode(bytes, wide)) != null) {
            return text;
        }
        Charset detected = detect(bytes);
        if (detected != null && MULTI_BYTE.contains(detected.name().toUpperCase(java.util.Locale.ROOT))
                && (text = tryDecode(bytes, detected)) != null) {
            return text;
        }
        // The detector guesses single-byte charsets (KOI8-R…) for short Chinese text.
        if ((text = tryDecode(bytes, GB18030)) != null && mostlyHan(text)) {
            return text;
        }
        if ((text = tryDecode(bytes, BIG5)) != null && mostlyHan(text)) {
            return text;
        }
        if (detected != null && (text = tryDecode(bytes, detected)) != null) {
            return text;
        }
        throw new PipelineException(Stage.INGEST, "unknown text encoding in " + name
                + ": not UTF-8, UTF-16, UTF-32, GB18030 or Big5");
    }

    /** Whether the bytes are UTF-16 or UTF-32 text, with or without a byte order mark. */
    public static boolean isWideUnicode(byte[] bytes) {
        return startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)
                || BomlessUnicode.of(bytes) != null;
    }

    private static Charset detect(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch match = detector.detect();
        if (match == null) {
            return null;
        }
        try {
            return Charset.forName(match.getName());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean mostlyHan(String text) {
        long nonAscii = text.codePoints().filter(cp -> cp > 0x7F).count();
        long han = text.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFFEF).count();
        return nonAscii > 0 && han >= nonAscii * 0.8;
    }

    private static String strict(byte[] bytes, int skip, Charset charset, String name) throws PipelineException {
        String text = tryDecode(java.util.Arrays.copyOfRange(bytes, skip, bytes.length), charset);
        if (text == null) {
            throw new PipelineException(Stage.INGEST, name + " starts with a " + charset.name()
                    + " byte order mark but is not valid " + charset.name());
        }
        return text;
    }

    private static String tryDecode(byte[] bytes, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
