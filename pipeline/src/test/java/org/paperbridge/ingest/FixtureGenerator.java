package org.paperbridge.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hankcs.hanlp.HanLP;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.paperbridge.bench.ArticleParts;
import org.paperbridge.bench.ArticlePdfWriter;
import org.paperbridge.text.HanLPSetup;

/**
 * Writes the format fixtures (fixtures/formats) and the bad PDFs (fixtures/bad) from the seed
 * article. Run: {@code FixtureGenerator [repo root]}; tests regenerate missing files.
 */
public final class FixtureGenerator {
    static final String TWO_COLUMN_PDF = "formats/two-column.pdf";
    static final String ONE_COLUMN_PDF = "formats/one-column.pdf";
    static final String DOCX = "formats/article.docx";
    static final String HTML = "formats/article.html";
    static final String GB18030_TEXT = "formats/article-gb18030.txt";
    static final String MINERU_JSON = "formats/content_list.json";
    static final String TRADITIONAL_TEXT = "formats/article-traditional.txt";
    static final String BIG5_TEXT = "formats/article-big5.txt";
    static final String ODT = "formats/article.odt";
    static final String EPUB = "formats/article.epub";
    static final String RTF = "formats/article.rtf";
    static final String OWNER_PASSWORD_PDF = "bad/owner-password.pdf";
    static final String USER_PASSWORD_PDF = "bad/user-password.pdf";
    static final String TRUNCATED_PDF = "bad/truncated.pdf";
    static final String IMAGE_ONLY_PDF = "bad/image-only.pdf";
    /** The seed journal's running header, as printed. */
    private static final ArticlePdfWriter.RunningHeader SEED_HEADER = new ArticlePdfWriter.RunningHeader(
            "基础医学与临床 Basic & Clinical Medicine    2024年11月 第44卷 第11期",
            "基础医学与临床 Basic & Clinical Medicine    2024.44(11)", "骨髓间充质干细胞治疗肝衰竭的作用机制");

    public static void main(String[] args) throws IOException {
        Path root = args.length > 0 ? Path.of(args[0]) : SeedArticle.root();
        writeAll(root.resolve("fixtures"));
    }

    static void writeAll(Path fixtures) throws IOException {
        ArticleParts seed = SeedArticle.load();
        Files.createDirectories(fixtures.resolve("formats"));
        Files.createDirectories(fixtures.resolve("bad"));
        byte[] twoColumn;
        byte[] oneColumn;
        try (ArticlePdfWriter pdf = new ArticlePdfWriter()) {
            twoColumn = pdf.write(seed, 2, SEED_HEADER);
            oneColumn = pdf.write(seed, 1, SEED_HEADER);
        }
        Files.write(fixtures.resolve(TWO_COLUMN_PDF), twoColumn);
        Files.write(fixtures.resolve(ONE_COLUMN_PDF), oneColumn);
        Files.write(fixtures.resolve(DOCX), docx(seed));
        Files.writeString(fixtures.resolve(HTML), html(seed), StandardCharsets.UTF_8);
        Files.write(fixtures.resolve(GB18030_TEXT), Files.readString(SeedArticle.path()).getBytes(Charset.forName("GB18030")));
        Files.writeString(fixtures.resolve(MINERU_JSON), mineru(seed), StandardCharsets.UTF_8);
        String traditional = traditional(Files.readString(SeedArticle.path()));
        Files.writeString(fixtures.resolve(TRADITIONAL_TEXT), traditional, StandardCharsets.UTF_8);
        Files.write(fixtures.resolve(BIG5_TEXT), big5(traditional));
        Files.write(fixtures.resolve(ODT), OpenFormatFixtures.odt(seed));
        Files.write(fixtures.resolve(EPUB), OpenFormatFixtures.epub(seed));
        Files.write(fixtures.resolve(RTF), OpenFormatFixtures.rtf(seed));
        Files.write(fixtures.resolve(OWNER_PASSWORD_PDF), protect(oneColumn, "owner-secret", ""));
        Files.write(fixtures.resolve(USER_PASSWORD_PDF), protect(oneColumn, "owner-secret", "user-secret"));
        Files.write(fixtures.resolve(TRUNCATED_PDF), Arrays.copyOf(oneColumn, oneColumn.length / 3));
        Files.write(fixtures.resolve(IMAGE_ONLY_PDF), imageOnly());
    }

    /** The seed in traditional script, as HanLP's converter writes it (臨牀, 爲, 關鍵詞). */
    static String traditional(String simplified) {
        HanLPSetup.ensure();
        return HanLP.convertToTraditionalChinese(simplified);
    }

    /**
     * Traditional text in Big5, which lacks HanLP's older variants (牀, 爲, 羣, 着): they become the
     * forms Taiwan prints; the few characters Big5 has no code for (酶, à) become □.
     */
    static byte[] big5(String traditional) {
        String taiwan = traditional.replace('牀', '床').replace('爲', '為').replace('羣', '群').replace('着', '著');
        CharsetEncoder encoder = Charset.forName("Big5").newEncoder();
        StringBuilder encodable = new StringBuilder();
        taiwan.codePoints().forEach(cp -> encodable.appendCodePoint(
                encoder.canEncode(Character.toString(cp)) ? cp : '□'));
        return encodable.toString().getBytes(Charset.forName("Big5"));
    }

