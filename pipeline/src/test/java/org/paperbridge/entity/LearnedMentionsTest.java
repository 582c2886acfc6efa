package org.paperbridge.entity;

import org.junit.jupiter.api.Test;
import org.paperbridge.model.Entity;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** English text through the shipped learned models, then normalized through the lexicons. */
class LearnedMentionsTest {
    private final EntityTagger tagger = TestLexicon.tagger();

    private List<Entity> tag(String text) {
        return tagger.tag(text, "en", "p1");
    }

    private Optional<Entity> mention(String text, String mention) {
        return tag(text).stream().filter(e -> e.text().equals(mention)).findFirst();
    }

    @Test
    void normalizesLearnedSpansThroughTheLexicons() {
        Entity il6 = mention("Serum IL-6 levels were elevated in patients with sepsis .", "IL-6").orElseThrow();
        assertEquals("gene", il6.type());
        assertEquals("HGNC:6018", il6.id());
        Entity sepsis = mention("Serum IL-6 levels were elevated in patients with sepsis .", "sepsis").orElseThrow();
        assertEquals("disease", sepsis.type());
    }

    @Test
    void drugNamesTakeTheirMeshIds() {
        // Drug names the model alone passed over on BC5CDR devel before the MeSH chemicals were its hints.
        String text = "Ifosfamide-induced hemorrhagic cystitis was prevented by mesna .";
        Entity mesna = mention(text, "mesna").orElseThrow(() -> new AssertionError(tag(text)));
        assertEquals("chemical", mesna.type());
        assertEquals("MESH:D015080", mesna.id());
        Entity iohexol = mention("Contrast nephropathy after iohexol was rare .", "iohexol").orElseThrow();
        assertEquals("MESH:D007472", iohexol.id());
    }

    @Test
    void findsNamesNoLexiconHolds() {
        // A yeast protein: in no lexicon, found from its shape and context, kept without an id.
        Entity tup1 = mention("The yeast repressor Tup1p binds the Ssn6 protein .", "Tup1p").orElseThrow();
        assertEquals("gene", tup1.type());
        assertNull(tup1.id());
        assertEquals("Tup1p", tup1.norm());
    }

    @Test
    void aSymbolTheModelPassedOverInAWholeSentenceStaysOut() {
        // SDS is an approved HGNC symbol and the detergent; the lexicon tagger alone tags it.
        String sentence = "Proteins that co-migrated on SDS / PAGE with the native enzyme were cut from the gel and sequenced .";
        assertTrue(new EntityTagger(TestLexicon.lexicon(), null).tag(sentence, "en", "p1").stream()
                .anyMatch(e -> e.text().equals("SDS")));
        assertTrue(mention(sentence, "SDS").isEmpty(), tag(sentence).toString());
    }

    @Test
    void aGroupNameIsTaggedButNotNormalizedToItsFirstMember() {
        mention("Cells were stimulated with IFN-α and IL-6 .", "IFN-α").ifPresent(e -> assertNull(e.id()));
    }

    @Test
    void theHeadOfALongerCellMentionGivesItsId() {
        Entity cells = tag("Activated T cells secreted IL-2 .").stream().filter(e -> e.type().equals("cell_type"))
                .findFirst().orElseThrow();
        assertTrue(cells.text().endsWith("T cells"), cells.text());
        assertEquals("CL:0000084", cells.id());
    }

    @Test
    void rnasStayWithTheGrammarAndTheLexicon() {
        assertEquals("mirna", mention("miR-21 targets PTEN in hepatocytes .", "miR-21").orElseThrow().type());
        assertEquals("ncrna", mention("lncRNA H19 was high", "lncRNA H19").orElseThrow().type());
        assertEquals("ncrna", mention("MALAT1 was high", "MALAT1").orElseThrow().type());
    }

    @Test
    void chineseTextKeepsTheLexiconTagger() {
        EntityTagger lexiconOnly = new EntityTagger(TestLexicon.lexicon(), null);
        String text = "骨髓间充质干细胞通过抑制NLRP3炎性小体减轻肝衰竭";
        assertEquals(lexiconOnly.tag(text, "zh", "p1"), tagger.tag(text, "zh", "p1"));
    }

    @Test
    void everyOffsetPointsAtItsText() {
        String text = "TNF-α and IL-1β induced NF-κB in 𠀀 Kupffer cells of CCl4-treated mice with fibrosis .";
        for (Entity e : tag(text)) {
            int s = text.offsetByCodePoints(0, e.start());
            assertEquals(e.text(), text.substring(s, text.offsetByCodePoints(s, e.end() - e.start())));
        }
    }
}
