package org.paperbridge.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperbridge.structure.AuthorParser.AuthorLine;
import org.paperbridge.structure.AuthorParser.AuthorMention;

class AuthorParserTest {
    private final AuthorParser parser = new AuthorParser();

    private List<AuthorMention> authors(String line) {
        return parser.parse(line).map(AuthorLine::authors).orElse(List.of());
    }

    @Test
    void readsCanonicalSuperscriptMarks() {
        assertEquals(List.of(new AuthorMention("齐泽强", List.of(1), false), new AuthorMention("王亚东", List.of(1, 2), true)),
                authors("齐泽强^{1}, 王亚东^{1,2*}"));
    }

    @Test
    void readsPlainMarks() {
        assertEquals(new AuthorMention("王亚东", List.of(), true), authors("齐泽强, 王亚东*").get(1));
        assertEquals(List.of(new AuthorMention("王亚东", List.of(1, 2), true), new AuthorMention("张三", List.of(1), false)),
                authors("王亚东1,2*, 张三1"));
        assertEquals(List.of(2), authors("王亚东¹, 李四²").get(1).marks());
        assertEquals(List.of(1, 2), authors("王亚东①②、李四②").get(0).marks());
        assertTrue(authors("王亚东✉").get(0).starred());
    }

    @Test
    void splitsChineseNamesOnSpacesOrEnumerationComma() {
        assertEquals(List.of("齐泽强", "郭庭煜", "欧阳静"), authors("齐泽强 郭庭煜 欧阳静").stream().map(AuthorMention::name).toList());
        assertEquals(List.of("齐泽强", "王东"), authors("齐泽强、王 东").stream().map(AuthorMention::name).toList());
    }

    @Test
    void readsEnglishNameStyles() {
        assertEquals(List.of("QI Zeqiang", "DONG Qiao-feng", "WANG Yadong"),
                authors("QI Zeqiang, DONG Qiao-feng, WANG Yadong*").stream().map(AuthorMention::name).toList());
        List<AuthorMention> given = authors("Zeqiang Qi1, Tingyu Guo1 and Yadong Wang1,2*");
        assertEquals(List.of("Zeqiang Qi", "Tingyu Guo", "Yadong Wang"), given.stream().map(AuthorMention::name).toList());
        assertEquals(new AuthorMention("Yadong Wang", List.of(1, 2), true), given.get(2));
        assertEquals("Qi Z", authors("Qi Z, Wang Y").get(0).name());
    }

    @Test
    void splitsBracketedAffiliationsAfterNames() {
        AuthorLine line = parser.parse("张三1, 李四2 (1. 河北医科大学, 河北 石家庄 050051; 2. 河北医院)").orElseThrow();
        assertEquals(2, line.authors().size());
        assertEquals("(1. 河北医科大学, 河北 石家庄 050051; 2. 河北医院)", line.affiliationTail());
        assertEquals("(河北医科大学第三医院)", parser.parse("王亚东(河北医科大学第三医院)").orElseThrow().affiliationTail());
    }

    @Test
    void rejectsTitlesAndAffiliations() {
        assertTrue(parser.parse("骨髓间充质干细胞治疗肝衰竭的作用机制").isEmpty());
        assertTrue(parser.parse("Mechanism of bone marrow-derived mesenchymal stem cells in liver failure").isEmpty());
        assertTrue(parser.parse("Department of Infectious Disease, Shijiazhuang 050051, China").isEmpty());
    }

    private List<String> names(String line) {
        return authors(line).stream().map(AuthorMention::name).toList();
    }

