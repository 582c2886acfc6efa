package org.paperbridge.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * Tells a source's format from its bytes (magic numbers, zip container contents, JSON shape,
 * Markdown marks), never from its file name.
 */
public final class FormatDetector {
    public static final String PDF = "pdf";
    public static final String DOCX = "docx";
    public static final String ODT = "odt";
    public static final String HTML = "html";
    public static final String EPUB = "epub";
    public static final String RTF = "rtf";
    public static final String MINERU_JSON = "mineru-json";
    public static final String MARKDOWN = "markdown";
    public static final String TEXT = "text";
    /** Anything else (images, spreadsheets, archives): not an article source. */
    public static final String UNKNOWN = "unknown";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MARKDOWN_MARKS = Pattern.compile(
            "(?m)^(#{1,6} \\S|[-*+] \\S|\\d+\\. \\S|> |```|\\|.*\\|\\s*$)|\\*\\*\\S|\\]\\(|\\^\\[|\\$\\^\\{");
    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();

    /** One of the format constants of this class. */
    public String detect(byte[] bytes) {
        int start = skipBomAndSpace(bytes);
        if (startsWith(bytes, start, "%PDF")) {
            return PDF;
        }
        if (start < bytes.length && bytes[start] == '[' && isMinerUContentList(bytes)) {
            return MINERU_JSON;
        }
        if (startsWith(bytes, start, "{\\rtf")) {
            return RTF;
        }
        if (TextDecoder.isWideUnicode(bytes)) {
            // UTF-16/32 text is full of zero bytes that would make it look binary below.
            String head = wideHead(bytes);
            if (head != null) {
                return textKind(head);
            }
        }
        // Plain text and Markdown have no magic number: skip Tika's container and magic probes
        // (about a millisecond per file) unless the bytes could be markup or a binary format.
        if (start < bytes.length && bytes[start] != '<' && !startsWith(bytes, start, "PK") && looksLikeText(bytes)) {
            return textKind(bytes);
        }
        MediaType type = tikaType(bytes);
        String base = type.getBaseType().toString();
        switch (base) {
            case "application/pdf":
                return PDF;
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
                return DOCX;
            case "application/vnd.oasis.opendocument.text":
                return ODT;
            case "application/epub+zip":
                return EPUB;
            case "application/rtf":
                return RTF;
            case "text/html":
            case "application/xhtml+xml":
                return HTML;
            default:
                break;
        }
        if (base.startsWith("text/") || base.equals("application/json") || looksLikeText(bytes)) {
            return textKind(bytes);
        }
        return UNKNOWN;
    }

    private static String textKind(byte[] bytes) {
        return textKind(new String(bytes, 0, Math.min(bytes.length, 65536), StandardCharsets.UTF_8));
    }

    /** The first characters of UTF-16/32 text, or null when it does not decode. */
    private static String wideHead(byte[] bytes) {
        try {
            String text = new TextDecoder().decode(bytes, "");
            return text.substring(0, Math.min(text.length(), 65536));
        } catch (org.paperbridge.model.PipelineException e) {
            return null;
        }
    }

    private static String textKind(String head) {
        if (head.stripLeading().regionMatches(true, 0, "<!doctype html", 0, 14)
                || head.stripLeading().regionMatches(true, 0, "<html", 0, 5)) {
            return HTML;
        }
        return MARKDOWN_MARKS.matcher(head).find() ? MARKDOWN : TEXT;
    }

    private MediaType tikaType(byte[] bytes) {
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            return detector.detect(in, new Metadata());
        } catch (IOException e) {
            return MediaType.OCTET_STREAM;
        }
    }

    /** A JSON array whose first objects carry MinerU's type plus text or page_idx. */
    static boolean isMinerUContentList(byte[] bytes) {
        try {
            JsonNode root = JSON.readTree(bytes);
            if (root == null || !root.isArray() || root.isEmpty()) {
                return false;
            }
            for (int i = 0; i < Math.min(root.size(), 5); i++) {
                JsonNode item = root.get(i);
                if (!item.isObject() || !item.has("type") || !(item.has("text") || item.has("page_idx"))) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** No NUL bytes near the start (UTF-16 text has them, but also a BOM Tika sees). */
    private static boolean looksLikeText(byte[] bytes) {
        int n = Math.min(bytes.length, 4096);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x09 || b > 0x0D && b < 0x20 && b != 0x1B) {
                controls++;
            }
        }
        return controls <= n / 100;
    }

    private static int skipBomAndSpace(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < bytes.length && i < 1024 && Character.isWhitespace(bytes[i])) {
            i++;
        }
        return i;
    }

    private static boolean startsWith(byte[] bytes, int at, String prefix) {
        if (bytes.length - at < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (bytes[at + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
