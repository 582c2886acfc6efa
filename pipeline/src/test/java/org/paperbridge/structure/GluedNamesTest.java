package org.paperbridge.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Bylines whose separators the converter dropped, from MinerU output of ChinaXiv preprints. */
class GluedNamesTest {
    private final AuthorParser parser = new AuthorParser();

    private List<String> names(String line) {
        return parser.parse(line).orElseThrow().authors().stream().map(AuthorParser.AuthorMention::name).toList();
    }

    @Test
    void splitsARunOfNamesAtSurnames() {
        assertEquals(List.of("薛飞", "王宏建", "易敏", "刘广"),
                names("薛飞1,2 王宏建易敏刘广1,2（1.中国科学院空间科学与应用研究中心，北京100190;2.中国科学院大学，北京100049)"));
        assertEquals(List.of("陈萍", "熊蔚明", "于世强", "陈志敏"),
                names("陈萍1²³，熊蔚明}于世强陈志敏(1.中国科学院空间科学与应用研究中心北京100190)"));
    }

    @Test
    void circledMarksSeparateNames() {
        assertEquals(List.of("韩东浩", "刘浩", "吴季", "吴琼之", "张德海", "陆浩", "张颖"),
                names("韩东浩② 刘 浩①吴季①吴琼之③张德海陆浩①张颖②①(中国科学院国家空间科学中心 北京 100190)"));
    }

    @Test
    void aRunThatDoesNotCutAtSurnamesIsNoByline() {
        assertEquals(List.of(), GluedNames.split("微带反射阵单元"));
        assertEquals(true, parser.parse("于世强陈志敏").isEmpty()); // alone and unmarked: not read as names
    }

    @Test
    void marksThenASpaceStandForALostComma() {
        assertEquals(List.of("CHEN Ping", "XIONG Wei-ming", "YU Shi-qiang", "CHEN Zhi-min"),
                names("CHEN Ping1,XIONG Wei-ming1,YU Shi-qiang4 CHEN Zhi-min1 (1.Center for Space Science)"));
    }
}
