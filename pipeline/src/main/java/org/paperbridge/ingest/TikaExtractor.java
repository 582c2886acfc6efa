package org.paperbridge.ingest;

import org.paperbridge.model.Stage;
import java.io.IOException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.paperbridge.model.PipelineException;
import org.xml.sax.SAXException;

/**
 * Reads DOCX, ODT, HTML, EPUB and RTF through Tika's XHTML output, keeping headings with
 * their level, paragraphs, list items, table rows, captions, footnotes and superscripts.
 */
public final class TikaExtractor implements Extractor {
    /** How Tika's SecureContentHandler opens its refusals (nesting too deep, too much text per byte). */
    private static final String BOMB_GUARD = "Suspected zip bomb: ";
    /** Expanded DOCX size up to which POI's DOM reader is used (DOM costs some ten times this in heap). */
    static final long DOM_MAX_EXPANDED = 24L * 1024 * 1024;

    private final Parser parser = new AutoDetectParser();

    @Override
    public Blocks extract(byte[] bytes, String name) throws PipelineException {
        long expanded = ZipBombGuard.check(bytes);
        Metadata metadata = new Metadata();
        XhtmlBlockHandler handler = new XhtmlBlockHandler();
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser); // embedded parts (EPUB chapters) go through the same parser
        // Keep HTML as written (sup, class="footnote"), not reduced to Tika's safe subset.
        context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
        // POI's DOM reader keeps Word's footnotes apart (class="footnote", [footnoteRef:n] marks),
        // which the streaming one flattens into the text: DOM for the usual article, streaming for
        // a huge one, whose DOM would fill the heap (the handler's size guard stops its text).
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(expanded > DOM_MAX_EXPANDED);
        office.setUseSAXPptxExtractor(true);
        context.set(OfficeParserConfig.class, office);
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, handler, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new PipelineException(Stage.INGEST, "encrypted document: a password is needed to open it", e);
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            // Tika wraps what the handler throws; the bomb guard must still read as such.
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof XhtmlBlockHandler.TooMuchText) {
                    throw new PipelineException(Stage.INGEST, t.getMessage(), e);
                }
            }
            String cause = readableMessage(e);
            if (cause.startsWith(BOMB_GUARD)) {
                throw new PipelineException(Stage.INGEST, "refused by Tika's guard against XML and zip bombs: "
                        + cause.substring(BOMB_GUARD.length()), e);
            }
            throw new PipelineException(Stage.INGEST, TikaFailures.describe(e), e);
        }
        return new Blocks(format(metadata.get(Metadata.CONTENT_TYPE)), null, handler.blocks());
    }

    /**
     * The message that says what went wrong: Tika's wrapper for a parser's SAX failure ("TIKA-237:
     * Illegal SAXException from org.apache.tika.parser.DefaultParser@1b2c3d") names an object, not
     * the trouble, which its cause holds.
     */
    private static String readableMessage(Throwable e) {
        Throwable t = e;
        while (t.getMessage() != null && t.getMessage().startsWith("TIKA-237") && t.getCause() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    private static String format(String contentType) {
        String type = contentType == null ? "" : contentType;
        if (type.contains("wordprocessingml")) {
            return FormatDetector.DOCX;
        }
        if (type.contains("opendocument")) {
            return FormatDetector.ODT;
        }
        if (type.contains("epub")) {
            return FormatDetector.EPUB;
        }
        if (type.contains("rtf")) {
            return FormatDetector.RTF;
        }
        return FormatDetector.HTML;
    }
}
