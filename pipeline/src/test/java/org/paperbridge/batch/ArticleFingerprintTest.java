package org.paperbridge.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.paperbridge.lang.TraditionalChinese;

class ArticleFingerprintTest {
    /** The rule the fingerprint implements code point by code point, written the slow, obvious way. */
    private static String reference(String text) {
        String folded = TraditionalChinese.fold(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
        StringBuilder sb = new StringBuilder();
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    @Test
    void normalizesAsNfkcLowerCaseFoldedLettersAndDigits() {
        for (String s : new String[] {
                "骨髓间充质干细胞（BMSCs）治疗肝衰竭的研究进展",
                "骨髓間充質幹細胞治療肝衰竭，關鍵詞：肝纖維化",
                "ＡＢＣ１２３　full-width Ｌｅｔｔｅｒｓ，and　spaces",
                "TNF-α and IL-1β in µg/mL, ﬁbrosis ①②, x² CO₂",
                "Hepatic Fibrosis;  CRLF\r\nand  doubled   spaces\n",
                "𠀀𠀁 rare CJK outside the BMP"}) {
            assertEquals(reference(s), ArticleFingerprint.normalized(s), s);
        }
    }
}
