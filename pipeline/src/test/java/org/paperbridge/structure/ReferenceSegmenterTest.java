package org.paperbridge.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperbridge.ingest.Block;
import org.paperbridge.ingest.BlockKind;
import org.paperbridge.ingest.Zone;

/** Snippets of reference lists from the real-article corpus (fixtures/realdocs, tune part). */
class ReferenceSegmenterTest {
    private static List<ReferenceSegmenter.Entry> entries(String... blocks) {
        List<Block> in = new java.util.ArrayList<>();
        for (String b : blocks) {
            in.add(new Block(b, BlockKind.PARAGRAPH, Zone.REFERENCES, 0, 0));
        }
        return new ReferenceSegmenter().segment(in);
    }

    private static List<Integer> numbers(List<ReferenceSegmenter.Entry> entries) {
        return entries.stream().map(ReferenceSegmenter.Entry::n).toList();
    }

    @Test
    void readsEntriesNumberedWithoutBracketsEvenWhenTheNameFollowsTheNumberUnspaced() {
        // 中国科学院院刊 2017 (MinerU content_list.json): "1 杨伟民．…", "3方创琳．…".
        List<ReferenceSegmenter.Entry> e = entries("1 杨伟民．发展规划的理论和实践．北京：清华大学出版社,2010:32-36.\n"
                + "2 陈雯,闫东升,孙伟.市县“多规合一”与改革创新:问题、挑战与路径关键.规划师,2015,(2):17-21.\n"
                + "3方创琳.城市多规合一的科学认知与技术路径探析.中国土地科学,2017,31(1): 23-31.");
        assertEquals(List.of(1, 2, 3), numbers(e));
        assertEquals("方创琳.城市多规合一的科学认知与技术路径探析.中国土地科学,2017,31(1): 23-31.", e.get(2).text());
    }

    @Test
    void cutsEntriesThatAConverterRanTogetherAtTheNextBracketedNumber() {
        // 中国生态农业学报 2017: the whole list is one text block.
        List<ReferenceSegmenter.Entry> e = entries("[1]李平华，张慧，王宝山．盐胁迫下植物细胞离子稳态重建 机制[J]．西北植物学报,2003,23(10):1810-1817"
                + " Li P H, Zhang H,Wang B S.Ionic homeostasis of plant under salt stress[J].Acta Botanica Boreali-Occidentalia Sinica,"
                + " 2003,23(10): 1810-1817 [2] Zhu JH,Lee B H,Dellinger M,et al.A cellulose synthase-like protein is required"
                + " [3]Wang X. Another entry[J]. Plant J, 2012, 4: 1-9");
        assertEquals(List.of(1, 2, 3), numbers(e));
        assertEquals("Zhu JH,Lee B H,Dellinger M,et al.A cellulose synthase-like protein is required", e.get(1).text());
    }

    @Test
    void startsAnAuthorYearEntryOnEachLineThatOpensWithANameAndAYear() {
        // 广西植物 2018: one line per entry, no numbers (the lines of one Markdown block, hard breaks kept).
        List<ReferenceSegmenter.Entry> e = entries("GIRE V& DULIC V， 2015. Senescence from G2 arrest, revisited [J]. Cell Cycle, 14(3):297- 304.\n"
                + "HUANG L，WANGJ,LU F， et al, 2013.Mechanism study on anti-proliferative effects of curcumol in human\n"
                + "hepatocarcinoma HepG2 cells[J]. China J Chin Mat Med, 38(11): 1812-1815.\n"
                + "陈飞虎，陈顺森，赵广平.(2016).ASD儿童看动漫时注视点间距的筛查敏感性.闽南师范大学学报,29(4),101-106.");
        assertEquals(3, e.size());
        assertEquals("HUANG L，WANGJ,LU F， et al, 2013.Mechanism study on anti-proliferative effects of curcumol in human"
                + " hepatocarcinoma HepG2 cells[J]. China J Chin Mat Med, 38(11): 1812-1815.", e.get(1).text());
    }

