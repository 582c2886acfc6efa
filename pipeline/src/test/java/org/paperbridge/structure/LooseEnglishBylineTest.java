package org.paperbridge.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperbridge.structure.AuthorParser.AuthorLine;
import org.paperbridge.structure.AuthorParser.AuthorMention;

/** Bylines as MinerU and PDF layers left them (realdocs tune part, issue #16 class 3). */
class LooseEnglishBylineTest {
    private final AuthorParser parser = new AuthorParser();

    private List<String> names(String line) {
        return parser.parse(line).map(AuthorLine::authors).orElse(List.of()).stream().map(AuthorMention::name).toList();
    }

    @Test
    void surnameCapitalsStartANameWhateverStandsBetween() {
        assertEquals(List.of("XUE Fei", "WANG Hongjian", "YI Min", "LIU Guang"),
                names("XUE Fei1·2 WANG Hongjianl YI Min' LIU Guang1,2"));
        assertEquals(List.of("CHEN He", "WANG Shi-Qi", "TAO Da-Wei", "XIA Xiu-Min", "CHEN Shan-Qin", "WU Yan"),
                names("CHEN He1² WANG Shi-Qil TAO Da-Wei³ XIA Xiu-Min1,2 CHEN Shan-Qin4WU Yan'"));
        assertEquals(List.of("YUAN Xiaochun", "YANG Jingqing", "CHEN Yuemin", "YANG Yusheng"),
                names("YUAN Xiaochun1,2, YANG Jingqing1,2,CHEN Yuemin1,2,* YANG Yusheng1,2"));
    }

    @Test
    void aFinalLOfAPinyinGivenNameIsAMisreadOne() {
        AuthorLine line = parser.parse("SUN Taol, PENG Yingchao², SHI Zhuol, GAO Chunlin', XIA Zhengkun1*").orElseThrow();
        assertEquals(List.of("SUN Tao", "PENG Yingchao", "SHI Zhuo", "GAO Chunlin", "XIA Zhengkun"),
                line.authors().stream().map(AuthorMention::name).toList());
        assertEquals(List.of(1), line.authors().get(0).marks());
    }

    @Test
    void aSurnameRunIntoItsGivenNameIsSplit() {
        assertEquals(List.of("LI Chuan-Kui", "MENG Jin", "LI Qian", "BAI Bin"), names("LIChuan-Kui'MENG Jin1,² LIQian’BAIBin1"));
    }

    @Test
    void marksAndStarsAreRead() {
        AuthorLine line = parser.parse("YUAN Xiaochun1,2, CHEN Yuemin1,2,* YANG Yusheng1,2").orElseThrow();
        assertEquals(List.of(1, 2), line.authors().get(0).marks());
        assertTrue(line.authors().get(1).starred());
    }

    @Test
    void titleCaseNamesNeedMarksBetweenThem() {
        assertEquals(List.of("Yan Zhao-ai", "Hu Xiong", "Guo Wen-jie", "Pan Yi-sheng"),
                names("Yan Zhao-ai① Hu Xiong① Guo Wen-jie@② Pan Yi-sheng@②"));
        assertEquals(List.of("Fang Chuanglin", "Yang Junyan", "Kuang Wenhui"), names("Fang Chuanglin'Yang Junyan²Kuang Wenhui"));
        // A title in title case is not a byline: nothing sets its word pairs apart.
        assertEquals(List.of(), names("Chronic Obstructive Pulmonary Disease Moves Forward"));
    }

    @Test
    void theAddressAfterTheNamesIsTheAffiliationTail() {
        AuthorLine sameLine = parser.parse("BAI Yahu',GAO Shenghan1,NING Kang1* 1.Department of Pulmonary Medicine,"
                + "Shandong First Medical University, Jinan 250014, China").orElseThrow();
        assertEquals(3, sameLine.authors().size());
        assertTrue(sameLine.affiliationTail().startsWith("1.Department"), sameLine.affiliationTail());

        AuthorLine nextLine = parser.parse("ZHANG Weihong1,²,LIU Dalin', XU Yamei2 \"\n"
                + "1College of Animal Science and Technology, Yangzhou University, Yangzhou 225o09,China").orElseThrow();
        assertEquals(List.of("ZHANG Weihong", "LIU Dalin", "XU Yamei"),
                nextLine.authors().stream().map(AuthorMention::name).toList());
        assertTrue(nextLine.affiliationTail().startsWith("1College"), nextLine.affiliationTail());
    }

    @Test
    void textAfterTheNamesThatIsNoAddressMakesItNoByline() {
        assertEquals(List.of(), names("WANG Li ZHANG Wei reported the first case in detail"));
    }

    @Test
    void splitsATitleRunIntoItsByline() {
        var titled = parser.titleAndByline("SDN-based Multicast Security Mechanism LI Xu-yang, GAO Shuai, GUO Xing-chang, "
                + "LIU Ning-chun（National Engineering Laboratory for NGI Interconnection Devices, Beijing Jiaotong "
                + "University, Beijing 100044, China）").orElseThrow();
        assertEquals("SDN-based Multicast Security Mechanism", titled.title());
        assertEquals(4, titled.authors().authors().size());
        assertTrue(parser.titleAndByline("Mechanism of stem cells in liver failure").isEmpty());
        // An address is no title, nor are marks left before the next name.
        assertTrue(parser.titleAndByline("( School of Electronic and Information Engineering, Beijing Jiaotong University, "
                + "Beijing 100044, China)").isEmpty());
        assertTrue(parser.titleAndByline("DU H u 1 , 2 , ZENG Fu-Ping1,2*, SONG Tong-Qing12,, WEN Yuan-Guang³").isEmpty());
    }
}
