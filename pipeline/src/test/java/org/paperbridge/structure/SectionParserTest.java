package org.paperbridge.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.paperbridge.ingest.Block;
import org.paperbridge.ingest.BlockKind;
import org.paperbridge.ingest.Zone;
import org.paperbridge.model.Citation;
import org.paperbridge.model.CodePoints;
import org.paperbridge.model.Paragraph;
import org.paperbridge.model.Section;
import org.paperbridge.model.Span;

class SectionParserTest {
    private static final Set<Integer> REFS = IntStream.rangeClosed(1, 25).boxed().collect(Collectors.toSet());
    private final SectionParser parser = new SectionParser();

    private static Block heading(String text) {
        return new Block(text, BlockKind.HEADING, Zone.BODY, 1, 0);
    }

    private static Block para(String text) {
        return new Block(text, BlockKind.PARAGRAPH, Zone.BODY, 1, 0);
    }

    private static List<Section> walk(List<Section> sections) {
        List<Section> out = new ArrayList<>();
        for (Section s : sections) {
            out.add(s);
            out.addAll(walk(s.sections()));
        }
        return out;
    }

    @Test
    void buildsSeedSectionTreeWithParagraphsAndCitations() throws IOException {
        List<Section> all = walk(parser.parse(SeedFixture.bodyBlocks(), REFS));
        JsonNode expected = SeedFixture.expected().get("sections");
        assertEquals(expected.size(), all.size());
        for (int i = 0; i < all.size(); i++) {
            JsonNode e = expected.get(i);
            Section s = all.get(i);
            String at = "section " + i;
            assertEquals(e.get("number").isNull() ? null : e.get("number").asText(), s.number(), at);
            assertEquals(e.get("level").asInt(), s.level(), at);
            assertEquals(e.get("title").isNull() ? null : e.get("title").asText(), s.title(), at);
            assertEquals(e.get("paragraphs").asInt(), s.paragraphs().size(), at);
            Set<Integer> cites = new TreeSet<>();
            s.paragraphs().forEach(p -> p.citations().forEach(c -> cites.addAll(c.refs())));
            List<Integer> want = new ArrayList<>();
            e.get("cites").forEach(n -> want.add(n.asInt()));
            assertEquals(want, List.copyOf(cites), at);
        }
        Section s21 = all.get(3);
        assertEquals("s2.1", s21.id());
        assertEquals(List.of("s2.1", "s2.2", "s2.3"), all.get(2).sections().stream().map(Section::id).toList());
    }

    @Test
    void citationSpansPointAtMarkersInSeedParagraphs() throws IOException {
        for (Section s : walk(parser.parse(SeedFixture.bodyBlocks(), REFS))) {
            for (Paragraph p : s.paragraphs()) {
                for (Citation c : p.citations()) {
                    String marker = CodePoints.substring(p.text(), new Span(c.start(), c.end()));
                    assertTrue(marker.startsWith("[") && marker.endsWith("]"), marker);
                }
            }
        }
    }

    @Test
    void nestsChineseNumberingFamiliesIntoDottedNumbers() {
        List<Section> all = walk(parser.parse(List.of(heading("一、引言"), heading("（一）背景"), heading("1. 来源"),
                heading("(1) 细节"), heading("2. 去向"), heading("（二）方法"), heading("二、结果")), Set.of()));
        assertEquals(List.of("1", "1.1", "1.1.1", "1.1.1.1", "1.1.2", "1.2", "2"),
                all.stream().map(Section::number).toList());
        assertEquals(List.of(1, 2, 3, 4, 3, 2, 1), all.stream().map(Section::level).toList());
        assertEquals(List.of("引言", "背景", "来源", "细节", "去向", "方法", "结果"),
                all.stream().map(Section::title).toList());
    }

    @Test
    void nestsDottedNumbersByTheirParts() {
        List<Section> top = parser.parse(List.of(heading("1. Introduction"), heading("2 方法"), heading("2.1 细胞"),
                heading("2.1.1 培养"), heading("(1) 分组"), heading("2.2 动物"), heading("3 结果")), Set.of());
        assertEquals(List.of("1", "2", "3"), top.stream().map(Section::number).toList());
        assertEquals("Introduction", top.get(0).title());
        Section s2 = top.get(1);
        assertEquals(List.of("2.1", "2.2"), s2.sections().stream().map(Section::number).toList());
        Section s211 = s2.sections().get(0).sections().get(0);
        assertEquals(3, s211.level());
        assertEquals("2.1.1.1", s211.sections().get(0).number());
        assertEquals(4, s211.sections().get(0).level());
    }

    @Test
    void keepsUnnumberedHeadingsAtGivenLevelWithUniqueIds() {
        List<Section> top = parser.parse(List.of(heading("引言"), para("甲。"), heading("1 方法"),
                new Block("细胞培养", BlockKind.HEADING, Zone.BODY, 1, 2), para("乙。"), heading("致谢"), para("丙。")),
                Set.of());
        assertEquals(List.of("s0", "s1", "s0-3"), top.stream().map(Section::id).toList());
        assertNull(top.get(0).number());
        assertEquals("引言", top.get(0).title());
        assertEquals(1, top.get(0).level());
        Section sub = top.get(1).sections().get(0);
        assertEquals("细胞培养", sub.title());
        assertEquals(2, sub.level());
        assertEquals("s0-2", sub.id());
        assertEquals("致谢", top.get(2).title());
    }

