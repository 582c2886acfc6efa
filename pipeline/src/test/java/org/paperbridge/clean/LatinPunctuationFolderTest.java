package org.paperbridge.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LatinPunctuationFolderTest {
    @Test
    void foldsCommaAndFullStopBetweenEnglishWords() {
        assertEquals("in the network, but the plan is hard. With time it works.",
                LatinPunctuationFolder.fold("in the network，but the plan is hard． With time it works．"));
    }

    @Test
    void spacesAFullStopGluedToTheNextSentence() {
        assertEquals("is hard. With time", LatinPunctuationFolder.fold("is hard．With time"));
    }

    @Test
    void keepsDotsOfIdentifiersAndNumbersTight() {
        assertEquals("doi: 10.3969/j.issn.1673-629X.2023.10.010",
                LatinPunctuationFolder.fold("doi： 10．3969／j．issn．1673－629X．2023．10．010"));
        assertEquals("rose by 12.5 points", LatinPunctuationFolder.fold("rose by 12．5 points"));
    }

    @Test
    void foldsHyphensOfDatesAndNames() {
        assertEquals("收稿日期: 2022-12-29", LatinPunctuationFolder.fold("收稿日期: 2022－12－29"));
        assertEquals("LIU Yi-an^{*}, GAO Shuai", LatinPunctuationFolder.fold("LIU Yi－an^{*}，GAO Shuai"));
    }

    @Test
    void dropsSpaceBeforeFoldedComma() {
        assertEquals("TCP/IP network, but", LatinPunctuationFolder.fold("TCP/IP network ，but"));
    }

    @Test
    void keepsChinesePunctuationNextToChinese() {
        String zh = "标识网络的提出解决了传统 TCP/IP 网络中的问题，然而部署存在困难。使用 Linux，而非";
        assertEquals(zh, LatinPunctuationFolder.fold(zh));
    }

    @Test
    void keepsFullStopOfChineseSentenceEndingInASymbol() {
        assertEquals("通过抑制 NLRP3。", LatinPunctuationFolder.fold("通过抑制 NLRP3。"));
    }

    @Test
    void foldsCommaOfEnglishTermInsideChineseText() {
        assertEquals("软件定义网络( Software Defined Networking, SDN)的发展",
                LatinPunctuationFolder.fold("软件定义网络( Software Defined Networking，SDN)的发展"));
    }

    @Test
    void leavesBracketsAlone() {
        assertEquals("资助（2022JBGP005）", LatinPunctuationFolder.fold("资助（2022JBGP005）"));
    }
}
