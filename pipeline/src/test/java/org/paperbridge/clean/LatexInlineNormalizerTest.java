package org.paperbridge.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LatexInlineNormalizerTest {
    private static String body(String text) {
        return LatexInlineNormalizer.normalize(text, true);
    }

    @Test
    void turnsInlineMathIntoPlainText() {
        assertEquals("每周予以注射 1.0×10^5/kg 异基因", body("每周予以注射 $1.0 \\times 10^5/\\text{kg}$ 异基因"));
        assertEquals("P≤0.05, 2.5±0.3 mg", body("$P \\leq 0.05$, $2.5 \\pm 0.3\\ \\mathrm{mg}$"));
        assertEquals("α~β·γ ≥ 20%", body("$\\alpha \\sim \\beta \\cdot \\gamma$ $\\geq$ $20\\%$"));
        assertEquals("CD4+ T", body("$\\mathbf{CD4}_{+}$ T"));
        assertEquals("37 °C", body("$37\\ ^{\\circ}\\mathrm{C}$"));
        assertEquals("≥ 500 μg/L 者", body("≥ $500\\ \\mu\\text{g/L}$ 者"));
        assertEquals("IL-6", body("$\\text{\\mathrm{IL-6}}$"));
    }

    @Test
    void superscriptsOnNumbersStayPowersAndOnLettersJoin() {
        assertEquals("Ly6Chi 和 Ly6Clo", body("Ly6C^{hi} 和 Ly6C^{lo}"));
        assertEquals("Ly6Chi/Ly6Clo", body("$\\mathrm{Ly6C}^{hi}/\\mathrm{Ly6C}^{lo}$"));
        assertEquals("10^5 cells, 5 m^2", body("10^{5} cells, 5 $\\text{m}^{2}$"));
        assertEquals("Ca2+", body("$\\mathrm{Ca}^{2+}$"));
    }

    @Test
    void leavesFrontMatterAffiliationMarksOutsideMath() {
        assertEquals("齐泽强^{1,2*}, Wang Yadong^{1*}", LatexInlineNormalizer.normalize("齐泽强^{1,2*}, Wang Yadong^{1*}", false));
    }

    @Test
    void keepsMathThatIsOnlyAFrontMatterMarkAsOneMarkGroup() {
        // 心理学 manuscript (ChinaXiv, MinerU): the marks of a byline written as math, \\ast for the star.
        assertEquals("李纾 ^{1,4*} ，郑昱 ^{5*}",
                LatexInlineNormalizer.normalize("李纾 $^ { 1 , 4 } *$ ，郑昱 $^ { 5 } \\ast$", false));
        assertEquals("x^2", LatexInlineNormalizer.normalize("$x^{2}$", false));
    }

    @Test
    void leavesLoneDollarsAlone() {
        assertEquals("costs $5 per dose", body("costs $5 per dose"));
    }
}
