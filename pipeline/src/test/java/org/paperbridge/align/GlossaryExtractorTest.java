package org.paperbridge.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.paperbridge.model.GlossaryEntry;

class GlossaryExtractorTest {
    private static final Path SEED = Path.of(System.getProperty("paperbridge.root", ".."), "fixtures", "seed");

    private final GlossaryExtractor extractor = new GlossaryExtractor();

    private GlossaryEntry only(String paragraph) {
        List<GlossaryEntry> g = extractor.extract(List.of(paragraph));
        assertEquals(1, g.size(), g.toString());
        return g.get(0);
    }

    @Test
    void startsTheTermAtALatinTokenTheEnglishShares() {
        assertEquals(new GlossaryEntry("TNF 刺激基因 6", "TNF stimulated gene 6", "TSG-6"),
                only("乙醇诱导小鼠肝损伤模型证实,敲除 TNF 刺激基因 6 (TNF stimulated gene 6, TSG-6) 后治疗作用显著减弱。"));
        assertEquals(new GlossaryEntry("GLI 家族锌指蛋白 1", "GLI family zinc finger 1", "Gli1"),
                only("激活信号通路,促进巨噬细胞 GLI 家族锌指蛋白 1 (GLI family zinc finger 1, Gli1) 和胞内结构域核易位。"));
    }

    @Test
    void stopsBeforeAWordTheEnglishDoesNotExplain() {
        assertEquals("基质金属蛋白酶", only("同时诱导巨噬细胞增殖,伴随基质金属蛋白酶(matrix metallo proteinase, MMP)-13 分泌升高。").zh());
        assertEquals("终末期肝病模型", only("通过分化为肝细胞,能够改善肝衰竭患者终末期肝病模型(model for end-stage liver disease, MELD)评分。").zh());
        assertEquals("信号调节蛋白α", only("CD47-信号调节蛋白α (signal regulatory protein α, SIRPα) 信号通路发挥重要作用。").zh());
    }

    @Test
    void readsFullWidthParenthesesAndEmphasisMarks() {
        assertEquals(new GlossaryEntry("结缔组织生长因子", "connective tissue growth factor", "CTGF"),
                only("上调相关基因和结缔组织生长因子（connective tissue growth factor，*CTGF*）促进肝细胞增殖。"));
    }

    @Test
    void minesChineseTermWithAbbreviationOnlyAndEnglishFullForm() {
        List<GlossaryEntry> g = extractor.extract(List.of("骨髓间充质干细胞(BM-MSCs)具有向肝细胞分化的作用。",
                "Bone marrow-derived mesenchymal stem cells (BM-MSCs) have the function of differentiating into hepatocytes."));
        assertEquals(List.of(new GlossaryEntry("骨髓间充质干细胞", "Bone marrow-derived mesenchymal stem cells", "BM-MSCs")), g);
    }

    @Test
    void rejectsAFullFormThatDoesNotMakeTheAbbreviation() {
        assertEquals(List.of(), extractor.extract(List.of("治疗组肝功能改善(liver function, MELD)明显。",
                "河北省自然科学基金(H2023206042)资助,累积生存率升高 (73.2% vs 55.6%)。")));
    }

    @Test
    void findsEveryGlossaryEntryOfTheSeedArticle() throws IOException {
        List<GlossaryEntry> got = extractor.extract(seedBody());
        JsonNode expected = new ObjectMapper().readTree(SEED.resolve("expected.json").toFile()).get("glossary");
        List<String> misses = new ArrayList<>();
        for (JsonNode e : expected) {
            String zh = squeeze(e.get("zh").asText());
            boolean hit = got.stream().anyMatch(g -> g.abbr() != null && squeeze(g.abbr()).equals(squeeze(e.get("abbr").asText()))
                    && g.en() != null && greek(g.en()).equalsIgnoreCase(greek(e.get("en").asText()))
                    && g.zh() != null && squeeze(g.zh()).endsWith(zh) && squeeze(g.zh()).length() <= zh.length() + 2);
            if (!hit) {
                misses.add(e.toString());
            }
        }
        assertTrue(misses.isEmpty(), "missed " + misses + "\ngot " + got);
    }

