package org.paperbridge.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LengthModelTest {
    @Test
    void countsLatinLettersAndDigitsInChineseAsAThirdOfACharacter() {
        // 6 Han characters, 2 full-width brackets, 5 Latin letters (a third each, rounded).
        assertEquals(10, LengthModel.chineseLength("非小细胞肺癌（NSCLC）"));
        // Chinese quotes and the ellipsis are typeset wide, white space is not counted.
        assertEquals(6, LengthModel.chineseLength("“肺癌” ……"));
        assertEquals(0, LengthModel.chineseLength(" \n"));
    }

    @Test
    void aChineseSentenceRichInLatinTermsFitsItsTranslationByItsHanCharacters() {
        String zh = "非小细胞肺癌（non-small cell lung cancer, NSCLC）作为全球癌症相关死亡率较高的恶性肿瘤，"
                + "目前仍缺少可靠稳定的预后指标。";
        String en = "Non-small cell lung cancer (NSCLC) is a malignant tumour with high cancer specific mortality, "
                + "and it still lacks stable and reliable markers for its prognosis.";
        LengthModel model = LengthModel.prior();
        double byHan = model.fit(LengthModel.chineseLength(zh), LengthModel.length(en));
        double byCodePoint = model.fit(LengthModel.length(zh), LengthModel.length(en));
        assertTrue(byHan > 0.2, "fit " + byHan);
        assertTrue(byCodePoint < byHan / 10, "fit " + byCodePoint);
    }

    @Test
    void aShortHeadingIsNotHeldToAFewLettersWhileALongMisfitStaysAMisfit() {
        LengthModel model = LengthModel.prior();
        // 方法 ↔ Materials and Methods: 19 letters for 2 characters (6.6 expected).
        double heading = model.fit(LengthModel.chineseLength("方法"), LengthModel.length("Materials and Methods"));
        assertTrue(heading > 0.3, "fit " + heading);
        // 60 characters against 400 letters (198 expected) is no translation, short-length slack or not.
        double misfit = model.fit(60, 400);
        assertTrue(misfit < 1e-3, "fit " + misfit);
        // A long sentence is judged about as Gale–Church does: the slack is a fraction of its length.
        double plain = (240 - 60 * model.ratio()) / Math.sqrt(60 * model.variance());
        assertEquals(plain, model.delta(60, 240), 0.15 * plain);
    }
}
