package org.paperbridge.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperbridge.ingest.Block;
import org.paperbridge.ingest.BlockKind;
import org.paperbridge.ingest.Zone;

class FrontMatterParserTest {
    private final FrontMatterParser parser = new FrontMatterParser();

    private static Block front(String text) {
        return new Block(text, BlockKind.PARAGRAPH, Zone.FRONT, 1, 0);
    }

    private static Block footnote(String text) {
        return new Block(text, BlockKind.FOOTNOTE, Zone.UNKNOWN, 1, 0);
    }

    @Test
    void recoversEveryFrontMatterFactOfTheSeed() throws IOException {
        Path seed = FrontMatterFacts.root().resolve("fixtures/seed");
        List<String> paragraphs = FrontMatterFacts.paragraphs(seed.resolve("000_ce62bb77f3435be5.txt"));
        List<Block> blocks = new ArrayList<>();
        // Title to Key words: the 12 paragraphs before the untitled introduction.
        for (String p : paragraphs.subList(0, 12)) {
            blocks.add(front(p));
        }
        // The first-page footnotes, which the text puts between two halves of a body paragraph.
        for (String p : paragraphs.subList(14, 17)) {
            blocks.add(footnote(p));
        }
        assertTrue(blocks.get(12).text().startsWith("收稿日期"));

        FrontMatter fm = parser.parse(blocks);

        FrontMatterFacts.assertMatches(FrontMatterFacts.json(seed.resolve("expected.json")), fm);
        assertTrue(fm.warnings().contains("no article number found"), fm.warnings().toString());
    }

    @Test
    void recoversBracketLabelledFrontMatterWithNumberedAffiliations() throws IOException {
        assertFixture("zh_bracket_labels_numbered_affiliations.md");
    }

    @Test
    void recoversEnglishFirstFrontMatterWithBareLabels() throws IOException {
        assertFixture("en_first_bare_labels_vancouver.txt");
    }

    private void assertFixture(String name) throws IOException {
        Path dir = FrontMatterFacts.root().resolve("fixtures/articles");
        FrontMatter fm = parser.parse(FrontMatterFacts.frontBlocks(dir.resolve(name)));
        String expected = name.replaceFirst("\\.[a-z]+$", "") + ".expected.json";
        FrontMatterFacts.assertMatches(FrontMatterFacts.json(dir.resolve(expected)), fm);
    }

    @Test
    void missingFieldsStayEmptyWithWarnings() {
        FrontMatter fm = parser.parse(List.of(front("骨髓间充质干细胞治疗肝衰竭的作用机制")));

        assertEquals("骨髓间充质干细胞治疗肝衰竭的作用机制", fm.title().zh());
        assertNull(fm.title().en());
        assertTrue(fm.authors().isEmpty());
        assertTrue(fm.warnings().contains("no English title found"));
        assertTrue(fm.warnings().contains("no Chinese abstract found"));
        assertTrue(fm.warnings().contains("no DOI found"));
    }

    @Test
    void oddInputGivesWarningsNotExceptions() {
        List<Block> odd = new ArrayList<>();
        odd.add(front("*** ^{ ( 【 "));
        odd.add(front("摘要"));
        odd.add(footnote("收稿日期: 不详"));
        odd.add(footnote("基金项目: ()"));
        odd.add(front("1. ;;"));
        odd.add(null);

        FrontMatter fm = parser.parse(odd);

        assertNull(fm.dates().received());
        assertTrue(fm.warnings().stream().anyMatch(w -> w.startsWith("unreadable received date")));
        assertTrue(parser.parse(null).warnings().contains("no Chinese title found"));
    }