    /** The seed's body paragraphs, Greek spacing closed as the clean stage leaves it. */
    static List<String> seedBody() throws IOException {
        String all = Files.readString(SEED.resolve("000_ce62bb77f3435be5.txt"));
        String body = all.substring(all.indexOf("Key words"), all.indexOf("参考文献"));
        List<String> out = new ArrayList<>();
        for (String block : body.split("\\n\\s*\\n")) {
            String b = block.strip();
            if (!b.isEmpty() && !b.startsWith("Key words")) {
                out.add(b.replaceAll("(?<=[\\p{IsHan}A-Za-z0-9\\-]) +(?=\\p{IsGreek})", "")
                        .replaceAll("(?<=\\p{IsGreek}) +(?=[,，)）])", ""));
            }
        }
        return out;
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static String greek(String s) {
        return s.replaceAll("\\s*(\\p{IsGreek})\\s*", "$1").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    @Test
    void takesNoEnglishWordOrNameForAnAbbreviation() {
        // real snippets (ChinaXiv): a translated word, a Latin genus, a glued phrase, a person's name
        assertEquals(List.of(), extractor.extract(List.of(
                "其中对设施(Facility)、人员服务(Staff)的评价最高。",
                "主要包括罂粟属（Papaver）、风毛菊属（Saussurea）。",
                "# 1词频分析与可视化云图  词云（WordCloud）是对文本中出现频率较高的关键词予以视觉上的突出。",
                "1865年托马斯·詹克斯（Thomas Jenckes）提出了第一个文官改革法。")));
        assertEquals("GNI", only("城镇化和工商业发展带来了国民收入的大幅度提高。人均国民收入（GNI）持续增长。").abbr());
    }

    @Test
    void startsAnEnglishFullFormAfterThePreviousDefinition() {
        List<GlossaryEntry> g = extractor.extract(List.of(
                "The silage additive decreased the contents of neutral detergent fiber (NDF),acid detergent fiber (ADF) and"
                        + " increased dry matter (DM)."));
        assertEquals(List.of(new GlossaryEntry(null, "neutral detergent fiber", "NDF"),
                new GlossaryEntry(null, "acid detergent fiber", "ADF"), new GlossaryEntry(null, "dry matter", "DM")), g);
    }

    @Test
    void startsTheChineseTermAfterTheWordsThatOpenItsClause() {
        // real snippets (ChinaXiv): a light verb, a conjunction, a count before the term; 被 of 被测设计 stays
        assertEquals("非加权配对算术平均法", only("根据计算结果采用非加权配对算术平均法(unweighted pair group method with arithmetic"
                + " mean,UPGMA)构建系统发育树。").zh());
        assertEquals("分子动力学", only("然后利用分子动力学(MD)模拟了突变体的结构。").zh());
        assertEquals("丁酸", only("测定乳酸含量、丙酸含量和丁酸(butyric acid，BA)含量。").zh());
        assertEquals("单倍体基因组当量", only("结果表明8个靶标检测限都可低至10个单倍体基因组当量（HGE）。").zh());
        assertEquals("被测设计", only("测试用例（Testbench）和被测设计（DUT）都运行在主机上。").zh());
    }

    @Test
    void givesTheEnglishFullFormWithTheSpacesTheConverterLost() {
        GlossaryEntry e = only("2007年启动的人类微生物组计划(humanmicrobiomeproject,HMP)是研究人体微生物的重大项目。");
        assertEquals(new GlossaryEntry("人类微生物组计划", "human microbiome project", "HMP"), e);
    }

    @Test
    void takesNoUnitQuantityOrFormulaForATerm() {
        // real snippets (ChinaXiv): units and quantities after a name, formula residue of a converted equation
        assertEquals(List.of(), extractor.extract(List.of(
                "自带中频滤波可选输出中频信号 (MHz)。",
                "小雨强(50mm/h)和大雨强(90mm/h)下径流量差异显著。",
                "其中符号位(1bit)、指数位(8bit)。",
                "部署区域增大为一个(l+2r)的正方形，之间的最大距离为O(log3/4L)。")));
    }

    @Test
    void startsTheTermAfterAnAdverbialCopula() {
        assertEquals("巡回旅行商问题", only("其中应用领域最广的就是巡回旅行商问题(TSP)。").zh());
    }

    @Test
    void givesEachInitialOfAnAbbreviationAWordOfTheTerm() {
        assertEquals("甚长基线干涉测量技术", only("甚长基线干涉测量技术(VLBI)是目前角分辨率最高的天文观测技术，").zh());
        assertEquals("逆转录环介导等温扩增技术", only("此，利用RNA易降解的特性，可采用逆转录环介导等温扩增技术（RT-LAMP）进行检测。").zh());
        assertEquals("中国气象局综合气象信息共享平台", only("资料数据来源于中国气象局综合气象信息共享平台（CIMISS）。").zh());
    }

    @Test
    void endsTheTermAfterAMeasureOrAPrepositionBeforeIt() {
        assertEquals("中芯国际", only("该芯片采用 0 . 1 8μ m 的中芯国际（SMIC）标准工艺。").zh());
        assertEquals("全钾", only("受土壤吸附作用影响,雨强对全钾(TK)的影响较小。").zh());
    }

    @Test
    void keepsChineseForTheEnglishWordsTheDictionaryDoesNotKnow() {
        assertEquals("高速输入总线", only("变成数字信号后经高速输入总线（High Speed Input，HSI）到数据处理单元。").zh());
        assertEquals("硬件专用集成电路",
                only("为了解决干涉阵数据实时处理问题，传统方案采用硬件专用集成电路（Application Specific Integrated Circuit，ASIC）。").zh());
    }

    @Test
    void keepsTwoMeaningsOfOneAbbreviationApart() {
        List<GlossaryEntry> g = extractor.extract(List.of("参照GB/T6437-2002，采用钼黄吸光光度法测总磷（TP）含量；",
                "检测血清中尿素氮(UN)、葡萄糖(GLU)、总蛋白(TP)含量。"));
        List<String> tp = g.stream().filter(e -> e.abbr().equals("TP")).map(GlossaryEntry::zh).toList();
        assertEquals(2, tp.size(), g.toString());
        assertTrue(tp.get(0).endsWith("总磷") && tp.get(1).equals("总蛋白"), tp.toString());
    }

    @Test
    void mergesPiecesOfOneTermThatOverlap() {
        List<GlossaryEntry> g = extractor.extract(List.of("壤中流全磷(TP)浓度随时间变化。", "地表径流中全磷(TP)的流失量较大。"));
        assertEquals(1, g.stream().filter(e -> e.abbr().equals("TP")).count(), g.toString());
    }
}
