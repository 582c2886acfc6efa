package org.paperbridge.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.paperbridge.clean.TestBlocks.para;
import static org.paperbridge.clean.TestBlocks.texts;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperbridge.ingest.Block;

class LineNumberRemoverTest {
    private final LineNumberRemover remover = new LineNumberRemover();

    @Test
    void dropsAManuscriptsLineNumbers() {
        // MinerU Markdown of a ChinaXiv manuscript (心理学, 2021): the first page numbers its lines.
        List<Block> in = List.of(para("接种还是不接种疫苗？一项对待不确定性"), para("2 “趋避冲突”的态度调查"),
                para("3 杜思源¹²，戴亦馨，李佩威¹²，赵宁¹²\n4 1中国科学院心理研究所，北京100101\n5 ²中国科学院大学心理学系，北京10049"),
                para("6 3清华大学医学院，北京100084"), para("7 摘要："),
                para("8 [目的］测量民众接种新冠病毒疫苗的真实意愿与常规态度调查方法所测出来的接种意\n9 愿的差异。"),
                para("10 [方法］我们于2021年1月22日至27日调查了全国30个省/市/自治区（除西藏自治\n11 区）共3123人"));
        List<String> out = texts(remover.apply(in));
        assertEquals("“趋避冲突”的态度调查", out.get(1));
        assertEquals("杜思源¹²，戴亦馨，李佩威¹²，赵宁¹²\n1中国科学院心理研究所，北京100101\n²中国科学院大学心理学系，北京10049", out.get(2));
        assertEquals("摘要：", out.get(4));
        assertEquals("[方法］我们于2021年1月22日至27日调查了全国30个省/市/自治区（除西藏自治\n区）共3123人", out.get(6));
    }

    @Test
    void leavesNumberedListsAlone() {
        // A reference list numbered without brackets (图书情报工作, ChinaXiv): each entry ends where it ends.
        List<Block> refs = List.of(para("1 Hahn K L. Research Library Publishing Services[R]. 2008."),
                para("2 Mullins J L, Murray-Rust C. Library Publishing Services[R]. 2012."),
                para("3 Library Publishing Coalition. What is Publishing?[EB/OL]. [2017-09-22]."),
                para("4 Vandergrift M, Bolick J. Free to All[J]. 2014, 2(4)."), para("5 吴立宗，王亮绪. 科学数据出版[J]. 2013."),
                para("6 耿相新. 论按需出版[J]. 出版发行研究, 2013(3)."), para("7 Shotton D. Semantic Publishing[J]. 2009."),
                para("8 曾建勋. 开拓图书馆的出版服务[J]. 数字图书馆论坛, 2015(5)."), para("9 徐丽芳. 数据密集[J]. 2013."));
        assertEquals(texts(refs), texts(remover.apply(refs)));
        List<Block> affiliations = List.of(para("1 中国科学院心理研究所，北京100101"), para("2 中国科学院大学心理学系，北京10049"),
                para("3 清华大学医学院，北京100084"));
        assertEquals(texts(affiliations), texts(remover.apply(affiliations)));
    }

    @Test
    void dropsTheNumbersOfAFirstPageThatOnlyNumbersItsFrontMatter() {
        // MinerU Markdown of ChinaXiv manuscripts (动物营养学报, 2018): only the title, byline,
        // affiliation and the abstract's first lines carry numbers, one with its space lost.
        List<Block> in = List.of(para("1 营养因子对非反刍动物肠道黏膜免疫的调控作用"), para("2 梁　静」聂存喜1*张文举1*寇莎莎 2"),
                para("3 （石河子大学动物科技学院，石河子832000）"),
                para("4摘要：肠道具有将肠腔内容物与机体内环境隔离的功能，防止致病性抗原（肠腔内细菌、\n"
                        + "5 有毒物质、食物抗原等）侵入黏膜下层组织，从而维持机体内环境的相对稳定。这一过程中"),
                para("关键词：肠道黏膜免疫；营养因子"));
        List<String> out = texts(remover.apply(in));
        assertEquals("营养因子对非反刍动物肠道黏膜免疫的调控作用", out.get(0));
        assertEquals("梁　静」聂存喜1*张文举1*寇莎莎 2", out.get(1));
        assertEquals("（石河子大学动物科技学院，石河子832000）", out.get(2));
        assertEquals("摘要：肠道具有将肠腔内容物与机体内环境隔离的功能，防止致病性抗原（肠腔内细菌、\n"
                + "有毒物质、食物抗原等）侵入黏膜下层组织，从而维持机体内环境的相对稳定。这一过程中", out.get(3));
    }

    @Test
    void followsAFrontRunOverLostLinesAndNumbers() {
        // 动物营养学报 manuscript (ChinaXiv 2018): the run starts at 2, two affiliation lines lost
        // their numbers; a later heading number out of sequence is not part of it.
        List<Block> in = List.of(para("2 彭馥芝1,2董莲花 1,2 冉茂良1.2 翁波1,2 陈斌1,2*"),
                para("(1.湖南农业大学动物科学技术学院，长沙 410128；2.畜禽遗传改良湖南省重点实验室，长"),
                para("沙 410128)"), para("5 摘要：泛素-蛋白酶体途径（UPP）是真核细胞蛋白质主要降解途径，在调节蛋白质相互"),
                para("1 泛素-蛋白酶体途径"));
        List<String> out = texts(remover.apply(in));
        assertEquals("彭馥芝1,2董莲花 1,2 冉茂良1.2 翁波1,2 陈斌1,2*", out.get(0));
        assertEquals("摘要：泛素-蛋白酶体途径（UPP）是真核细胞蛋白质主要降解途径，在调节蛋白质相互", out.get(3));
        assertEquals("1 泛素-蛋白酶体途径", out.get(4));
    }

    @Test
    void leavesNumberedHeadingsAtTheStartAlone() {
        // An article whose first lines are its numbered headings: short lines, one ending in a Han character.
        List<Block> in = List.of(para("1 Introduction"), para("Hepatic stellate cells (肝星状细胞) drive fibrosis of the liver."),
                para("2 方法"), para("肝星状细胞在慢性肝损伤后被激活，是肝纤维化的主要效应细胞。"));
        List<String> out = texts(new LineNumberRemover().apply(in));
        assertEquals("1 Introduction", out.get(0));
        assertEquals("2 方法", out.get(2));
    }

    @Test
    void leavesATitleThatOpensWithANumberAlone() {
        // One numbered first line is no run: a title such as 2型糖尿病… keeps its number.
        List<Block> in = List.of(para("2型糖尿病患者血糖控制的影响因素分析"), para("张三1，李四2"), para("摘要：目的 分析。"));
        assertEquals(texts(in), texts(remover.apply(in)));
    }
}
