package org.paperbridge.ner;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MentionEdgesTest {
    /** Training texts where "decreases" and "the" are frequent but never in a disease mention; "fibrosis" is in them. */
    private static MentionEdges learned(double maxInside) {
        List<LabeledText> texts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String text = "the drug decreases liver fibrosis";
            int start = text.indexOf("liver");
            texts.add(new LabeledText(text, List.of(new Span(start, text.length(), "disease"))));
        }
        return MentionEdges.learn(Map.of("disease", texts), 3, maxInside);
    }

    /** The text of {@code text}'s tokens first..last once trimmed, or null when dropped. */
    private static String trim(MentionEdges edges, String text, int first, int last) {
        Tokens t = EnglishTokenizer.split(text);
        int[] r = edges.trim(t, "disease", first, last);
        return r == null ? null : text.substring(t.starts()[r[0]], t.ends()[r[1]]);
    }

    @Test
    void aWordThatNeverEdgesAMentionIsTrimmedOff() {
        MentionEdges edges = learned(0);
        assertEquals("hepatic fibrosis", trim(edges, "decreases hepatic fibrosis", 0, 2));
        assertEquals("fibrosis", trim(edges, "fibrosis decreases", 0, 1));
        // another type's mentions are left alone
        Tokens t = EnglishTokenizer.split("decreases hepatic fibrosis");
        assertArrayEquals(new int[]{0, 2}, edges.trim(t, "gene", 0, 2));
    }

    @Test
    void aMentionOfNothingButSuchWordsIsDropped() {
        assertNull(trim(learned(0), "the decreases", 0, 1));
        assertNull(trim(learned(0), "decreases", 0, 0));
    }

    @Test
    void wordsGluedToTheRestOrRareOrWithDigitsStay() {
        MentionEdges edges = learned(0);
        assertEquals("decreases-fibrosis", trim(edges, "decreases-fibrosis", 0, 2));
        assertEquals("rare fibrosis", trim(edges, "rare fibrosis", 0, 1));
        // "liver" begins every mention, "fibrosis" ends them: neither is ever trimmed
        assertEquals("liver fibrosis", trim(edges, "liver fibrosis", 0, 1));
    }

    @Test
    void aWordInsideMentionsIsKeptUnlessItsShareIsAllowed() {
        // "fibrosis" never begins a mention but is always inside one
        assertEquals("fibrosis liver", trim(learned(0), "fibrosis liver", 0, 1));
        assertEquals("liver", trim(learned(1), "fibrosis liver", 0, 1));
    }

    @Test
    void theListsSurviveTheirFile() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        learned(0).write(bytes);
        MentionEdges read = MentionEdges.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(learned(0).size(), read.size());
        assertEquals("hepatic fibrosis", trim(read, "decreases hepatic fibrosis", 0, 2));
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        read.write(again);
        assertArrayEquals(bytes.toByteArray(), again.toByteArray());
    }
}
