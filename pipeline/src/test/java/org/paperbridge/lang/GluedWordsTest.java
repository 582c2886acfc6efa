package org.paperbridge.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class GluedWordsTest {
    private final GluedWords glued = new GluedWords();

    // MinerU content list of a 中国生态农业学报 article (ChinaXiv 201711.02142): the English abstract lost most spaces.
    private static final String ABSTRACT = "Atriplexcentralasiaticaisatypicalhalophytethatwidelygrows insalineareasofChina."
            + "Inearlierstudies,we found thatalt stress markedlyinduced theaccumulationofflavonoid intherootsof"
            + "A.centralasiaticaseedlings.";
    private static final Set<String> TITLE = Set.of("flavonoid", "associated", "with", "salt", "stress",
            "tolerance", "atriplex", "centralasiatica", "seedlings");

    @Test
    void cutsRunTogetherWordsIntoKnownWords() {
        assertTrue(glued.isGlued(ABSTRACT, TITLE));
        String repaired = glued.repair(ABSTRACT, TITLE);
        assertTrue(repaired.startsWith("Atriplex centralasiatica is a typical halophyte that widely grows in saline areas"
                + " of China.In earlier studies"), repaired);
        assertTrue(repaired.contains("the accumulation of flavonoid in the roots of"), repaired);
    }

    @Test
    void leavesCleanTextAndWordsTheListsKnowWhole() {
        // 电波科学学报 (ChinaXiv 201604.01058): a misspelling in clean text is not a glued run.
        String clean = "GMSK+PN is a modulation method which achieves simultaneously transmisson of GMSK data and PN.";
        assertFalse(glued.isGlued(clean, Set.of()));
        assertEquals("secure multicast over software defined networks",
                glued.repair("secure multicast over software defined networks", Set.of()));
        // a run with a piece no list knows stays whole (informatization, not inform atizat ion)
        assertEquals("informatization and rail transit", glued.repair("informatization and rail transit", Set.of()));
    }

    @Test
    void knowsHowCommonAWordIs() {
        EnglishWords words = EnglishWords.get();
        assertEquals(10, words.level("the"));
        assertTrue(words.level("halophyte") > words.level("typical"));
        assertEquals(-1, words.level("ofthe"));
    }
}
