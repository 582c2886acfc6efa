package org.paperbridge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String CHINESE = "肝衰竭是临床一类急危重症肝病。骨髓间充质干细胞具有向肝细胞分化、促进肝细胞再生的作用。";
    private final TextDecoder decoder = new TextDecoder();

    @Test
    void decodesGb18030Fixture() throws Exception {
        String seed = Files.readString(SeedArticle.root().resolve("fixtures/seed/000_ce62bb77f3435be5.txt"));
        assertEquals(seed, decoder.decode(Fixtures.bytes(FixtureGenerator.GB18030_TEXT), "gb.txt"));
    }

    @Test
    void decodesShortGbkText() throws Exception {
        assertEquals(CHINESE, decoder.decode(CHINESE.getBytes(Charset.forName("GBK")), "gbk.txt"));
    }

    @Test
    void decodesBig5TraditionalTextAsWritten() throws Exception {
        String traditional = "骨髓間充質幹細胞治療肝衰竭的作用機制與臨床研究進展。肝臟是機體重要器官。";
        assertEquals(traditional, decoder.decode(traditional.getBytes(Charset.forName("Big5")), "big5.txt"));
    }

    @Test
    void decodesUtf16WithAndWithoutByteOrderMark() throws Exception {
        byte[] body = ("Abstract: " + CHINESE).getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        assertEquals("Abstract: " + CHINESE, decoder.decode(withBom, "le.txt"));
        assertEquals("Abstract: " + CHINESE, decoder.decode(body, "le-nobom.txt"));
        assertEquals(CHINESE, decoder.decode(("\uFEFF" + CHINESE).getBytes(StandardCharsets.UTF_16BE), "be.txt"));
    }

    @Test
    void dropsUtf8ByteOrderMark() throws Exception {
        byte[] bytes = ("\uFEFF" + CHINESE).getBytes(StandardCharsets.UTF_8);
        String text = decoder.decode(bytes, "bom.txt");
        assertEquals(CHINESE, text);
        assertTrue(text.codePointAt(0) != 0xFEFF);
    }
}