    @Test
    void endsTheListWhereANeighbouringArticlesListStartsAgainAtOne() {
        // 电子设计工程 2016: after this article's 8 references the page holds another article's, from [1].
        List<ReferenceSegmenter.Entry> e = entries("[1]徐孟祥.基于FPGA的高速误码仪研制[D].长沙:国防科技大学，2005.",
                "[2] LIU Yue-feng. Design of simulator [C]. Proceedings of IEEE ICEMI'2013，2013:285-290.",
                "[3]唐辉艳.基于FPGA的实时仿真系统的设计与实现[D].北京:北京邮电大学，2011.",
                "[1]王麟琨,王春喜,柳晓菁.KNX技术简介及特点分析[J].通讯与网络，2012,6(5):79-84.");
        assertEquals(List.of(1, 2, 3), numbers(e));
    }

    @Test
    void dropsANumberPrintedWithNothingAfterIt() {
        // 应用数学学报 LaTeX sample: "[3]" is an empty placeholder.
        assertEquals(List.of(1, 2), numbers(entries("[1] Wang Z Q, Willem M. Singular Minimization Problems. J. Differential Equations, 2000, 161(2): 307-320",
                "[2] Willem M. Minimax Theorems. Boston: Birkhauser, 1996", "[3]")));
    }

    @Test
    void readsNumbersWhoseBracketsAConverterMisreadOrLost() {
        // 西藏3种野生牧草 (草地学报, MinerU): ［3」; 中国生态农业学报 2017 (content list): 10]Li J with no opening bracket.
        List<ReferenceSegmenter.Entry> e = entries("[2］张宪洲，何永涛.西藏地区可持续发展面临的主要生态环境问题及对策.中国科学院院刊，2015，30（3）：306-312.\n"
                + "［3」王先明.西藏农业自然条件与资源特点.西藏科技，1994，（3)：36-52.\n"
                + "[4］朱宝文,李周藏.兴海县草地生态现状及成因分析.草业科学，2004,24（4）：88-92.\n"
                + "10]Li J,Ou-Lee T M,Raba R,et al. Arabidopsis flavonoid mutants are hypersensitive to UV-B irradiation[J].1993\n"
                + "11]Jacobs M,Rubery P H.Naturally occurring auxin transport regulators[J]. Science,1988,241(4863): 346-349");
        assertEquals(List.of(2, 3, 4, 10, 11), numbers(e));
        assertEquals("王先明.西藏农业自然条件与资源特点.西藏科技，1994，（3)：36-52.", e.get(1).text());
    }

    @Test
    void aListWhoseFirstEntriesLostTheirNumbersIsReadByItsNumbersAfterThem() {
        // 生态学报 2018 (MinerU): the first entries of the list came out without numbers.
        List<ReferenceSegmenter.Entry> e = entries("Hutchison J S, Henry H A L. Additive effects of warming. Ecosystems,2010,13(5):661-672.",
                "[4]Bradford M A. Soil Science Society of America Journal,2012,76(6):2068-2073.",
                "[5］胡波，王云琦.模拟氮沉降对土壤酸化的影响.环境科学研究，2015,28（3):418-424.");
        assertEquals(List.of(1, 4, 5), numbers(e));
    }

    @Test
    void anEntryMarkedAsAHeadingIsStillAnEntry() {
        // 全极化综合孔径辐射计 (MinerU): "# [5」吴季，…".
        List<Block> in = List.of(new Block("[4] Yan J Y. Conical beam interferometer[C]. 2009.", BlockKind.PARAGRAPH, Zone.REFERENCES, 0, 0),
                new Block("[5」吴季，刘浩，阎敬业，等.干涉式被动微波成像技术[J」.遥感技术与应用，2009,24(1):1-12.", BlockKind.HEADING, Zone.REFERENCES, 0, 0),
                new Block("参考文献：", BlockKind.HEADING, Zone.REFERENCES, 0, 0));
        assertEquals(List.of(4, 5), numbers(new ReferenceSegmenter().segment(in)));
    }