    @Test
    void journalHeaderAndColumnNameAboveTheTitleAreNotTheTitle() {
        FrontMatter fm = parser.parse(List.of(front("第44卷 第11期 2024年11月"), front("综 述"),
                front("骨髓间充质干细胞治疗肝衰竭的作用机制"), front("齐泽强, 王亚东*"),
                front("河北医科大学第三医院 感染科, 河北 石家庄 050051")));

        assertEquals("骨髓间充质干细胞治疗肝衰竭的作用机制", fm.title().zh());
        assertEquals(2, fm.authors().size());
        assertEquals(List.of(0), fm.authors().get(1).affiliations());
    }

    @Test
    void englishFrontMatterAfterTheChineseOneIsFoundByLanguage() {
        FrontMatter fm = parser.parse(List.of(front("骨髓间充质干细胞治疗肝衰竭的作用机制"), front("齐泽强, 王亚东*"),
                front("摘要: 肝衰竭是临床一类急危重症肝病。"), front("关键词: 肝衰竭; 再生"),
                front("Mechanism of stem cells in liver failure"), front("QI Zeqiang, WANG Yadong*"),
                front("Abstract: Liver failure is a severe disease."), front("Key words: liver failure; regeneration"),
                footnote("通信作者: 王亚东, E-mail: wang@example.cn")));

        assertEquals("Mechanism of stem cells in liver failure", fm.title().en());
        assertEquals("WANG Yadong", fm.authors().get(1).name().en());
        assertEquals("wang@example.cn", fm.authors().get(1).email());
        assertEquals(List.of("liver failure", "regeneration"), fm.keywordsEn());
    }

    @Test
    void englishTitleRunIntoItsBylineIsSplitAndTheRunningHeaderIsNoByline() {
        // 计算机技术与发展 2020(10): the English front matter as one block, the journal's name as a running header.
        FrontMatter fm = parser.parse(List.of(
                new Block("COMPUTER TECHNOLOGY AND DEVELOPMENT", BlockKind.RUNNING, Zone.FRONT, 1, 0),
                front("基于 SDN 的组播安全机制"), front("李旭阳，郜帅，国兴昌，刘宁春"),
                front("摘要：传统 IP 组播在安全方面存在身份认证、消息加密困难的问题。"), front("关键词：组播；软件定义网络"),
                front("SDN-based Multicast Security Mechanism LI Xu-yang, GAO Shuai, GUO Xing-chang, LIU Ning-chun"
                        + "（National Engineering Laboratory for NGI Interconnection Devices, Beijing Jiaotong University, "
                        + "Beijing 100044, China）Abstract: Traditional IP multicast has difficulties in identity "
                        + "authentication. Key words: multicast; SDN; digital certificate")));

        assertEquals("SDN-based Multicast Security Mechanism", fm.title().en());
        assertEquals(List.of("LI Xu-yang", "GAO Shuai", "GUO Xing-chang", "LIU Ning-chun"),
                fm.authors().stream().map(a -> a.name().en()).toList());
        assertEquals("Traditional IP multicast has difficulties in identity authentication.", fm.abstractText().en());
        assertEquals(List.of("multicast", "SDN", "digital certificate"), fm.keywordsEn());
    }

    @Test
    void aKeywordLineEndingOnASeparatorGoesOnInTheNextBlock() {
        // 应用数学学报 2011: the English keyword line wraps, its last keyword on a line of its own.
        FrontMatter fm = parser.parse(List.of(front("Abstract In this article, we propose a general class of models."),
                front("Key words semiparametric rates models; recurrent event; marginal regression;"),
                front("estimating equation"), front("MR(2000) Subject Classification 62G05; 62N015")));

        assertEquals(List.of("semiparametric rates models", "recurrent event", "marginal regression", "estimating equation"),
                fm.keywordsEn());
    }

