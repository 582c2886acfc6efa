package org.paperbridge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LineJoinerTest {
    private final LineJoiner joiner = new LineJoiner(Set.of("state-of"));

    @Test
    void joinsChineseLinesWithoutSpace() {
        assertEquals("肝细胞再生是关键", joiner.join("肝细胞再", "生是关键"));
    }

    @Test
    void joinsEnglishLinesWithSpace() {
        assertEquals("liver failure is", joiner.join("liver failure", "is"));
    }

    @Test
    void undoesHyphenAddedByLineBreak() {
        assertEquals("continuous development", joiner.join("contin-", "uous development"));
    }

    @Test
    void keepsHyphenTheDocumentWritesElsewhere() {
        assertEquals("state-of the art", joiner.join("state-", "of the art"));
    }

    @Test
    void closesUpLetterSpacedChineseWords() {
        assertEquals("4 总结", LineText.joinSpacedCharacters("4 总 结"));
        assertEquals("柴若楠 郜帅 兰江雨", LineText.joinSpacedCharacters("柴若楠 郜 帅 兰江雨"));
    }

    @Test
    void joinsDoiCutAfterADotWithoutSpace() {
        assertEquals("PLoS One, 2023. doi:10.1371/journal.pone.0289798.",
                joiner.join("PLoS One, 2023. doi:10.1371/journal.", "pone.0289798."));
        assertEquals("see https://example.org/a.html", joiner.join("see https://example.org/a.", "html"));
    }

    @Test
    void keepsSpaceAfterDoiThatEndsASentence() {
        assertEquals("doi:10.1002/hep.31831. The next", joiner.join("doi:10.1002/hep.31831.", "The next"));
    }
}
