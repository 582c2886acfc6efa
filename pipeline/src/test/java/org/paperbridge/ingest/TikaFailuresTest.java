package org.paperbridge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.zip.ZipException;

import org.apache.tika.exception.TikaException;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXParseException;

class TikaFailuresTest {
    @Test
    void unwrapsTikasWrappersToWhatIsWrongWithTheFile() {
        Throwable xml = new TikaException("TIKA-198: Illegal IOException from org.apache.tika.parser.microsoft"
                + ".ooxml.OOXMLParser@523a50f0", new IOException("org.apache.poi.ooxml.POIXMLException: "
                + "org.apache.xmlbeans.XmlException: error: Content is not allowed in prolog.",
                new SAXParseException("Content is not allowed in prolog.", null, null, 1, 1)));
        assertEquals("damaged document: a part of it is not well-formed XML (line 1, column 1: "
                + "Content is not allowed in prolog.)", TikaFailures.describe(xml));

        Throwable ooxml = new TikaException("Error creating OOXML extractor",
                new IOException("java.util.zip.ZipException: invalid stored block lengths",
                        new ZipException("invalid stored block lengths")));
        assertEquals("damaged document: its zip container is truncated or corrupt (invalid stored block lengths)",
                TikaFailures.describe(ooxml));

        Throwable missing = new TikaException("Error creating OOXML extractor",
                new RuntimeException("org.apache.poi.openxml4j.exceptions.InvalidFormatException: "
                        + "Package should contain a content type part [M1.13]"));
        assertEquals("damaged document: parts an office document needs are missing "
                + "(Package should contain a content type part [M1.13])", TikaFailures.describe(missing));
    }
}