    @Test
    void anEnglishTitleWrappedOntoASecondBlockIsJoined() {
        // 广西植物 (MinerU JSON): the title's second line came out as a block of its own.
        FrontMatter fm = parser.parse(List.of(front("Studies on the NaCl pretreatments improving the cold"),
                front("tolerance of the two M. species"),
                front("LIU Yu-Mei 1*, JIN Liang ², SONG Zhi-Yu³, ZHOU Shuang³ (1. Xiamen overseas Chinese subtropical "
                        + "plant introduction garden, Xiamen 361002,China.2 Tan Kah Kee College, Xiamen University, "
                        + "Xiamen 363105,China)"),
                front("Abstract: Manilkara roxburghiana (Wight) Dubard are precious tropical fruit trees.")));

        assertEquals("Studies on the NaCl pretreatments improving the cold tolerance of the two M. species", fm.title().en());
        assertEquals(List.of("LIU Yu-Mei", "JIN Liang", "SONG Zhi-Yu", "ZHOU Shuang"),
                fm.authors().stream().map(a -> a.name().en()).toList());
    }

    @Test
    void structuredAbstractSplitOverBlocksIsKeptAsOneText() {
        FrontMatter fm = parser.parse(List.of(front("摘要: 目的 探讨IL-6的预测价值。"), front("方法 回顾性纳入126例。"),
                front("结论 IL-6升高提示预后不良。"), front("关键词: 肝衰竭")));

        assertEquals("目的 探讨IL-6的预测价值。 方法 回顾性纳入126例。 结论 IL-6升高提示预后不良。", fm.abstractText().zh());
    }

    @Test
    void unlabelledEmailFootnoteGoesToTheStarredAuthor() {
        FrontMatter fm = parser.parse(List.of(front("肝衰竭的细胞治疗"), front("齐泽强, 王亚东✉"),
                footnote("✉ wang@example.cn")));

        assertTrue(fm.authors().get(1).corresponding());
        assertEquals("wang@example.cn", fm.authors().get(1).email());
        assertNull(fm.authors().get(0).email());
    }

    @Test
    void labelsOfDifferentFieldsInOneFootnoteAreAllRead() {
        FrontMatter fm = parser.parse(List.of(footnote(
                "收稿日期：2023年10月31日 录用日期：2024-05 基金项目：国家自然科学基金(81970123) 作者简介：张三(1980-)，男")));

        assertEquals("2023-10-31", fm.dates().received());
        assertEquals("2024-05", fm.dates().accepted());
        assertEquals(1, fm.funding().size());
        assertEquals("81970123", fm.funding().get(0).grant());
    }

    @Test
    void readsTheBylineADoiRanInto() {
        // MinerU Markdown of a 中国全科医学 article: the DOI line and the byline came out as one line.
        FrontMatter fm = parser.parse(List.of(front("高血压合并支气管哮喘：机制与管理"),
                front("10.12114/j.issn.1007-9572.2022.0587孙瑞¹，潘熠1，谭爱华²，王建新，王璇¹，张立晶 1")));

        assertEquals("10.12114/j.issn.1007-9572.2022.0587", fm.identifiers().doi());
        assertEquals(6, fm.authors().size());
        assertEquals("孙瑞", fm.authors().get(0).name().zh());
    }

    @Test
    void aStandAloneAbstractLabelTakesTheNextBlockAsItsText() {
        FrontMatter fm = parser.parse(List.of(front("Abstract:"),
                front("[Objective] Measuring people's attitude towards COVID-19 vaccination is relatively distinctive.")));

        assertEquals("[Objective] Measuring people's attitude towards COVID-19 vaccination is relatively distinctive.",
                fm.abstractText().en());
    }

