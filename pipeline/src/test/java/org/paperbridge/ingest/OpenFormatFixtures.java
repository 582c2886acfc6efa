package org.paperbridge.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.paperbridge.bench.ArticleParts;

/**
 * The seed article as an OpenDocument text, an EPUB 3 book and an RTF file, written by hand (zip
 * and text) the way word processors and e-book tools lay them out: headings with their outline
 * level, paragraphs, the references as a list, first-page notes as footnotes after the body,
 * superscript citation markers and italics.
 */
final class OpenFormatFixtures {
    private static final Pattern MARKUP = Pattern.compile("\\^\\[([^\\]]+)]|\\^\\{([^}]*)}|\\*([^*]+)\\*");

    private OpenFormatFixtures() {
    }

    static byte[] odt(ArticleParts seed) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String line : seed.front()) {
            body.append("<text:p>").append(odtInline(line)).append("</text:p>\n");
        }
        for (String note : seed.notes()) {
            body.append("<text:p text:style-name=\"Footnote\">").append(odtInline(note)).append("</text:p>\n");
        }
        for (ArticleParts.Part part : seed.body()) {
            if (part.heading()) {
                int level = level(part.text());
                body.append("<text:h text:outline-level=\"").append(level).append("\">")
                        .append(odtInline(part.text())).append("</text:h>\n");
            } else {
                body.append("<text:p>").append(odtInline(part.text())).append("</text:p>\n");
            }
        }
        body.append("<text:h text:outline-level=\"1\">").append(xml(seed.referencesTitle())).append("</text:h>\n");
        body.append("<text:list>\n");
        for (String reference : seed.references()) {
            body.append("<text:list-item><text:p>").append(odtInline(reference)).append("</text:p></text:list-item>\n");
        }
        body.append("</text:list>\n");
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
                    xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2">
                <office:automatic-styles>
                <style:style style:name="Sup" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>
                <style:style style:name="It" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
                </office:automatic-styles>
                <office:body><office:text>
                """ + body + "</office:text></office:body></office:document-content>\n";
        String manifest = """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>
                """;
        return zip("application/vnd.oasis.opendocument.text",
                new String[] {"META-INF/manifest.xml", manifest, "content.xml", content});
    }

    private static String odtInline(String text) {
        return markup(text, "<text:span text:style-name=\"Sup\">", "</text:span>",
                "<text:span text:style-name=\"It\">", "</text:span>");
    }

    /** Two chapters, as e-book tools split an article: front matter and body, then the back matter. */
    static byte[] epub(ArticleParts seed) throws IOException {
        StringBuilder one = new StringBuilder("<h1>").append(htmlInline(seed.front().get(0))).append("</h1>\n");
        for (String line : seed.front().subList(1, seed.front().size())) {
            one.append("<p>").append(htmlInline(line)).append("</p>\n");
        }
        for (ArticleParts.Part part : seed.body()) {
            if (part.heading()) {
                int level = level(part.text()) + 1;
                one.append("<h").append(level).append('>').append(htmlInline(part.text())).append("</h").append(level).append(">\n");
            } else {
                one.append("<p>").append(htmlInline(part.text())).append("</p>\n");
            }
        }
        StringBuilder two = new StringBuilder("<h2>").append(xml(seed.referencesTitle())).append("</h2>\n<ol>\n");
        for (String reference : seed.references()) {
            two.append("<li>").append(htmlInline(reference)).append("</li>\n");
        }
        two.append("</ol>\n<aside epub:type=\"footnotes\">\n");
        for (String note : seed.notes()) {
            two.append("<p epub:type=\"footnote\">").append(htmlInline(note)).append("</p>\n");
        }
        two.append("</aside>\n");
        String container = """
                <?xml version="1.0" encoding="UTF-8"?>
                <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                 <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
                </container>
                """;
        String opf = """
                <?xml version="1.0" encoding="UTF-8"?>
                <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
                 <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <dc:identifier id="id">urn:paperbridge:seed</dc:identifier>
                  <dc:title>%s</dc:title>
                  <dc:language>zh-CN</dc:language>
                  <meta property="dcterms:modified">2024-01-01T00:00:00Z</meta>
                 </metadata>
                 <manifest>
                  <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
                  <item id="c1" href="chapter1.xhtml" media-type="application/xhtml+xml"/>
                  <item id="c2" href="chapter2.xhtml" media-type="application/xhtml+xml"/>
                 </manifest>
                 <spine><itemref idref="c1"/><itemref idref="c2"/></spine>
                </package>
                """.formatted(xml(seed.front().get(0)));
        String nav = xhtml("目录", "<nav epub:type=\"toc\"><ol><li><a href=\"chapter1.xhtml\">正文</a></li>"
                + "<li><a href=\"chapter2.xhtml\">" + xml(seed.referencesTitle()) + "</a></li></ol></nav>\n");
        return zip("application/epub+zip", new String[] {"META-INF/container.xml", container,
                "OEBPS/content.opf", opf, "OEBPS/nav.xhtml", nav,
                "OEBPS/chapter1.xhtml", xhtml(seed.front().get(0), one.toString()),
                "OEBPS/chapter2.xhtml", xhtml(seed.referencesTitle(), two.toString())});
    }

    private static String xhtml(String title, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" "
                + "xmlns:epub=\"http://www.idpf.org/2007/ops\" xml:lang=\"zh\">\n<head><title>" + xml(title)
                + "</title></head>\n<body>\n" + body + "</body>\n</html>\n";
    }

    private static String htmlInline(String text) {
        return markup(text, "<sup>", "</sup>", "<i>", "</i>");
    }

    /** Paragraphs separated by \par, headings in bold and larger, text as \\uN escapes. */
    static byte[] rtf(ArticleParts seed) {
        StringBuilder s = new StringBuilder("{\\rtf1\\ansi\\ansicpg936\\deff0\\uc1"
                + "{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}\n{\\stylesheet{\\s0 Normal;}"
                + "{\\s1\\b\\fs32 heading 1;}{\\s2\\b\\fs28 heading 2;}}\n");
        for (String line : seed.front()) {
            s.append("\\pard\\plain\\fs21 ").append(rtfInline(line)).append("\\par\n");
        }
        for (String note : seed.notes()) {
            s.append("\\pard\\plain\\fs18 ").append(rtfInline(note)).append("\\par\n");
        }
        for (ArticleParts.Part part : seed.body()) {
            if (part.heading()) {
                int level = level(part.text());
                s.append("\\pard\\plain\\s").append(level).append("\\b\\fs").append(level == 1 ? 32 : 28).append(' ')
                        .append(rtfInline(part.text())).append("\\par\n");
            } else {
                s.append("\\pard\\plain\\fs21 ").append(rtfInline(part.text())).append("\\par\n");
            }
        }
        s.append("\\pard\\plain\\s1\\b\\fs32 ").append(rtfText(seed.referencesTitle())).append("\\par\n");
        for (String reference : seed.references()) {
            s.append("\\pard\\plain\\fs18 ").append(rtfInline(reference)).append("\\par\n");
        }
        return s.append("}\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String rtfInline(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = MARKUP.matcher(text);
        int at = 0;
        while (m.find()) {
            out.append(rtfText(text.substring(at, m.start())));
            if (m.group(3) != null) {
                out.append("{\\i ").append(rtfText(m.group(3))).append('}');
            } else {
                out.append("{\\super ").append(rtfText(m.group(1) != null ? "[" + m.group(1) + "]" : m.group(2)))
                        .append('}');
            }
            at = m.end();
        }
        return out.append(rtfText(text.substring(at))).toString();
    }

    /** ASCII as is (RTF's own characters escaped), everything else as {@code \\uN?}. */
    private static String rtfText(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '{' || c == '}') {
                out.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x80) {
                out.append(c);
            } else {
                out.append("\\u").append((int) (short) c).append('?');
            }
        }
        return out.toString();
    }

    private static int level(String heading) {
        return heading.matches("^\\d+\\.\\d+.*") ? 2 : 1;
    }

    private static String markup(String text, String supOpen, String supClose, String itOpen, String itClose) {
        StringBuilder out = new StringBuilder();
        Matcher m = MARKUP.matcher(text);
        int at = 0;
        while (m.find()) {
            out.append(xml(text.substring(at, m.start())));
            if (m.group(3) != null) {
                out.append(itOpen).append(xml(m.group(3))).append(itClose);
            } else {
                out.append(supOpen).append(xml(m.group(1) != null ? "[" + m.group(1) + "]" : m.group(2))).append(supClose);
            }
            at = m.end();
        }
        return out.append(xml(text.substring(at))).toString();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A zip whose first entry is the stored, uncompressed {@code mimetype}, as ODF and EPUB require. */
    private static byte[] zip(String mimetype, String[] entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            first.setCrc(crc.getValue());
            first.setTime(0);
            zip.putNextEntry(first);
            zip.write(type);
            zip.closeEntry();
            for (int i = 0; i < entries.length; i += 2) {
                ZipEntry e = new ZipEntry(entries[i]);
                e.setTime(0); // the same bytes on every run
                zip.putNextEntry(e);
                zip.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
