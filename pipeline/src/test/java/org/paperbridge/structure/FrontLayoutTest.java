package org.paperbridge.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperbridge.structure.FrontLayout.Entry;
import org.paperbridge.structure.FrontLayout.Layout;

class FrontLayoutTest {
    private final FrontBlockClassifier classifier = new FrontBlockClassifier();
    private final FrontLayout layout = new FrontLayout();

    private List<Entry> entries(String... texts) {
        List<Entry> out = new ArrayList<>();
        for (String t : texts) {
            out.add(new Entry(t, classifier.classify(t)));
        }
        return out;
    }

    @Test
    void takesTheTextNearestAboveTheAuthorsAsTitle() {
        Layout zh = layout.layout(entries("示例医学杂志", "骨髓间充质干细胞治疗肝衰竭的作用机制*", "齐泽强, 王亚东*",
                "河北医科大学第三医院 感染科, 河北 石家庄 050051"), true);

        assertEquals("骨髓间充质干细胞治疗肝衰竭的作用机制", zh.title());
        assertEquals(2, zh.authors().authors().size());
        assertEquals(List.of("河北医科大学第三医院 感染科, 河北 石家庄 050051"), zh.affiliationBlocks());
    }

    @Test
    void shortTitleCaseTitleIsNotTakenForAnAuthor() {
        Layout en = layout.layout(entries("Liver Regeneration", "Zeqiang Qi, Yadong Wang"), false);

        assertEquals("Liver Regeneration", en.title());
        assertEquals("Zeqiang Qi", en.authors().authors().get(0).name());
    }

    @Test
    void joinsSubtitleToTitle() {
        Layout zh = layout.layout(entries("肝衰竭的细胞治疗", "——骨髓间充质干细胞的作用机制", "齐泽强, 王亚东"), true);

        assertEquals("肝衰竭的细胞治疗——骨髓间充质干细胞的作用机制", zh.title());
    }

    @Test
    void bracketedAffiliationsAfterTheNamesAreAffiliations() {
        Layout zh = layout.layout(entries("肝衰竭的细胞治疗", "王亚东(河北医科大学第三医院 感染科, 河北 石家庄 050051)"), true);

        assertEquals("王亚东", zh.authors().authors().get(0).name());
        assertEquals(List.of("(河北医科大学第三医院 感染科, 河北 石家庄 050051)"), zh.affiliationBlocks());
    }

    @Test
    void withoutAuthorsTheFirstTextIsTheTitle() {
        Layout en = layout.layout(entries("骨髓间充质干细胞治疗肝衰竭", "Mechanism of stem cells in liver failure"), false);

        assertEquals("Mechanism of stem cells in liver failure", en.title());
        assertNull(en.authors());
    }
}
