package org.paperbridge.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.paperbridge.clean.TestBlocks.para;
import static org.paperbridge.clean.TestBlocks.zones;
import static org.paperbridge.ingest.Zone.BODY;
import static org.paperbridge.ingest.Zone.FRONT;
import static org.paperbridge.ingest.Zone.REFERENCES;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperbridge.ingest.Block;
import org.paperbridge.ingest.BlockKind;
import org.paperbridge.ingest.Zone;

class ZoneTaggerTest {
    private final ZoneTagger tagger = new ZoneTagger();
    private static final String LONG_ZH = "肝脏作为机体重要器官,在调控代谢、消化、解毒与免疫等方面发挥重要功能。"
            + "据统计全球每年100多万人因肝病及其相关并发症死亡。各种损肝因素导致的肝细胞大量坏死,肝脏功能严重障碍。";

    @Test
    void frontRunsThroughTheLastLabelBeforeTheBody() {
        List<Block> out = tagger.apply(List.of(
                para("骨髓间充质干细胞治疗肝衰竭的作用机制"), para("齐泽强, 王亚东*"),
                para("摘要: 肝衰竭是临床一类急危重症肝病。"), para("关键词: 肝衰竭; 再生"),
                para("DOI: 10.16352/j.issn.1001-6325.2024.11.1608"),
                para("Mechanism of bone marrow-derived mesenchymal stem cells"), para("QI Zeqiang, WANG Yadong*"),
                para("Abstract: Liver failure is a kind of acute and severe liver disease."),
                para("Key words: liver failure; regeneration"),
                para(LONG_ZH), para("1 骨髓间充质干细胞的特性与优势"), para("正文。"),
                para("参考文献:"), para("[1] Wesley BT. Single-cell atlas[J]. 2022.")));
        assertEquals(List.of(FRONT, FRONT, FRONT, FRONT, FRONT, FRONT, FRONT, FRONT, FRONT,
                BODY, BODY, BODY, REFERENCES, REFERENCES), zones(out));
    }

    @Test
    void englishFrontMatterKeptAsOneLongBlockIsFront() {
        // A CNKI-style PDF layer (计算机技术与发展 2020): title, byline, address, abstract and keywords in one
        // block, in full-width letters, after the Chinese keywords and before "0 引言".
        String english = "ＳＤＮ－ｂａｓｅｄ Ｍｕｌｔｉｃａｓｔ Ｓｅｃｕｒｉｔｙ Ｍｅｃｈａｎｉｓｍ ＬＩ Ｘｕ－ｙａｎｇ, ＧＡＯ Ｓｈｕａｉ"
                + "（Ｂｅｉｊｉｎｇ Ｊｉａｏｔｏｎｇ Ｕｎｉｖｅｒｓｉｔｙ, Ｂｅｉｊｉｎｇ １０００４４, Ｃｈｉｎａ）Ａｂｓｔｒａｃｔ： "
                + "Traditional IP multicast has difficulties in identity authentication and message encryption in terms "
                + "of security. The emergence of SDN makes these security problems have new solutions. Based on "
                + "in-depth analysis, a secure multicast mechanism based on SDN is proposed. "
                + "Ｋｅｙ ｗｏｒｄｓ： multicast; SDN; digital certificate";
        List<Block> out = tagger.apply(List.of(
                para("基于 SDN 的组播安全机制"), para("李旭阳，郜帅"), para("摘要：传统 IP 组播在安全方面存在问题。"),
                para("关键词：组播；软件定义网络 中图分类号：TP393"), para(english), para("0 引言"), para(LONG_ZH)));
        assertEquals(List.of(FRONT, FRONT, FRONT, FRONT, FRONT, BODY, BODY), zones(out));
    }

    @Test
    void fullWidthEnglishLabelsMarkFrontMatter() {
        List<Block> out = tagger.apply(List.of(
                para("标题"), para("关键词：标识解析映射"),
                para("ｄｏｉ：１０．３９６９／ ｊ．ｉｓｓｎ．１６７３－６２９Ｘ．２０２２．１２．０１２ Identity Resolution and Mapping "
                        + "Mechanism for Multidimensional Unified Identity Architecture MIAO Jing-ying, GAO Shuai"),
                para("Ｋｅｙ ｗｏｒｄｓ： identity resolution and mapping"), para("0 引言"), para(LONG_ZH)));
        assertEquals(List.of(FRONT, FRONT, FRONT, FRONT, BODY, BODY), zones(out));
    }

    @Test
    void labelsMayBeSpacedBracketedOrStandAlone() {
        List<Block> out = tagger.apply(List.of(
                para("标题"), para("【摘要】"), para(LONG_ZH), para("摘 要"), para(LONG_ZH),
                para("关 键 词 肝衰竭"), para("一、引言"), para(LONG_ZH)));
        assertEquals(List.of(FRONT, FRONT, FRONT, FRONT, FRONT, FRONT, BODY, BODY), zones(out));
    }

    @Test
    void bodyStartsAtTheFirstNumberedHeadingWithoutLabels() {
        List<Block> out = tagger.apply(List.of(para("肝衰竭的治疗进展"), para("张三 李四"),
                para("1 引言"), para("正文。")));
        assertEquals(List.of(FRONT, FRONT, BODY, BODY), zones(out));
    }

