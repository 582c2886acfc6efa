package org.paperbridge.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class LabelSplitterTest {
    private final LabelSplitter splitter = new LabelSplitter();

    private List<LabelSplitter.Field> fields(String text) {
        return splitter.split(text).fields();
    }

    @Test
    void splitsSeveralIdentifierLabelsInOneBlock() {
        assertEquals(List.of(new LabelSplitter.Field(FrontLabel.CLC, "R575.3"),
                        new LabelSplitter.Field(FrontLabel.DOCUMENT_CODE, "A"),
                        new LabelSplitter.Field(FrontLabel.ARTICLE_NUMBER, "1001-6325(2024)11-1608-06")),
                fields("中图分类号: R575.3 文献标志码: A 文章编号: 1001-6325(2024)11-1608-06"));
    }

    @Test
    void readsTraditionalScriptLabelsAndKeepsThePrintedValues() {
        assertEquals(List.of(new LabelSplitter.Field(FrontLabel.CLC, "R575.3"),
                        new LabelSplitter.Field(FrontLabel.DOCUMENT_CODE, "A"),
                        new LabelSplitter.Field(FrontLabel.ARTICLE_NUMBER, "1001-6325(2024)11-1608-06")),
                fields("中圖分類號: R575.3 文獻標誌碼: A 文章編號: 1001-6325(2024)11-1608-06"));
        assertEquals(List.of(new LabelSplitter.Field(FrontLabel.KEYWORDS_ZH, "肝衰竭; 間充質幹細胞")),
                fields("關 鍵 詞：肝衰竭; 間充質幹細胞"));
        assertEquals(FrontLabel.FUNDING, fields("基金項目: 河北省自然科學基金(H2023206042)").get(0).label());
        assertEquals(FrontLabel.CORRESPONDENCE, fields("通訊作者: 王亞東").get(0).label());
    }

    @Test
    void acceptsLabelWithoutColonAtBlockStart() {
        assertEquals(List.of(new LabelSplitter.Field(FrontLabel.ABSTRACT_ZH, "肝衰竭是临床一类急危重症肝病。")),
                fields("摘要 肝衰竭是临床一类急危重症肝病。"));
        assertEquals(List.of(new LabelSplitter.Field(FrontLabel.ABSTRACT_EN, "Liver failure is severe.")),
                fields("Abstract Liver failure is severe."));
    }

    @Test
    void acceptsBracketedLetterSpacedAndFullWidthColonLabels() {
        assertEquals(FrontLabel.ABSTRACT_ZH, fields("【摘要】 目的 探讨…").get(0).label());
        assertEquals(FrontLabel.ABSTRACT_ZH, fields("[摘要] 目的").get(0).label());
        assertEquals("肝衰竭; 再生", fields("关 键 词：肝衰竭; 再生").get(0).value());
        assertEquals(FrontLabel.KEYWORDS_EN, fields("KEY WORDS: liver").get(0).label());
        assertEquals(FrontLabel.KEYWORDS_EN, fields("【Key words】 liver").get(0).label());
        assertEquals(FrontLabel.ABSTRACT_ZH, fields("内容摘要: 本文").get(0).label());
    }

    @Test
    void keepsLabelWordsInsideRunningTextAsText() {
        List<LabelSplitter.Field> f = fields("Abstract: We read the abstract and keywords of 120 papers.");
        assertEquals(1, f.size());
        assertEquals("We read the abstract and keywords of 120 papers.", f.get(0).value());
    }

    @Test
    void splitsAbstractFromKeywordsInOneBlock() {
        List<LabelSplitter.Field> f = fields("摘要: 肝衰竭是急危重症。关键词: 肝衰竭; 再生");
        assertEquals(List.of(FrontLabel.ABSTRACT_ZH, FrontLabel.KEYWORDS_ZH), f.stream().map(LabelSplitter.Field::label).toList());
        assertEquals("肝衰竭是急危重症。", f.get(0).value());
    }

    @Test
    void readsFootnoteLabelsWithStarAndTranslation() {
        LabelSplitter.Split s = splitter.split("* 通信作者(corresponding author): a@b.cn");
        assertEquals("", s.unlabelled());
        assertEquals(List.of(new LabelSplitter.Field(FrontLabel.CORRESPONDENCE, "a@b.cn")), s.fields());
        assertEquals(List.of(FrontLabel.RECEIVED, FrontLabel.REVISED),
                fields("收稿日期: 2023-10-31 修回日期: 2024-05-08").stream().map(LabelSplitter.Field::label).toList());
        assertEquals("肝衰竭", fields("关键词(Key words) 肝衰竭").get(0).value());
    }

    @Test
    void keepsFunderNamesThatContainLabelWords() {
        List<LabelSplitter.Field> f = fields("基金项目: 国家自然科学基金项目(81970123); 河北省自然科学基金(H2023206042)");
        assertEquals(1, f.size());
        assertTrue(f.get(0).value().startsWith("国家自然科学基金项目"));
    }

    @Test
    void readsDoiWithOrWithoutColon() {
        assertEquals(FrontLabel.DOI, fields("DOI: 10.1/x").get(0).label());
        assertEquals(FrontLabel.DOI, fields("doi:10.1/x").get(0).label());
        assertEquals("10.1/x", fields("DOI 10.1/x").get(0).value());
        assertTrue(fields("https://doi.org/10.1/x").isEmpty());
    }

    @Test
    void readsLowerCaseDoiLabelBetweenOtherIdentifiers() {
        assertEquals(List.of(new LabelSplitter.Field(FrontLabel.CLC, "TP393"),
                        new LabelSplitter.Field(FrontLabel.DOCUMENT_CODE, "A"),
                        new LabelSplitter.Field(FrontLabel.DOI, "10.3969/j.issn.1673-629X.2023.10.010"),
                        new LabelSplitter.Field(FrontLabel.ARTICLE_NUMBER, "1673-629X(2023)10-0059-07")),
                fields("中图分类号: TP393 文献标识码: A doi: 10.3969/j.issn.1673-629X.2023.10.010文章编号: 1673-629X(2023)10-0059-07"));
        assertTrue(fields("the doi: of the record").isEmpty());
    }

    @Test
    void leavesUnlabelledBlocksWhole() {
        LabelSplitter.Split s = splitter.split("骨髓间充质干细胞治疗肝衰竭的作用机制");
        assertTrue(s.fields().isEmpty());
        assertEquals("骨髓间充质干细胞治疗肝衰竭的作用机制", s.unlabelled());
    }

    @Test
    void readsAKeyWordsLabelRunIntoALowerCaseWord() {
        // 植物生态学报 (MinerU, ChinaXiv 201605.00428): the space after the label was lost.
        assertEquals(List.of(new LabelSplitter.Field(FrontLabel.KEYWORDS_EN, "soil organic carbon; forest type; Guangxi")),
                fields("Key wordssoil organic carbon; forest type; Guangxi"));
        assertEquals(1, fields("Abstract: Key words are chosen by the authors.").size());
    }

    @Test
    void readsAKeyWordsLabelRunIntoTheAbstractAndItsFirstKeyword() {
        // 空间科学学报 (MinerU, ChinaXiv 201605.01664): the keyword line joined to the abstract paragraph.
        List<LabelSplitter.Field> f = fields("Abstract Effects of the nonuniform feedback magnetic field are studied."
                + " CSC sensor is more conducive to the space magnetic field detection. Key wordsMagnetic field exploration,"
                + " Fluxgate magnetometer, Feedback coil");
        assertEquals(FrontLabel.ABSTRACT_EN, f.get(0).label());
        assertEquals(new LabelSplitter.Field(FrontLabel.KEYWORDS_EN, "Magnetic field exploration, Fluxgate magnetometer, Feedback coil"),
                f.get(1));
        assertEquals(1, fields("Abstract We chose the Key words. Key words Matter less in running text.").size());
    }

    @Test
    void aCitationLabelEndsTheKeywordsBeforeIt() {
        // 植物生态学报 (MinerU): 引用格式 run into the last keyword, then the DOI.
        List<LabelSplitter.Field> f = fields("关键词土壤有机碳；森林类型；广西引用格式：杜虎，曾馥平(2016).广西主要森林.植物生态学报，40,1-1.doi: 10.17521/cjpe.2015.0199");
        assertEquals(new LabelSplitter.Field(FrontLabel.KEYWORDS_ZH, "土壤有机碳；森林类型；广西"), f.get(0));
        assertEquals(FrontLabel.CITATION, f.get(1).label());
        assertEquals(FrontLabel.DOI, f.get(2).label());
    }
}
