package org.paperbridge.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.paperbridge.ingest.Block;
import org.paperbridge.ingest.BlockKind;
import org.paperbridge.ingest.Zone;
import org.paperbridge.model.Reference;

class ReferenceParserTest {
    private final ReferenceParser parser = new ReferenceParser();

    private static List<Block> blocks(String... texts) {
        List<Block> out = new ArrayList<>();
        for (String t : texts) {
            out.add(new Block(t, BlockKind.PARAGRAPH, Zone.REFERENCES, 0, 0));
        }
        return out;
    }

    private Reference one(String entry) {
        List<Reference> refs = parser.parse(blocks(entry));
        assertEquals(1, refs.size(), () -> "entries of " + entry);
        return refs.get(0);
    }

    @Test
    void parsesAllSeedReferencesWithTheirDois() throws IOException {
        JsonNode exp = SeedFixture.expected().get("references");
        List<Reference> refs = parser.parse(SeedFixture.referenceBlocks(true));
        assertEquals(exp.get("count").asInt(), refs.size());
        Iterator<Map.Entry<String, JsonNode>> dois = exp.get("dois").fields();
        while (dois.hasNext()) {
            Map.Entry<String, JsonNode> d = dois.next();
            Reference r = refs.get(Integer.parseInt(d.getKey()) - 1);
            assertEquals(Integer.parseInt(d.getKey()), r.n());
            assertEquals(d.getValue().asText(), r.doi(), "doi of ref " + r.n());
            assertEquals("J", r.type(), "type of ref " + r.n());
        }
    }

    @Test
    void parsesSeedSampleFields() throws IOException {
        List<Reference> refs = parser.parse(SeedFixture.referenceBlocks(true));
        for (JsonNode s : SeedFixture.expected().get("references").get("samples")) {
            Reference r = refs.get(s.get("n").asInt() - 1);
            String at = "ref " + r.n();
            assertEquals(s.get("firstAuthor").asText(), r.authors().get(0), at);
            if (s.has("authors")) {
                List<String> names = new ArrayList<>();
                s.get("authors").forEach(a -> names.add(a.asText()));
                assertEquals(names, r.authors(), at);
            }
            if (s.has("etAl")) {
                assertEquals(s.get("etAl").asBoolean(), r.etAl(), at);
            }
            if (s.has("title")) {
                assertEquals(s.get("title").asText(), r.title(), at);
            }
            assertEquals(s.get("container").asText(), r.container(), at);
            assertEquals(s.get("year").asInt(), r.year(), at);
            assertEquals(s.get("volume").asText(), r.volume(), at);
            if (s.has("pages")) {
                assertEquals(s.get("pages").asText(), r.pages(), at);
            }
            if (s.has("type")) {
                assertEquals(s.get("type").asText(), r.type(), at);
            }
        }
    }

    @Test
    void joinsEntrySplitAcrossBlocksAndRepairsItsDoi() throws IOException {
        List<Reference> refs = parser.parse(SeedFixture.referenceBlocks(false));
        assertEquals(25, refs.size());
        Reference r7 = refs.get(6);
        assertEquals("10.1126/scitranslmed.abp8309", r7.doi());
        assertTrue(r7.raw().endsWith("doi:10.1126/scitranslmed.abp8309."), r7.raw());
        assertEquals(8, refs.get(7).n());
    }

    @Test
    void keepsHyphenOfDoiSplitBetweenDigits() {
        List<Reference> refs = parser.parse(blocks("[1] Li A. T[J]. J, 2022, 2: 3. doi:10.1038/s41556-022-", "00989-7."));
        assertEquals("10.1038/s41556-022-00989-7", refs.get(0).doi());
    }

    @Test
    void repairsDoiRejoinedWithSpaceInsideOneBlock() {
        assertEquals("10.1126/scitranslmed.abp8309",
                one("[7] Shi H. T[J]. Sci Transl Med, 2022, 14: eabp8309. doi:10.1126/scitrans- lmed.abp8309.").doi());
    }

    @Test
    void readsGbtJournalEntryWithIssue() {
        Reference r = one("[3] 张三, 李四, 王五, 等. 肝衰竭的治疗进展[J]. 中华肝脏病杂志, 2020, 28(3): 201-205.");
        assertEquals(3, r.n());
        assertEquals(List.of("张三", "李四", "王五"), r.authors());
        assertTrue(r.etAl());
        assertEquals("肝衰竭的治疗进展", r.title());
        assertEquals("中华肝脏病杂志", r.container());
        assertEquals(2020, r.year());
        assertEquals("28", r.volume());
        assertEquals("3", r.issue());
        assertEquals("201-205", r.pages());
        assertNull(r.doi());
    }

    @Test
    void readsVancouverEntryWithoutTypeCode() {
        Reference r = one("2. Purwaningrum M, Jamilah NS. Comparative study of stem cells. J Vet Sci. 2021;22(4):e74. "
                + "https://doi.org/10.4142/jvs.2021.22.e74");
        assertEquals(2, r.n());
        assertEquals(List.of("Purwaningrum M", "Jamilah NS"), r.authors());
        assertFalse(r.etAl());
        assertNull(r.type());
        assertEquals("Comparative study of stem cells", r.title());
        assertEquals("J Vet Sci", r.container());
        assertEquals(2021, r.year());
        assertEquals("22", r.volume());
        assertEquals("4", r.issue());
        assertEquals("e74", r.pages());
        assertEquals("10.4142/jvs.2021.22.e74", r.doi());
    }