    @Test
    void readsNumbersWhoseBracketsOcrLostAmongBracketedEntries() {
        // 森林土壤溶液 (中国科学院 ChinaXiv, MinerU): [1]-[3] lost their brackets, 1 and 2 run together.
        List<ReferenceSegmenter.Entry> e = entries("Hutchison JS, Henry HAL. Additive effects of warming. Ecosystems，2010，13(5）：661-672.2 李化山，汪金松，刘星.模拟氮沉降对太岳山油松林土壤呼吸的影响.环境科学学报，2014,34(1):238-249.\n"
                + "3 Waldrop MP, Zak DR. Microbial community response. Soil Biology and Biochemistry，2004，36(9）：1443-1451.\n"
                + "[4]Zhang W, Yu G R. Soil Science Society of America Journal，2012，76(6)：2068-2073.");
        assertEquals(List.of(1, 2, 3, 4), numbers(e));
        assertEquals("李化山，汪金松，刘星.模拟氮沉降对太岳山油松林土壤呼吸的影响.环境科学学报，2014,34(1):238-249.", e.get(1).text());
        // a decimal or a volume after a full stop is no entry: no name follows it
        assertEquals(1, entries("[1] Li J. Growth rose by 3.2 %. Acta, 2010, 3. 2, 45-50.").size());
    }

    @Test
    void startsAnAuthorYearEntryAtASurnameWithInitialsAfterPagesEvenWithAGarbledYear() {
        // 古生物学 tip-dating review (ChinaXiv, MinerU): OCR read 2008 as "o08".
        List<ReferenceSegmenter.Entry> e = entries("Barido-Sottani J, Vaughan TG, Stadler T, 2020. A Multi-Type Birth-Death model. Syst Biol,69: 973-986\n"
                + "Brusate SL,BentonMJ,Ruta Metal.,o08.Superiority,competition,and opportunism. Science,321: 1485-1488\n"
                + "Drummond A, Ho S, Philips M et al., 2006. Relaxed phylogenetics. Plos Biol,4:e88");
        assertEquals(List.of(1, 2, 3), numbers(e));
    }

    @Test
    void endsTheListWhereTheNumberingGoesBackByMoreThanOne() {
        // 空间科学学报 (ChinaXiv, MinerU): after 14 the page holds the tail of another article's list, from 4.
        StringBuilder list = new StringBuilder();
        for (int n = 1; n <= 11; n++) {
            list.append(n).append(" Li J. Title ").append(n).append("[J]. Acta, 2001, 3: 1-2.\n");
        }
        List<ReferenceSegmenter.Entry> e = entries(list + "12 吴诗其.通信系统概论[M].清华大学出版社， 2005:84.\n"
                + "13 吴志中.移动通信无线电波传播[M].人民邮电出版社， 2002.\n"
                + "14 GoldSmith A.Wireless communication[M].Cambridge University Press 2005. (编辑:薛永利)\n"
                + "4 Herman G T.Image reconstruction from projections[M].Academic press INC 1980.\n"
                + "5 Besson G.CT image reconstruction from fan-parallel data [J].Medical Physics 1999 26:415-426.");
        assertEquals(List.of(12, 13, 14), numbers(e.subList(11, e.size())));
        // a number OCR misread as the one before it does not end the list
        assertEquals(List.of(46, 47, 47, 48), numbers(entries("[46] 乔俊.太湖地区.农业环境科学学报，2015.\n[47] 胡波.模拟.环境科学研究,2015.\n"
                + "[47] 傅柳松.模拟酸雨.环境科学，1993.\n[48] 应小芳.土壤中的铝.生态环境，2003.")));
    }
}
