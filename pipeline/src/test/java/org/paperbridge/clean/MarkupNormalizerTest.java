package org.paperbridge.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.paperbridge.clean.TestBlocks.in;
import static org.paperbridge.clean.TestBlocks.para;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperbridge.ingest.Block;
import org.paperbridge.ingest.BlockKind;
import org.paperbridge.ingest.Zone;

class MarkupNormalizerTest {
    @Test
    void removesEmphasis() {
        assertEquals("核受体 Nr4a1 和转录因子 Cebp β 活化", MarkupNormalizer.normalize("核受体 *Nr4a1* 和转录因子 *Cebp β* 活化"));
        assertEquals("Wesley BT, Ross ADB, et al. Single-cell atlas[J]. Nat Cell Biol, 2022",
                MarkupNormalizer.normalize("Wesley BT, Ross ADB, *et al.* Single-cell atlas[J]. *Nat Cell Biol*, 2022"));
        assertEquals("2.1 方法", MarkupNormalizer.normalize("**2.1 方法**"));
        assertEquals("the gene TP53 is", MarkupNormalizer.normalize("the gene _TP53_ is"));
    }

    @Test
    void keepsTheCorrespondingAuthorStar() {
        assertEquals("齐泽强, 郭庭煜, 吴治念, 王亚东*", MarkupNormalizer.normalize("齐泽强, 郭庭煜, 吴治念, 王亚东*"));
        assertEquals("齐泽强1, 郭庭煜2*, 王亚东1*", MarkupNormalizer.normalize("齐泽强1, 郭庭煜2*, 王亚东1*"));
        assertEquals("QI Zeqiang*, WANG Yadong*", MarkupNormalizer.normalize("QI Zeqiang*, WANG Yadong*"));
    }

    @Test
    void removesTagsDecodesEntitiesAndEscapes() {
        assertEquals("齐泽强^{1,2*}", MarkupNormalizer.normalize("齐泽强<sup>1,2*</sup>"));
        assertEquals("H2O 与 CO2", MarkupNormalizer.normalize("H<sub>2</sub>O 与 CO<sub>2</sub>"));
        assertEquals("p<0.05 & x>1", MarkupNormalizer.normalize("<span class=\"a\">p&lt;0.05 &amp; x&gt;1</span>"));
        assertEquals("1*2 [1] #x", MarkupNormalizer.normalize("1\\*2 \\[1\\] \\#x"));
        assertEquals("α-SMA", MarkupNormalizer.normalize("&alpha;-SMA"));
        assertEquals("IL-6<IL-10 and x<y and z>w", MarkupNormalizer.normalize("IL-6<IL-10 and x<y and z>w"));
    }

    @Test
    void leavesLatexMathAndTablesAlone() {
        assertEquals("$a_{i} \\times b_{j}$", MarkupNormalizer.normalize("$a_{i} \\times b_{j}$"));
        Block table = in(Zone.BODY, BlockKind.TABLE, "<table><tr><td>1</td></tr></table>");
        assertEquals(table, new MarkupNormalizer().apply(List.of(table)).get(0));
    }

    @Test
    void dropsBlocksLeftEmpty() {
        assertEquals(1, new MarkupNormalizer().apply(List.of(para("<img src=\"a.jpg\"/>"), para("正文"))).size());
    }
}
