package org.paperbridge.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperbridge.model.Affiliation;
import org.paperbridge.structure.AffiliationParser.NumberedAffiliation;
import org.paperbridge.structure.AuthorParser.AuthorLine;

class BylineAssemblerTest {
    private final AuthorParser authors = new AuthorParser();
    private final AffiliationParser affiliations = new AffiliationParser();
    private final BylineAssembler assembler = new BylineAssembler();

    private AuthorLine line(String s) {
        return authors.parse(s).orElseThrow();
    }

    @Test
    void turnsMarksIntoZeroBasedIndicesAndPairsByPosition() {
        List<String> warnings = new ArrayList<>();
        BylineAssembler.Byline b = assembler.assemble(line("张三^{2}, 李四^{1,2*}"), line("ZHANG San^{2}, LI Si^{1,2*}"),
                affiliations.parse("1. 甲大学, 北京 100000; 2. 乙医院, 上海 200000"),
                affiliations.parse("1. A University, Beijing 100000, China; 2. B Hospital, Shanghai 200000, China"), warnings);

        assertEquals(List.of(1), b.authors().get(0).affiliations());
        assertEquals(List.of(0, 1), b.authors().get(1).affiliations());
        assertTrue(b.authors().get(1).corresponding());
        assertEquals("LI Si", b.authors().get(1).name().en());
        assertEquals(new Affiliation("乙医院, 上海 200000", "B Hospital, Shanghai 200000, China", "200000"),
                b.affiliations().get(1));
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void everyUnmarkedAuthorGetsTheSingleAffiliation() {
        BylineAssembler.Byline b = assembler.assemble(line("张三, 李四"), null, affiliations.parse("甲大学, 北京 100000"),
                List.<NumberedAffiliation>of(), new ArrayList<>());

        assertEquals(List.of(0), b.authors().get(1).affiliations());
        assertNull(b.authors().get(1).name().en());
    }

    @Test
    void warnsOnUnequalListsAndUnknownMarks() {
        List<String> warnings = new ArrayList<>();
        BylineAssembler.Byline b = assembler.assemble(line("张三1, 李四3"), line("ZHANG San"),
                affiliations.parse("1. 甲大学, 北京 100000; 2. 乙医院, 上海 200000"), List.of(), warnings);

        assertEquals(2, b.authors().size());
        assertEquals(2, warnings.size(), warnings.toString());
    }

    @Test
    void cutsTwoNamesRunTogetherWhenTheEnglishBylineHasOneMore() {
        // 古脊椎动物学报 (ChinaXiv, MinerU): "李茜白滨1" for 李茜 and 白滨; the English line has LI Qian, BAI Bin.
        BylineAssembler.Byline b = assembler.assemble(line("毛方园 李传夔 孟津1.2 李茜白滨1 王元青1.3"),
                line("MAO Fang-Yuan1, LI Chuan-Kui1, MENG Jin1,2, LI Qian1, BAI Bin1, WANG Yuan-Qing1,3"), List.of(), List.of(),
                new ArrayList<>());
        assertEquals(List.of("毛方园", "李传夔", "孟津", "李茜", "白滨", "王元青"), b.authors().stream().map(a -> a.name().zh()).toList());
        assertEquals("BAI Bin", b.authors().get(4).name().en());
        // as many English names: a four-character name stays whole
        assertEquals("李茜白滨", assembler.assemble(line("李茜白滨, 王元青"), line("LI Qianbaibin, WANG Yuanqing"), List.of(),
                List.of(), new ArrayList<>()).authors().get(0).name().zh());
    }
}
