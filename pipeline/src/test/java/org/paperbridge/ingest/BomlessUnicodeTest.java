package org.paperbridge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.paperbridge.model.PipelineException;

class BomlessUnicodeTest {
    private static final String CHINESE = "骨髓间充质干细胞通过抑制炎性小体减轻肝衰竭，改善肝功能。";
    private static final String MIXED = "摘要：骨髓间充质干细胞 (BMSCs) 治疗肝衰竭 liver failure。";

    @Test
    void tellsEachWideEncodingWithoutAMark() {
        for (String name : new String[] {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"}) {
            Charset charset = Charset.forName(name);
            assertEquals(charset, BomlessUnicode.of(MIXED.repeat(3).getBytes(charset)), name + " mixed");
            assertEquals(charset, BomlessUnicode.of(CHINESE.repeat(3).getBytes(charset)), name + " all Chinese");
        }
    }

    @Test
    void leavesOtherEncodingsAndBinaryAlone() {
        assertNull(BomlessUnicode.of(CHINESE.repeat(3).getBytes(Charset.forName("GB18030"))));
        assertNull(BomlessUnicode.of(CHINESE.repeat(3).getBytes(Charset.forName("Big5"))));
        assertNull(BomlessUnicode.of(MIXED.repeat(3).getBytes(StandardCharsets.UTF_8)));
        // Pairs of ASCII letters read as UTF-16 would be ideographs: ASCII text and markup stay themselves.
        assertNull(BomlessUnicode.of("<div><div><p>liver failure and stem cells</p>".repeat(50)
                .getBytes(StandardCharsets.US_ASCII)));
        assertNull(BomlessUnicode.of("Bone marrow mesenchymal stem cells in liver failure. ".repeat(50)
                .getBytes(StandardCharsets.US_ASCII)));
        byte[] random = new byte[4096];
        new Random(19).nextBytes(random);
        assertNull(BomlessUnicode.of(random));
    }

    @Test
    void theDecoderReadsAllChineseUtf16AndUtf32() throws PipelineException {
        TextDecoder decoder = new TextDecoder();
        for (String name : new String[] {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"}) {
            byte[] bytes = CHINESE.getBytes(Charset.forName(name));
            assertEquals(CHINESE, decoder.decode(bytes, "a.txt"), name);
        }
        assertEquals(CHINESE, decoder.decode(("\uFEFF" + CHINESE).getBytes(Charset.forName("UTF-32LE")), "a.txt"));
        assertEquals(CHINESE, decoder.decode(CHINESE.getBytes(Charset.forName("GB18030")), "a.txt"));
    }
}
