package org.paperbridge.ingest;

import java.io.EOFException;
import java.util.regex.Pattern;
import java.util.zip.ZipException;

import org.xml.sax.SAXParseException;

/**
 * What a Tika parse failure says to the person whose file it was. Tika and POI wrap the trouble
 * in messages that name objects, not files ("TIKA-198: Illegal IOException from
 * …OOXMLParser@523a50f0", "Error creating OOXML extractor"); the cause they wrap says what is
 * wrong with the file, told here in words with its detail kept.
 */
final class TikaFailures {
    /** Wrappers that say only that something below failed. */
    private static final Pattern WRAPPER = Pattern.compile(
            "^(TIKA-\\d+: Illegal \\w+ from .*|Error creating OOXML extractor.*|Unexpected RuntimeException from .*)$");
    /** Java class names prefixed to a wrapped cause's message ("java.io.IOException: org.apache…: error: "). */
    private static final Pattern CLASS_PREFIXES = Pattern.compile("^(?:(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*: )+(?:error: )?");
    private static final Pattern ZIP_TROUBLE = Pattern.compile(
            "(?i)zip|truncated|unexpected end|invalid (stored block|distance|code)|EOF");
    private static final Pattern MISSING_PART = Pattern.compile(
            "(?i)core part|no valid entries|not a valid OOXML|package should contain a content type part|"
                    + "NotOfficeXmlFile|no content type");

    private TikaFailures() {
    }

    /** One line: what is wrong with the document, then the parser's own words in parentheses. */
    static String describe(Throwable failure) {
        String detail = detail(failure);
        if (find(failure, SAXParseException.class) instanceof SAXParseException sax) {
            String at = sax.getLineNumber() > 0 ? "line " + sax.getLineNumber() + ", column " + sax.getColumnNumber()
                    + ": " : "";
            return "damaged document: a part of it is not well-formed XML (" + at + strip(sax.getMessage()) + ")";
        }
        if (find(failure, ZipException.class) != null || find(failure, EOFException.class) != null
                || ZIP_TROUBLE.matcher(detail).find()) {
            return "damaged document: its zip container is truncated or corrupt (" + detail + ")";
        }
        if (MISSING_PART.matcher(detail).find()) {
            return "damaged document: parts an office document needs are missing (" + detail + ")";
        }
        return "damaged document: " + detail;
    }

    private static Throwable find(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    /** The outermost message that says more than "something below failed", without class names. */
    private static String detail(Throwable failure) {
        String best = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m != null && !m.isBlank() && !WRAPPER.matcher(m.strip()).matches()) {
                best = strip(m);
                if (!best.isEmpty()) {
                    break;
                }
            }
        }
        return best == null || best.isEmpty() ? failure.getClass().getSimpleName() : best;
    }

    private static String strip(String message) {
        String m = message == null ? "" : message.strip();
        int nl = m.indexOf('\n');
        if (nl >= 0) {
            m = m.substring(0, nl).strip();
        }
        return CLASS_PREFIXES.matcher(m).replaceFirst("");
    }
}