    private static byte[] protect(byte[] pdf, String owner, String user) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            permissions.setCanModify(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy(owner, user, permissions);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A page that is only a picture of text, as a scanner makes. */
    private static byte[] imageOnly() throws IOException {
        BufferedImage image = new BufferedImage(600, 200, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 200);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 28));
        g.drawString("A scanned page: no text layer", 30, 100);
        g.dispose();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDImageXObject picture = LosslessFactory.createFromImage(doc, image);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                out.drawImage(picture, 50, 500, 500, 166);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static byte[] docx(ArticleParts seed) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String line : seed.front()) {
                runs(doc.createParagraph(), line);
            }
            for (String note : seed.notes()) {
                runs(doc.createParagraph(), note);
            }
            for (ArticleParts.Part part : seed.body()) {
                XWPFParagraph p = doc.createParagraph();
                if (part.heading()) {
                    p.setStyle("Heading" + (part.text().matches("^\\d+\\.\\d+.*") ? 2 : 1));
                }
                runs(p, part.text());
            }
            doc.createParagraph().createRun().setText(seed.referencesTitle());
            for (String reference : seed.references()) {
                runs(doc.createParagraph(), reference);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** Seed markup as Word runs: ^[n] and ^{x} superscript, *x* italic. */
    private static void runs(XWPFParagraph p, String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("\\^\\[([^\\]]+)]|\\^\\{([^}]*)}|\\*([^*]+)\\*").matcher(text);
        int at = 0;
        while (m.find()) {
            p.createRun().setText(text.substring(at, m.start()));
            XWPFRun run = p.createRun();
            if (m.group(3) != null) {
                run.setItalic(true);
                run.setText(m.group(3));
            } else {
                run.setVerticalAlignment(VerticalAlign.SUPERSCRIPT.toString().toLowerCase());
                run.setText(m.group(1) != null ? "[" + m.group(1) + "]" : m.group(2));
            }
            at = m.end();
        }
        p.createRun().setText(text.substring(at));
    }

    private static String html(ArticleParts seed) {
        StringBuilder s = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh\">\n<head><meta charset=\"utf-8\"><title>")
                .append(escape(seed.front().get(0))).append("</title></head>\n<body>\n<article>\n");
        s.append("<h1>").append(inline(seed.front().get(0))).append("</h1>\n");
        for (String line : seed.front().subList(1, seed.front().size())) {
            s.append("<p>").append(inline(line)).append("</p>\n");
        }
        for (ArticleParts.Part part : seed.body()) {
            if (part.heading()) {
                int level = part.text().matches("^\\d+\\.\\d+.*") ? 3 : 2;
                s.append("<h").append(level).append('>').append(inline(part.text())).append("</h").append(level).append(">\n");
            } else {
                s.append("<p>").append(inline(part.text())).append("</p>\n");
            }
        }
        s.append("<h2>").append(escape(seed.referencesTitle())).append("</h2>\n<ol class=\"references\">\n");
        for (String reference : seed.references()) {
            s.append("<li>").append(inline(reference)).append("</li>\n");
        }
        s.append("</ol>\n<aside class=\"footnotes\">\n");
        for (String note : seed.notes()) {
            s.append("<p class=\"footnote\">").append(inline(note)).append("</p>\n");
        }
        return s.append("</aside>\n</article>\n</body>\n</html>\n").toString();
    }

    private static String inline(String text) {
        return escape(text).replaceAll("\\^\\[([^\\]]+)]", "<sup>[$1]</sup>")
                .replaceAll("\\^\\{([^}]*)}", "<sup>$1</sup>").replaceAll("\\*([^*]+)\\*", "<i>$1</i>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** MinerU's content_list.json: typed blocks with text_level for titles and a 0-based page_idx. */
    private static String mineru(ArticleParts seed) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ArrayNode list = json.createArrayNode();
        int page = 0;
        int chars = 0;
        for (int i = 0; i < seed.front().size(); i++) {
            ObjectNode item = list.addObject().put("type", "text").put("text", seed.front().get(i));
            if (i == 0 || i == 7) {
                item.put("text_level", 1);
            }
            item.put("page_idx", page);
        }
        for (String note : seed.notes()) {
            list.addObject().put("type", "page_footnote").put("text", note).put("page_idx", 0);
        }
        for (ArticleParts.Part part : seed.body()) {
            ObjectNode item = list.addObject().put("type", "text").put("text", part.text());
            if (part.heading()) {
                item.put("text_level", part.text().matches("^\\d+\\.\\d+.*") ? 2 : 1);
            }
            chars += part.text().length();
            page = chars / 2500;
            item.put("page_idx", page);
        }
        list.addObject().put("type", "text").put("text", seed.referencesTitle()).put("text_level", 1)
                .put("page_idx", page);
        for (String reference : seed.references()) {
            list.addObject().put("type", "text").put("text", reference).put("page_idx", page);
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(list) + "\n";
    }
}
