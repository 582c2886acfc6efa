package org.paperbridge.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.paperbridge.model.PipelineException;
import org.paperbridge.model.Stage;

/**
 * Reads a plain-text or Markdown article into blocks split on blank lines (plain text without
 * them line by line, {@link WrappedTextSplitter}). UTF-8 is expected;
 * UTF-16 and legacy Chinese encodings (GB18030/GBK, Big5) are recognized through
 * {@link TextDecoder}, but a file that is evidently UTF-8 with a damaged byte is reported, not
 * re-read in some other encoding that would turn it into garbage.
 */
public final class TextExtractor implements Extractor {
    private static final Stage STAGE = Stage.INGEST;
    /** Valid non-ASCII UTF-8 characters before a malformed byte that make a file "UTF-8, damaged". */
    private static final int UTF8_EVIDENCE = 4;
    /** NUL bytes dropped as stray damage: at most one per this many bytes; more is binary. */
    public static final int BYTES_PER_STRAY_NUL = 1000;
    /** Share of control bytes above which a file is taken for binary even without NUL bytes. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    private static final Pattern MARKDOWN_FEATURE = Pattern.compile(
            "^\\s{0,3}#{1,6}\\s"          // # heading
            + "|^\\s*[-*+]\\s+\\S"         // list item
            + "|\\^\\[\\d"                     // ^[n] citation
            + "|\\$[^$\\n]+\\$"                // inline math
            + "|(?<![*\\w])\\*[^*\\s][^*\\n]*\\*(?!\\*)" // *emphasis*
            + "|<sup>", Pattern.MULTILINE);

    private final TextDecoder legacy = new TextDecoder();

    @Override
    public Blocks extract(byte[] bytes, String name) throws PipelineException {
        int start = hasBom(bytes) ? 3 : 0;
        if (bytes.length - start == 0) {
            throw new PipelineException(STAGE, "empty file");
        }
        String text;
        List<String> warnings = new ArrayList<>();
        if (start == 0 && TextDecoder.isWideUnicode(bytes)) {
            text = legacy.decode(bytes, name);
        } else {
            int nuls = countNuls(bytes);
            if (nuls > 0 && (long) nuls * BYTES_PER_STRAY_NUL <= bytes.length) {
                // A few NULs in text are damage (a bad copy, a buggy converter), not a binary format.
                bytes = withoutNuls(bytes, nuls);
                warnings.add(nuls == 1 ? "dropped 1 stray NUL byte" : "dropped " + nuls + " stray NUL bytes");
            }
            if (looksBinary(bytes, start)) {
                throw new PipelineException(STAGE, "binary file, not text");
            }
            text = decode(bytes, start, name);
        }
        if (text.isBlank()) {
            throw new PipelineException(STAGE, "empty file");
        }
        String format = MARKDOWN_FEATURE.matcher(text).find() ? "markdown" : "text";
        // Plain text without blank lines (a reader's or a web page's copy) is split line by line.
        List<Block> blocks = format.equals("text") && WrappedTextSplitter.applies(text)
                ? WrappedTextSplitter.split(text)
                : new MarkdownBlockSplitter().split(text);
        return new Blocks(format, null, blocks, warnings);
    }

    private static int countNuls(byte[] b) {
        int n = 0;
        for (byte x : b) {
            n += x == 0 ? 1 : 0;
        }
        return n;
    }

    private static byte[] withoutNuls(byte[] b, int nuls) {
        byte[] out = new byte[b.length - nuls];
        int j = 0;
        for (byte x : b) {
            if (x != 0) {
                out[j++] = x;
            }
        }
        return out;
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /** NUL bytes never occur in text; other control bytes only rarely (form feeds, stray ESC). */
    private static boolean looksBinary(byte[] b, int start) {
        int controls = 0;
        for (int i = start; i < b.length; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F) {
                controls++;
            }
        }
        return controls > 8 && controls > MAX_CONTROL_SHARE * (b.length - start);
    }

    private String decode(byte[] bytes, int start, String name) throws PipelineException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError() && !(result = decoder.flush(out)).isError()) {
            out.flip();
            return out.toString();
        }
        out.flip();
        long nonAscii = out.chars().filter(c -> c > 0x7F).count();
        if (start > 0 || nonAscii >= UTF8_EVIDENCE) {
            throw new PipelineException(STAGE,
                    "not valid UTF-8: malformed byte sequence at byte " + in.position());
        }
        return legacy.decode(bytes, name);
    }
}
