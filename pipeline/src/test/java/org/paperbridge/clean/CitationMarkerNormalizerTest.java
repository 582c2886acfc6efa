package org.paperbridge.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.paperbridge.clean.TestBlocks.body;
import static org.paperbridge.clean.TestBlocks.in;
import static org.paperbridge.clean.TestBlocks.texts;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperbridge.ingest.Block;
import org.paperbridge.ingest.BlockKind;
import org.paperbridge.ingest.Zone;

class CitationMarkerNormalizerTest {
    private final CitationMarkerNormalizer normalizer = new CitationMarkerNormalizer();

    private static List<Block> withReferences(int count, Block... blocks) {
        List<Block> all = new ArrayList<>(List.of(blocks));
        all.add(in(Zone.REFERENCES, BlockKind.HEADING, "参考文献"));
        for (int i = 1; i <= count; i++) {
            all.add(in(Zone.REFERENCES, BlockKind.LIST_ITEM, "[" + i + "] Author A. Title[J]. 2020."));
        }
        return all;
    }

    @Test
    void writesEveryBracketedFormCanonically() {
        assertEquals("干细胞可被诱导分化成肝细胞[1],发挥抗炎作用[2,3]。",
                CitationMarkerNormalizer.bracketed("干细胞可被诱导分化成肝细胞^[1],发挥抗炎作用$^{[2, 3]}$。"));
        assertEquals("见文献[4-6]与[7,9]及[10-12]和[13]",
                CitationMarkerNormalizer.bracketed("见文献^{[4–6]}与<sup>[7，9]</sup>及［10～12］和［13］"));
    }

    @Test
    void leavesPowersAndLabelsAlone() {
        List<Block> out = normalizer.apply(withReferences(25,
                body("注射 1.0×10^5/kg 细胞, Ly6C^{hi} 巨噬细胞, 面积 5 m^2, 见文献[1]。")));
        assertEquals("注射 1.0×10^5/kg 细胞, Ly6C^{hi} 巨噬细胞, 面积 5 m^2, 见文献[1]。", out.get(0).text());
    }

    @Test
    void bareSuperscriptNumbersAreCitationsOnlyInBareStyleArticles() {
        List<Block> out = normalizer.apply(withReferences(12,
                body("干细胞可被诱导分化成肝细胞^{12},发挥抗炎作用<sup>3,4</sup>, 见 cells^5 与 10^5 及 m^2。")));
        assertEquals("干细胞可被诱导分化成肝细胞[12],发挥抗炎作用[3,4], 见 cells[5] 与 10^5 及 m^2。", out.get(0).text());
    }

    @Test
    void bareSuperscriptBeyondTheReferenceListIsNotACitation() {
        List<Block> out = normalizer.apply(withReferences(3, body("肝细胞^{12}")));
        assertEquals("肝细胞^{12}", out.get(0).text());
    }

    @Test
    void bracketedStyleKeepsBareSuperscriptsAsTheyAre() {
        List<Block> out = normalizer.apply(withReferences(12, body("见文献[1], 肝细胞^{2}")));
        assertEquals("见文献[1], 肝细胞^{2}", out.get(0).text());
    }

    @Test
    void frontMatterSuperscriptsBecomeBraceForm() {
        List<Block> out = normalizer.apply(List.of(in(Zone.FRONT, BlockKind.PARAGRAPH, "齐泽强<sup>1,2*</sup>, 王亚东$^{1}$")));
        assertEquals(List.of("齐泽强^{1,2*}, 王亚东^{1}"), texts(out));
    }

    @Test
    void referenceListIsLeftAsPrinted() {
        Block ref = in(Zone.REFERENCES, BlockKind.LIST_ITEM, "［1］ 王亚东. 肝衰竭［J］. 2020.");
        assertEquals(ref, normalizer.apply(List.of(ref)).get(0));
    }
}