    @Test
    void readsVolumeWithoutPages() {
        Reference r = one("［13］ Kulesza A, Paczek L. The role of COX-2[J]. Biomedicines, 2023, 11. DOI: 10.3390/biomedicines11020445.");
        assertEquals(13, r.n());
        assertEquals("11", r.volume());
        assertNull(r.pages());
        assertEquals("10.3390/biomedicines11020445", r.doi());
    }

    @Test
    void readsBookWithPublisherAndPages() {
        Reference r = one("[4] 陈孝平, 汪建平. 外科学[M]. 9版. 北京: 人民卫生出版社, 2018: 25-30.");
        assertEquals("M", r.type());
        assertEquals(List.of("陈孝平", "汪建平"), r.authors());
        assertEquals("外科学", r.title());
        assertEquals("9版. 北京: 人民卫生出版社", r.container());
        assertEquals(2018, r.year());
        assertNull(r.volume());
        assertEquals("25-30", r.pages());
    }

    @Test
    void readsThesis() {
        Reference r = one("[5] 赵六. 间充质干细胞研究[D]. 北京: 北京大学, 2019.");
        assertEquals("D", r.type());
        assertEquals("北京: 北京大学", r.container());
        assertEquals(2019, r.year());
        assertNull(r.volume());
    }

    @Test
    void readsOnlineResourceDates() {
        Reference r = one("[6] World Health Organization. Global hepatitis report[EB/OL]. (2020-01-01)[2023-05-06]. "
                + "https://www.who.int/publications/report.");
        assertEquals("EB/OL", r.type());
        assertEquals(List.of("World Health Organization"), r.authors());
        assertEquals("Global hepatitis report", r.title());
        assertEquals(2020, r.year());
        assertNull(r.volume());
        assertNull(r.container());
    }

    @Test
    void readsTitleWithoutAuthors() {
        Reference r = one("[8] 中国肝衰竭诊治指南[S]. 北京: 中华医学会, 2018.");
        assertTrue(r.authors().isEmpty());
        assertEquals("中国肝衰竭诊治指南", r.title());
    }

    @Test
    void segmentsPlainNumberedListsAndSkipsHeading() {
        List<Block> bs = new ArrayList<>(blocks("1. Li A. First[J]. J, 2020, 1: 2.", "2 Wu B. Second[J]. J, 2021, 3: 4.",
                "J Hepatol, 2019."));
        bs.add(0, new Block("References", BlockKind.HEADING, Zone.REFERENCES, 0, 0));
        List<Reference> refs = parser.parse(bs);
        assertEquals(List.of(1, 2), refs.stream().map(Reference::n).toList());
        assertTrue(refs.get(1).raw().endsWith("J Hepatol, 2019."), refs.get(1).raw());
    }

    @Test
    void readsEtAlInItalicsAndKeepsArticleNumberPages() {
        Reference r = one("[5] Schacher FC, Martins Pezzi da Silva A, Silla L, *et al.* Bone marrow cells[J]. "
                + "*Can J Gastroenterol Hepatol*, 2021, 2021: 3662776. doi:10.1155/2021/3662776.");
        assertTrue(r.etAl());
        assertEquals("Can J Gastroenterol Hepatol", r.container());
        assertEquals("2021", r.volume());
        assertEquals("3662776", r.pages());
        assertFalse(r.raw().contains("*"));
    }

    @Test
    void readsFullWidthPunctuation() {
        Reference r = one("[9] 张三，李四．肝衰竭研究[J]．中华肝脏病杂志，2020，28（3）：201－205．");
        assertEquals(List.of("张三", "李四"), r.authors());
        assertEquals("肝衰竭研究", r.title());
        assertEquals("中华肝脏病杂志", r.container());
        assertEquals(2020, r.year());
        assertEquals("28", r.volume());
        assertEquals("3", r.issue());
        assertEquals("201-205", r.pages());
    }

    @Test
    void splitsAuthorsPrintedSurnameCommaInitials() {
        ReferenceAuthorsParser.Authors a = new ReferenceAuthorsParser().parse("Smith, J., Jones, B. and Lee, C.");
        assertEquals(List.of("Smith, J", "Jones, B", "Lee, C"), a.names());
        assertFalse(a.etAl());
    }

    @Test
    void readsYearIssueWithoutVolume() {
        Reference r = one("[10] 王五. 干细胞[J]. 肝脏, 2021(4): 33-36.");
        assertEquals(2021, r.year());
        assertNull(r.volume());
        assertEquals("4", r.issue());
        assertEquals("33-36", r.pages());
    }

    @Test
    void endsUntypedTitleAtQuestionMark() {
        Reference r = one("[11] Lee C. Is it safe? Lancet. 2020;395:1-2.");
        assertEquals("Is it safe?", r.title());
        assertEquals("Lancet", r.container());
        assertEquals("395", r.volume());
        assertEquals("1-2", r.pages());
    }
}
