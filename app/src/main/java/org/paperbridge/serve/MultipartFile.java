package org.paperbridge.serve;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One file field of a {@code multipart/form-data} body (RFC 7578): its file name as the client
 * gave it (kept as a label only, never used as a path) and its bytes. Other fields are skipped.
 */
record MultipartFile(String fileName, byte[] bytes) {
    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(?:\"([^\"]{1,70})\"|([^;\\s]{1,70}))");
    private static final Pattern NAME = Pattern.compile("(?i)[;\\s]name=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile("(?i)filename=\"([^\"]*)\"");

    /** The field {@code field} of {@code body}, sent with {@code contentType}; 400 when there is none. */
    static MultipartFile field(String contentType, byte[] body, String field) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw ApiException.badRequest("send the file as multipart/form-data, field '" + field + "'");
        }
        Matcher b = BOUNDARY.matcher(contentType);
        if (!b.find()) {
            throw ApiException.badRequest("multipart/form-data without a boundary");
        }
        byte[] delimiter = ("--" + (b.group(1) != null ? b.group(1) : b.group(2))).getBytes(StandardCharsets.ISO_8859_1);
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int partStart = at + delimiter.length;
            if (partStart + 1 < body.length && body[partStart] == '-' && body[partStart + 1] == '-') {
                break; // the closing delimiter
            }
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), partStart);
            if (headersEnd < 0) {
                break;
            }
            int next = indexOf(body, ("\r\n" + new String(delimiter, StandardCharsets.ISO_8859_1))
                    .getBytes(StandardCharsets.ISO_8859_1), headersEnd + 4);
            if (next < 0) {
                throw ApiException.badRequest("multipart body is cut short: no closing boundary");
            }
            String headers = new String(body, partStart, headersEnd - partStart, StandardCharsets.UTF_8);
            Matcher name = NAME.matcher(headers);
            if (name.find() && name.group(1).equals(field)) {
                Matcher fileName = FILE_NAME.matcher(headers);
                String label = fileName.find() ? baseName(fileName.group(1)) : field;
                byte[] bytes = java.util.Arrays.copyOfRange(body, headersEnd + 4, next);
                return new MultipartFile(label.isEmpty() ? field : label, bytes);
            }
            at = next + 2;
        }
        throw ApiException.badRequest("no field '" + field + "' in the multipart body");
    }

    /** The last segment of a client's file name, with control characters dropped: a label for the article's source. */
    private static String baseName(String name) {
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        base = base.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return base.length() > 200 ? base.substring(0, 200) : base;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
