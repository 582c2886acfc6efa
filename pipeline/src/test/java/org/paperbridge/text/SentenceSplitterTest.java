package org.paperbridge.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperbridge.model.CodePoints;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String text) {
        return splitter.split(text).stream().map(s -> CodePoints.substring(text, s)).toList();
    }

    private static String seedLine(String label) throws IOException {
        Path seed = Path.of(System.getProperty("paperbridge.root"), "fixtures/seed/000_ce62bb77f3435be5.txt");
        for (String line : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
            if (line.startsWith(label)) {
                return line.substring(label.length()).strip();
            }
        }
        throw new IllegalStateException("no line " + label);
    }

    @Test
    void splitsSeedChineseAbstractIntoTwoSentences() throws IOException {
        List<String> s = sentences(seedLine("摘要:"));
        assertEquals(2, s.size());
        assertEquals("肝衰竭是临床一类急危重症肝病。", s.get(0));
        assertEquals(true, s.get(1).startsWith("骨髓间充质干细胞(BM-MSCs)具有") && s.get(1).endsWith("一种新选择。"));
    }

    @Test
    void splitsSeedEnglishAbstractIntoFourSentences() throws IOException {
        List<String> s = sentences(seedLine("Abstract:"));
        assertEquals(List.of(
                "Liver failure is a kind of acute and severe liver disease.",
                "Bone marrow-derived mesenchymal stem cells (BM-MSCs) have the function of differentiating into hepatocytes.",
                "Promotion of the regeneration of hepatocytes regeneration, inhibition of apoptosis, necrosis and "
                        + "inflammation of hepatocytes, may facilitate repairing damaged liver tissue and improving liver function.",
                "BM-MSCs have become a new choice with great application potential in the treatment of liver failure."), s);
    }

    @Test
    void splitsChineseTerminatorsButKeepsSemicolon() {
        assertEquals(List.of("甲；乙。", "丙！", "丁？", "戊"), sentences("甲；乙。丙！丁？戊"));
    }

    @Test
    void excludesWhitespaceBetweenSentences() {
        assertEquals(List.of(new org.paperbridge.model.Span(2, 8), new org.paperbridge.model.Span(10, 14)),
                splitter.split("  One a.  Two.  "));
    }

    @Test
    void doesNotSplitDecimals() {
        assertEquals(List.of("It rose 3.5 times.", "Then fell."), sentences("It rose 3.5 times. Then fell."));
    }

    @Test
    void doesNotSplitAfterInitialsOrAbbreviations() {
        assertEquals(List.of("As J. Smith showed, e.g. in Fig. 2 and Ref. 3, cells vs. Controls differ.", "Next."),
                sentences("As J. Smith showed, e.g. in Fig. 2 and Ref. 3, cells vs. Controls differ. Next."));
        assertEquals(List.of("Wang et al. Reported it.", "Done."), sentences("Wang et al. Reported it. Done."));
        assertEquals(List.of("Approx. 5 mice, i.e. Mice, No. 4, cf. Dr. Li."), sentences("Approx. 5 mice, i.e. Mice, No. 4, cf. Dr. Li."));
    }

    @Test
    void doesNotSplitBeforeLowercase() {
        assertEquals(List.of("The ratio was 2. the next value"), sentences("The ratio was 2. the next value"));
    }

    @Test
    void keepsCitationMarkerAfterTerminatorWithItsSentence() {
        assertEquals(List.of("Cells grow.[7]", "Next one."), sentences("Cells grow.[7] Next one."));
        assertEquals(List.of("发挥作用[7]。", "随后[8,9]。"), sentences("发挥作用[7]。随后[8,9]。"));
        assertEquals(List.of("肝再生。[3-5]", "然后"), sentences("肝再生。[3-5]然后"));
    }

    @Test
    void keepsClosingQuotesAndBracketsWithSentence() {
        assertEquals(List.of("他说：“好。”", "随后离开。"), sentences("他说：“好。”随后离开。"));
        assertEquals(List.of("(It works.)", "\"Yes.\"", "Fine!"), sentences("(It works.) \"Yes.\" Fine!"));
    }

    @Test
    void splitsMixedChineseAndEnglish() {
        assertEquals(List.of("BM-MSCs 有效。", "It is safe.", "肝衰竭 ACLF 患者?", "是的"),
                sentences("BM-MSCs 有效。It is safe. 肝衰竭 ACLF 患者?是的"));
    }

    @Test
    void splitsBeforeDigitAndQuoteStarts() {
        assertEquals(List.of("We had mice.", "56 died.", "\"Why?\"", "No"), sentences("We had mice. 56 died. \"Why?\" No"));
    }

    @Test
    void countsCodePointsPastSupplementaryCharacter() {
        assertEquals(List.of(new org.paperbridge.model.Span(0, 3), new org.paperbridge.model.Span(3, 5)),
                splitter.split("𠀀甲。乙。"));
    }

    @Test
    void splitsTextThatLostTheSpaceAfterItsPeriods() {
        // MinerU Markdown of a ChinaXiv article (载人航天 2015): the converter dropped the spaces.
        assertEquals(List.of("Forecasting the solar proton event fluence is very important to guarantee the safety of"
                        + " spacecrafts and astronauts.",
                        "Within various periods less than 1 year，the occurrence probabilities were analyzed."),
                sentences("Forecasting the solar proton event fluence is very important to guarantee the safety of"
                        + " spacecrafts and astronauts.Within various periods less than 1 year，the occurrence"
                        + " probabilities were analyzed."));
    }

    @Test
    void doesNotSplitUnspacedAbbreviationsInitialsOrNumbers() {
        assertEquals(1, sentences("The U.S.Army and Smith et al.Found it in Fig.2 at 3.5 Ma.").size());
        assertEquals(1, sentences("Samples were taken (approx.Thirty) per plot.").size());
    }

    @Test
    void splitsUnspacedPeriodsAfterNamesAndAcronymsAndBeforeCapitals() {
        // MinerU Markdown of ChinaXiv articles (中国生态农业学报, 电波科学学报, 太赫兹干涉成像).
        assertEquals(2, sentences("It grows in saline areas of China.In earlier studies, we found it.").size());
        assertEquals(List.of("It transmits GMSK data and PN.", "For the SNR estimation a fast algorithm is proposed."),
                sentences("It transmits GMSK data and PN.For the SNR estimation a fast algorithm is proposed."));
        assertEquals(2, sentences("It gets visibility functions.THz imagers are applied to security checks.").size());
        assertEquals(1, sentences("Strains of E.Coli and Ph.D students.").size());
    }

    @Test
    void endsChineseSentencesAtFullWidthFullStopButNotInNumbers() {
        // 电波科学学报 (MinerU): science journals print ． as the Chinese full stop.
        assertEquals(List.of("反演过程是欠定的，不能提供一个确定解．", "针对常用反演算法存在较大反演误差的问题，提出了一种改进的方法．"),
                sentences("反演过程是欠定的，不能提供一个确定解．针对常用反演算法存在较大反演误差的问题，提出了一种改进的方法．"));
        assertEquals(1, sentences("误差为 0．5 dB 以内。").size());
    }

    @Test
    void startsANewSentenceAtABracketedAbstractPart() {
        // 心理学 manuscript (ChinaXiv): the parts of a structured abstract in square brackets.
        assertEquals(List.of("[Objective] Measuring people's attitude is distinctive from a general conflict.",
                        "[Methods] An online survey was carried out."),
                sentences("[Objective] Measuring people's attitude is distinctive from a general conflict."
                        + " [Methods] An online survey was carried out."));
        // 情报工程 2016 (ChinaXiv, MinerU): the space before the next part lost
        assertEquals(2, sentences("[Purpose/significance] It is necessary to perfect the research in China.[Method/process] In this"
                + " paper, we summarized it.").size());
    }
}