    @Test
    void putsLeadingTextInUntitledSectionOnlyWhenPresent() {
        List<Section> top = parser.parse(List.of(para("前言文字。"), heading("1 方法"), para("内容。")), Set.of());
        assertEquals(2, top.size());
        assertNull(top.get(0).number());
        assertNull(top.get(0).title());
        assertEquals(1, top.get(0).level());
        assertEquals("s0", top.get(0).id());
        assertEquals(1, parser.parse(List.of(heading("1 方法"), para("内容。")), Set.of()).size());
    }

    @Test
    void numbersParagraphsAcrossSectionsAndSkipsNonParagraphBlocks() {
        List<Block> blocks = List.of(heading("1 方法"), para("一。"),
                new Block("收稿日期: 2023", BlockKind.FOOTNOTE, Zone.BODY, 1, 0),
                new Block("表 1", BlockKind.CAPTION, Zone.BODY, 1, 0),
                new Block("a | b", BlockKind.TABLE, Zone.BODY, 1, 0),
                new Block("x = y", BlockKind.EQUATION, Zone.BODY, 1, 0),
                new Block("中华医学杂志", BlockKind.RUNNING, Zone.BODY, 1, 0),
                heading("2 结果"), para("二。"), para("三。"));
        List<Section> top = parser.parse(blocks, Set.of());
        assertEquals(List.of("p1"), top.get(0).paragraphs().stream().map(Paragraph::id).toList());
        assertEquals(List.of("p2", "p3"), top.get(1).paragraphs().stream().map(Paragraph::id).toList());
        assertTrue(top.get(1).paragraphs().get(0).sentences().isEmpty());
    }

    @Test
    void linksOnlyMarkersOfListedReferences() {
        Paragraph p = parser.parse(List.of(para("见文献[2]和[30]。")), Set.of(1, 2, 3)).get(0).paragraphs().get(0);
        assertEquals(List.of(new Citation(3, 6, List.of(2))), p.citations());
    }

    @Test
    void readsNumbersBeforeSpacedAcronymsAndGreekAndKeepsStrayBracketsOffTheTopLevel() {
        // MinerU Markdown of ChinaXiv articles: 电波科学学报 (1 G M S K + P N …), 中国全科医学 (1.β受体阻滞剂),
        // 轨道交通 BIM+GIS ((1)3D 虚拟化… is unnumbered, so (3) has no numbered section above it).
        List<Section> top = parser.parse(List.of(heading("0 引言"), heading("1 G M S K + P N 调制解调技术")), Set.of());
        assertEquals("1", top.get(1).number());
        List<Section> cjk = parser.parse(List.of(heading("一、管理"), heading("1.β受体阻滞剂"),
                heading("2.血管紧张素转化酶抑制剂")), Set.of());
        assertEquals(List.of("1.1", "1.2"), cjk.get(0).sections().stream().map(Section::number).toList());
        List<Section> list = parser.parse(List.of(heading("4 基础云平台建设"), heading("(1)3D 虚拟化云平台"),
                heading("(3)高性能存储架构"), heading("5 BIM云平台应用")), Set.of());
        assertEquals(java.util.Arrays.asList("4", null, "(3)", "5"), list.stream().map(Section::number).toList());
    }

    private static List<String> topLevel(List<Section> sections) {
        return sections.stream().filter(s -> s.number() != null && s.number().matches("\\d+"))
                .map(s -> s.number() + " " + s.title()).toList();
    }

    @Test
    void anUnnumberedHeadingInAHoleOfTheNumberingGetsTheLostNumber() {
        // 电波科学学报 and 知识管理论坛 (ChinaXiv, MinerU): "# FPIR系统的成像原理" before "# 2改进的…";
        // "# 科学数据的全球引用：DataCite" between 3 and 5; a running title between 2 and 3 stays unnumbered.
        List<Section> s = parser.parse(List.of(heading("FPIR系统的成像原理"), para("正文。"), heading("2 改进的G矩阵模型法"),
                para("正文。"), heading("德国国家科技图书馆的发展思考与实践"), heading("3 科学数据的永久标识：DOI服务"),
                heading("科学数据的全球引用：DataCite"), para("正文。"), heading("5 面向未来的图书情报工作服务"), heading("致谢")), REFS);
        assertEquals(List.of("1 FPIR系统的成像原理", "2 改进的G矩阵模型法", "3 科学数据的永久标识：DOI服务",
                "4 科学数据的全球引用：DataCite", "5 面向未来的图书情报工作服务"), topLevel(s));
    }

    @Test
    void anUnnumberedHeadingOverSubsectionsNOneIsSectionN() {
        // 情报工程 2016 (ChinaXiv, MinerU): every top-level number lost, the subsections kept theirs.
        List<Section> s = parser.parse(List.of(heading("公开情报在美国情报界的地位及其演进"), heading("1.1 公开情报的含义"),
                para("正文。"), heading("1.2 美国政府的重视"), heading("美国公开情报中心的运作及其影响"), heading("2.1 中心的成立背景"),
                para("正文。"), heading("完善我国公开情报工作机制的对策建议"), para("正文。"), heading("参考文献")), REFS);
        assertEquals(List.of("1 公开情报在美国情报界的地位及其演进", "2 美国公开情报中心的运作及其影响", "3 完善我国公开情报工作机制的对策建议"),
                topLevel(s));
        assertEquals(List.of("1.1", "1.2"), s.get(0).sections().stream().map(Section::number).toList());
        // without a number seen lost, an unnumbered last heading (结语) stays unnumbered
        assertEquals(List.of("1 引言", "2 方法"), topLevel(parser.parse(List.of(heading("1 引言"), para("正文。"),
                heading("2 方法"), para("正文。"), heading("结语"), para("正文。")), REFS)));
    }
}
