package org.paperbridge.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class RunningTextSentencesTest {
    private final RunningTextSentences splitter = new RunningTextSentences();

    @Test
    void keepsEveryLineBreakAsABoundarySoHeadingsStandAlone() {
        assertEquals(List.of("摘要", "背景", "肝衰竭是临床一类急危重症肝病。", "病死率高。"),
                splitter.sentences("摘要\n背景\n肝衰竭是临床一类急危重症肝病。病死率高。\n"));
        assertEquals(List.of("Background", "Liver failure is severe."),
                splitter.sentences("Background\r\nLiver failure is severe.\n\n"));
    }

    @Test
    void endsASentenceBeforeALowerCaseStart() {
        assertEquals(List.of("the dose was reduced.", "the patients recovered."),
                splitter.sentences("the dose was reduced. the patients recovered."));
    }

    @Test
    void keepsAbbreviationsDecimalsAndInitialsInside() {
        assertEquals(List.of("Smith et al. reported 38.9 mg vs. the control, e.g. in Fig. 2."),
                splitter.sentences("Smith et al. reported 38.9 mg vs. the control, e.g. in Fig. 2."));
    }

    @Test
    void endsASentenceAfterAReferenceNumberGluedToThePeriod() {
        assertEquals(List.of("It causes hepatocellular carcinoma.1", "More cases follow.2,3", "Then none."),
                splitter.sentences("It causes hepatocellular carcinoma.1 More cases follow.2,3 Then none."));
    }

    @Test
    void givesCharOffsetsIntoTheText() {
        String text = "第一句。\n 𠀀second one.";
        List<int[]> spans = splitter.split(text);
        assertEquals("第一句。", text.substring(spans.get(0)[0], spans.get(0)[1]));
        assertEquals("𠀀second one.", text.substring(spans.get(1)[0], spans.get(1)[1]));
    }
}