    @Test
    void readsBylinesWhoseSuperscriptsAConverterMangled() {
        // MinerU Markdown of ChinaXiv articles (大面积等离子体片…, 西藏3种野生牧草…, 广西主要森林土壤…, 基于Goldwasser-Micali…).
        assertEquals(List.of("夏俊明", "孙越强", "霍文青", "孙海龙", "白伟华", "柳聪亮", "孟祥广"),
                names("夏俊明1,²孙越强’霍文青」孙海龙」白伟华1\\*柳聪亮’孟祥广1"));
        assertEquals(List.of("张卫红", "刘大林", "苗彦军", "闫天芳", "葡永和", "徐雅梅"),
                names("张卫红1,²，刘大林¹，苗彦军²，闫天芳}，葡永和³,徐雅梅²，\\*"));
        assertEquals(List.of("杜虎", "曾馥平", "宋同清", "温远光", "李春干", "彭晚霞", "张浩"),
                names("杜虎1,2 曾馥平1,2\\* 宋同清1,2 温远光³李春干3.4彭晚霞1,²　张　浩1.2"));
        assertEquals(List.of("王倩", "任方", "郑东"), names("王倩，任方ʰ，郑东ʰ"));
        assertEquals(List.of("陈鹤", "王世骐", "陶大卫", "夏秀敏", "陈善勤", "吴妍"), names("陈鹤1,2 王世骐1 陶大卫 夏秀敏1,2 陈善勤4 吴妍"));
        assertEquals(List.of("YANG Xiao-cheng", "YAN Jing-ye", "WU Ji"), names("YANG Xiao-cheng1， YAN Jing-ye ²， WU Ji ²"));
        assertEquals(List.of("ZHANG Weihong", "LIU Dalin", "MIAO Yanjun", "YAN Tianfang", "LIN Yonghe", "XU Yamei"),
                names("ZHANG Weihong1,²,LIU Dalin'，MIAO Yanjun²，YAN Tianfang1，LIN Yonghe³， XU Yamei2 \""));
    }

    @Test
    void keepsApostrophesInsideNamesAndDigitsInsideTitles() {
        assertEquals(List.of("Mary O'Brien", "John Smith"), names("Mary O'Brien1, John Smith2"));
        assertEquals(List.of(), names("西藏3种野生牧草苗期对干旱胁迫的响应"));
    }

    @Test
    void readsMarksSetAfterASeparatorOrBeforeASuperscript() {
        // MinerU Markdown of 生态学报 and 中国生态农业学报 articles (ChinaXiv).
        List<AuthorMention> line = authors("元晓春},²，杨景清},²,王铮}²,袁硕1,²，杨舟然1,2,陈岳民1,2，\\*，杨玉盛1,2");
        assertEquals(List.of("元晓春", "杨景清", "王铮", "袁硕", "杨舟然", "陈岳民", "杨玉盛"),
                line.stream().map(AuthorMention::name).toList());
        assertEquals(List.of(1, 2), line.get(2).marks());
        assertTrue(line.get(5).starred());
        List<AuthorMention> comma = authors("李爽12，孙亮亮,³，白丽丽1,4，王文颖4，万金鹏，刘小京，马金虎，徐进\\*");
        assertEquals(8, comma.size());
        assertEquals(List.of(3), comma.get(1).marks());
    }

    @Test
    void readsTheLastNameOfABylineRunIntoItsAffiliation() {
        // 协和医学杂志 2018 (ChinaXiv, MinerU): the separator and mark after 孙强 lost.
        AuthorLine line = parser.parse("王常珺¹，姚儒¹，师杰²，张晓辉¹，孙强中国医学科学院北京协和医学院北京协和医院乳腺外科，北京100730").orElseThrow();
        assertEquals(List.of("王常珺", "姚儒", "师杰", "张晓辉", "孙强"), line.authors().stream().map(AuthorMention::name).toList());
        assertEquals("中国医学科学院北京协和医学院北京协和医院乳腺外科，北京100730", line.affiliationTail());
        // no place after two or three characters: not a byline
        assertTrue(parser.parse("王常珺，姚儒，师杰，研究大学生的学习习惯").isEmpty());
    }

    @Test
    void readsTwoCharacterNamesPaddedToTheWidthOfThree() {
        // 计算机研究与发展 2023 (reader copy): ideographic spaces between names and inside 郜　帅.
        assertEquals(List.of("柴若楠", "郜帅", "兰江雨", "刘宁春"), names("柴若楠　郜　帅　兰江雨　刘宁春"));
    }

    @Test
    void readsEachAuthorWithTheAddressInBracketsAfterTheName() {
        // 应用数学学报 LaTeX template sample: the English byline, each name followed by its address.
        AuthorLine line = parser.parse("LIU Huanbin (Department of Mathematics, Huanggang Normal University, Huanggang 438000)"
                + " HE Sui (College of Mathematics and Statistics, Central China Normal University, Wuhan 430079)").orElseThrow();
        assertEquals(List.of("LIU Huanbin", "HE Sui"), line.authors().stream().map(AuthorMention::name).toList());
        assertEquals(List.of(2), line.authors().get(1).marks());
        // one name with its address stays one author with the address as its tail
        assertEquals(List.of("李四"), names("李四(某医科大学附属医院, 北京 100000)"));
    }
}
