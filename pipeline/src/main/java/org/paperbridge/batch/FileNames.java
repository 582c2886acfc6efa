package org.paperbridge.batch;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;

/**
 * File names as the operating system holds them. On Unix a name is bytes; Java shows the bytes
 * that are not valid in the file-name encoding as U+FFFD, so two different names can read the
 * same. {@link #withBytes} shows such bytes as {@code \xNN} instead, keeping the names apart.
 */
final class FileNames {
    private FileNames() {
    }

    /** The encoding Java decodes file names with (sun.jnu.encoding). */
    static String encoding() {
        return System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name());
    }

    /** {@code p} as text with undecodable bytes of its name as {@code \xNN}; its usual form when it has none. */
    static String withBytes(Path p) {
        String raw = p.toUri().getRawPath();
        String plain = p.toString();
        byte[] bytes = percentDecoded(raw);
        CharsetDecoder decoder;
        try {
            decoder = Charset.forName(encoding()).newDecoder();
        } catch (RuntimeException e) {
            return plain;
        }
        decoder.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length * 4 + 16);
        StringBuilder sb = new StringBuilder();
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            out.flip();
            sb.append(out);
            out.clear();
            if (r.isError()) {
                for (int i = 0; i < r.length(); i++) {
                    sb.append(String.format("\\x%02x", in.get() & 0xff));
                }
            } else if (r.isUnderflow()) {
                break;
            }
        }
        String absolute = sb.toString();
        // toUri is absolute; give the path as the walk named it when it was relative.
        String cwd = Path.of("").toAbsolutePath().toUri().getRawPath();
        if (!p.isAbsolute()) {
            String cwdText = new String(percentDecoded(cwd), Charset.forName(encoding()));
            if (absolute.startsWith(cwdText)) {
                absolute = absolute.substring(cwdText.length());
            }
        }
        if (absolute.endsWith("/") && !plain.endsWith("/")) {
            absolute = absolute.substring(0, absolute.length() - 1);
        }
        return absolute;
    }

    private static byte[] percentDecoded(String raw) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                out.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
        return out.toByteArray();
    }
}