    @Test
    void englishFrontMatterAfterTheReferencesIsFront() {
        List<Block> out = tagger.apply(List.of(
                para("题目"), para("摘要: 研究。"), para("关键词: 肝"), para(LONG_ZH),
                para("参考文献"), para("[1] Wesley BT. Single-cell atlas[J]. Nat Cell Biol, 2022."),
                para("[2] Shi H. CD47-SIRPα axis[J]. doi:10.1126/scitrans-"), para("lmed.abp8309."),
                para("Mechanism of stem cells in liver failure"), para("QI Zeqiang, WANG Yadong"),
                para("Department of Infectious Disease, Hebei Medical University, Shijiazhuang 050051, China"),
                para("Abstract: Liver failure is severe."), para("Key words: liver failure")));
        assertEquals(List.of(FRONT, FRONT, FRONT, BODY, REFERENCES, REFERENCES, REFERENCES, REFERENCES,
                FRONT, FRONT, FRONT, FRONT, FRONT), zones(out));
    }

    @Test
    void englishFirstFrontMatterWithChineseAfterIt() {
        List<Block> out = tagger.apply(List.of(
                para("Title in English"), para("Abstract"), para("A long English abstract paragraph. ".repeat(10)),
                para("Keywords: liver"), para("中文题目"), para("作者"), para("摘要：中文摘要。"), para("关键词：肝"),
                para("1. Introduction"), para("Text.")));
        assertEquals(List.of(FRONT, FRONT, FRONT, FRONT, FRONT, FRONT, FRONT, FRONT, BODY, BODY), zones(out));
    }

    @Test
    void footnotesKeepTheirKindInAnyZone() {
        Block note = Block.of("收稿日期: 2023-10-31", BlockKind.FOOTNOTE);
        List<Block> out = tagger.apply(List.of(para("摘要: 研究。"), para(LONG_ZH), note, para("续。")));
        assertEquals(BlockKind.FOOTNOTE, out.get(2).kind());
        assertEquals(Zone.BODY, out.get(2).zone());
    }

    @Test
    void aLongBylineBlockBeforeShortAffiliationLinesStaysFront() {
        // MinerU Markdown of a 中国全科医学 case report: the DOI, the byline and the funding note in one
        // long block, then short affiliation lines, then the bracketed abstract label.
        List<Block> out = tagger.apply(List.of(para("GREB1L基因突变致后天性单侧肾萎缩1例并文献复习"),
                para("10.12114/j.issn.1007-9572.2022.0505孙涛’彭映潮史卓’高春林」夏正坤 *基金项目：江苏省医学创新团队课题（CXTDA2017022）"),
                para("1.210002，江苏省南京市，东部战区总医院儿科"), para("2.210002，江苏省南京市，南方医科大学第一临床医学院（东部战区总医院）"),
                para("儿科"), para("*通讯作者：夏正坤，教授，主任医师，Email:njxzk@126.com"),
                para("Acquired unilateral renal atrophy caused by GREBiL gene mutation: a case report and literature review"),
                para("【摘要】目的 探讨GREB1L 基因突变致后天性单侧肾萎缩的特征。"), para("【关键词】肾萎缩；儿童"),
                para(LONG_ZH)));
        assertEquals(List.of(FRONT, FRONT, FRONT, FRONT, FRONT, FRONT, FRONT, FRONT, FRONT, BODY), zones(out));
    }

    @Test
    void aMarkedFieldLabelDoesNotStartTheBody() {
        // 广西植物 2018 (MinerU): the footnote mark 1 before 收稿日期 looks like section 1.
        List<Block> out = tagger.apply(List.of(para("莪术醇诱导人肝癌HepG2细胞衰老及其机制研究"), para("黄岚珍1²，杨飞城，阳 晶1²"),
                para("摘要：细胞衰老是指细胞从活跃增殖进入生长停滞状态的不可逆转的过程。"), para("1 收稿日期：2018-02-28"),
                para("关键词：莪术醇，肿瘤细胞早衰"), para(LONG_ZH)));
        assertEquals(List.of(FRONT, FRONT, FRONT, FRONT, FRONT, BODY), zones(out));
    }

    @Test
    void aKeyWordsLabelRunIntoItsFirstKeywordIsFront() {
        List<Block> out = tagger.apply(List.of(para("广西主要森林土壤有机碳空间分布及其影响因素"), para("摘要为阐明广西区森林土壤有机碳密度分布格局。"),
                para("Abstract"), para("AimsOur objectives were to study the spatial distribution of soil organic carbon (SOC) density and its"
                        + " influencing factors in the main forest ecosystems in Guangxi province, which hold a large share of the"
                        + " carbon of the region's soils and whose spatial pattern is not yet known at the scale of the province."),
                para("Key wordssoil organic carbon; spatial heterogeneity; forest type; Guangxi"), para(LONG_ZH)));
        assertEquals(List.of(FRONT, FRONT, FRONT, FRONT, FRONT, BODY), zones(out));
    }
}