    @Test
    void splitsABylineAndItsAffiliationsThatAConverterLeftInOneBlock() {
        // 植物生态学报 2016 (ChinaXiv, MinerU): the byline wraps, the affiliations follow in the same paragraph.
        FrontMatter fm = parser.parse(List.of(front("广西主要森林土壤有机碳空间分布及其影响因素"),
                front("杜虎1,2 曾馥平1,2* 宋同清1,2 温远光³李春干3.4彭晚霞1,² 张 浩1.2\n曾昭霞1.2\n"
                        + "1中国科学院亚热带农业生态研究所亚热带农业生态过程重点实验室，长沙 410125；2中国科学院环江喀斯特生态系统观测研究站，广西环江 547100;\n"
                        + "3广西大学林学院，南宁 530004;4广西林业勘测设计院，南宁 530004")));
        assertEquals(List.of("杜虎", "曾馥平", "宋同清", "温远光", "李春干", "彭晚霞", "张浩", "曾昭霞"),
                fm.authors().stream().map(a -> a.name().zh()).toList());
        assertEquals("中国科学院亚热带农业生态研究所亚热带农业生态过程重点实验室，长沙 410125", fm.affiliations().get(0).zh());
        assertEquals(List.of(2, 3), fm.authors().get(4).affiliations());
    }

    @Test
    void cutsAnUnlabelledBiographyRunIntoTheByline() {
        // 心理学通讯 2018 (ChinaXiv, MinerU): the first author's biography follows the byline in one block.
        FrontMatter fm = parser.parse(List.of(front("视频材料中双眼注视视差的情绪面孔相关性：双眼协调"),
                front("陈飞虎，赵广平陈飞虎，男，27岁，祖籍湖北神农架，现居广东清远。毕业于闽南师范大学教育科学院心理学系。"),
                front("闽南师范大学，福建36300")));
        assertEquals(List.of("陈飞虎", "赵广平"), fm.authors().stream().map(a -> a.name().zh()).toList());
        assertEquals("闽南师范大学，福建36300", fm.affiliations().get(0).zh());
    }

    @Test
    void cutsAChineseTitleRunIntoItsBylineAndAffiliations() {
        // 动物营养学报 manuscript (ChinaXiv, MinerU): title, byline and affiliations on one line.
        FrontMatter fm = parser.parse(List.of(front("饲养密度与活动空间对肉鸡免疫和应激指标的影响卢营杰」苗志强1\\* 李建慧」杨　鹰²杨 玉1\\*\\*"
                + "（1.山西农业大学动物科技学院，太谷030801;2.中国农业大学动物科技学院，北京100193)"),
                front("摘要：本试验旨在探究饲养密度与活动空间对肉鸡免疫和应激指标的影响。")));
        assertEquals("饲养密度与活动空间对肉鸡免疫和应激指标的影响", fm.title().zh());
        assertEquals(List.of("卢营杰", "苗志强", "李建慧", "杨鹰", "杨玉"), fm.authors().stream().map(a -> a.name().zh()).toList());
        assertEquals("山西农业大学动物科技学院，太谷030801", fm.affiliations().get(0).zh());
    }

    @Test
    void cutsASpacedBylineOffATitleWithoutMarks() {
        // 动物营养学报 (ChinaXiv): names spaced, no marks, the last two glued, one address.
        FrontMatter fm = parser.parse(List.of(front("嗜酸乳杆菌发酵棉籽粕对黄羽肉鸡生长性能、屠宰性能和血清生化指标的影响"
                + "张晓羊 王永强 张文举\\* 刘建成杨亮（石河子大学动物科技学院，石河子832003）")));
        assertEquals("嗜酸乳杆菌发酵棉籽粕对黄羽肉鸡生长性能、屠宰性能和血清生化指标的影响", fm.title().zh());
        assertEquals(List.of("张晓羊", "王永强", "张文举", "刘建成", "杨亮"), fm.authors().stream().map(a -> a.name().zh()).toList());
    }

    @Test
    void leavesATitleWithAStraySpaceWhole() {
        // A converter's space inside a title word (…耐药位点基 因突变) does not make two names.
        FrontMatter fm = parser.parse(List.of(front("应用LNA-PCR法检测乙型肝炎病毒阿德福韦酯耐药位点基 因突变"),
                front("张晓勇1，罗乾成2")));
        assertEquals("应用LNA-PCR法检测乙型肝炎病毒阿德福韦酯耐药位点基 因突变", fm.title().zh());
    }
}
