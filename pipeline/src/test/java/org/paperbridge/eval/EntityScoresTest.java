package org.paperbridge.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityScoresTest {
    @TempDir
    Path dir;

    private static EntityGold.Mention m(int start, int end, String type, String id) {
        return new EntityGold.Mention(start, end, type, id);
    }

    @Test
    void mentionsNeedTheExactSpanAndTypeDocumentsTheSetOfIds() {
        EntityScores s = new EntityScores();
        s.add(List.of(m(0, 3, "disease", "DOID:1"), m(5, 7, "gene", "HGNC:1"), m(9, 11, "gene", "HGNC:1"),
                        m(12, 14, "species", null)),
                List.of(m(0, 3, "disease", "DOID:1"), m(5, 8, "gene", "HGNC:1"), m(12, 14, "gene", "HGNC:2")));
        EntityScores.Counts mentions = EntityScores.total(s.mentionsByType());
        assertEquals(List.of(1L, 2L, 3L), List.of(mentions.tp(), mentions.fp(), mentions.fn()));
        assertEquals(2.0 / 7.0, mentions.f1(), 1e-9);
        // Documents: {disease DOID:1, gene HGNC:1} against {disease DOID:1, gene HGNC:1, gene HGNC:2};
        // the species without id counts for mentions only.
        EntityScores.Counts docs = EntityScores.total(s.documentsByType());
        assertEquals(List.of(2L, 1L, 0L), List.of(docs.tp(), docs.fp(), docs.fn()));
        assertEquals(1L, s.mentionsByType().get("species").fn());
    }

    @Test
    void idsCountPerPassage() {
        EntityScores s = new EntityScores();
        s.add(List.of(m(0, 2, "gene", "HGNC:1")), List.of());
        s.add(List.of(m(0, 2, "gene", "HGNC:1")), List.of(m(0, 2, "gene", "HGNC:1")));
        EntityScores.Counts docs = s.documentsByType().get("gene");
        assertEquals(List.of(1L, 0L, 1L), List.of(docs.tp(), docs.fp(), docs.fn()));
    }

    @Test
    void loadsAPartAndRefusesMentionsOutsideTheText() throws IOException {
        Files.createDirectories(dir.resolve("gold"));
        Files.createDirectories(dir.resolve("text"));
        Files.writeString(dir.resolve("text/a.txt"), "𠀀膀胱癌");
        Files.writeString(dir.resolve("gold/a.json"),
                "{\"id\":\"a\",\"part\":\"tune\",\"mentions\":[{\"start\":1,\"end\":4,\"type\":\"disease\",\"id\":\"DOID:11054\"}]}");
        Files.writeString(dir.resolve("text/b.txt"), "肺癌");
        Files.writeString(dir.resolve("gold/b.json"), "{\"id\":\"b\",\"part\":\"check\",\"mentions\":[]}");
        List<EntityGold.Passage> tune = EntityGold.load(dir, "tune");
        assertEquals(1, tune.size());
        assertEquals(new EntityGold.Mention(1, 4, "disease", "DOID:11054"), tune.get(0).mentions().get(0));
        assertEquals(2, EntityGold.load(dir, null).size());
        Files.writeString(dir.resolve("gold/b.json"), "{\"id\":\"b\",\"mentions\":[{\"start\":0,\"end\":3,\"type\":\"disease\"}]}");
        IOException e = assertThrows(IOException.class, () -> EntityGold.load(dir, null));
        assertTrue(e.getMessage().contains("outside the text"), e.getMessage());
    }
}
