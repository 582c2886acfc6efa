package org.paperbridge.entity;

import org.paperbridge.lang.Languages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperbridge.model.Entity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed article's required entities, tagged block by block as the clean stage will hand them over. */
class SeedEntitiesTest {
    static final Path ROOT = Path.of(System.getProperty("paperbridge.root", ".."));
    private static List<String> blocks;
    private static List<Entity> entities;

    @BeforeAll
    static void tagSeed() throws Exception {
        String raw = Files.readString(ROOT.resolve("fixtures/seed/000_ce62bb77f3435be5.txt"));
        blocks = new ArrayList<>();
        for (String b : raw.split("\\n\\s*\\n")) {
            String t = b.replaceAll("\\*([^*\\n]+)\\*", "$1").replaceAll("\\^\\[[0-9,\\-]+\\]", "")
                    .replaceAll("^\\s*- ", "").replaceAll("\\s*([αβγκ])\\s*", "$1").trim();
            if (!t.isEmpty()) {
                blocks.add(t);
            }
        }
        EntityTagger tagger = TestLexicon.tagger();
        entities = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            entities.addAll(tagger.tag(blocks.get(i), Languages.of(blocks.get(i)), "b" + i));
        }
    }

    @Test
    void findsEveryRequiredEntity() throws Exception {
        JsonNode req = new ObjectMapper().readTree(ROOT.resolve("fixtures/seed/expected.json").toFile())
                .get("entities_required");
        List<String> missing = new ArrayList<>();
        req.fields().forEachRemaining(f -> {
            Set<String> have = new HashSet<>();
            for (Entity e : entities) {
                if (e.type().equals(f.getKey())) {
                    have.add(lower(e.norm()));
                    have.add(lower(e.id()));
                    if (e.id() != null && e.id().startsWith("NCBITaxon:")) {
                        have.add(e.id().substring(10));
                    }
                }
            }
            for (JsonNode want : f.getValue()) {
                List<String> alts = new ArrayList<>();
                if (want.isArray()) {
                    want.forEach(a -> alts.add(lower(a.asText())));
                } else {
                    alts.add(lower(want.asText()));
                }
                if (alts.stream().noneMatch(have::contains)) {
                    missing.add(f.getKey() + " " + alts.get(0));
                }
            }
        });
        assertEquals(List.of(), missing);
    }

    @Test
    void neverTagsTheCcl4ModelAsTheChemokineGene() {
        assertTrue(entities.stream().noneMatch(e -> e.type().equals("gene") && e.norm().equalsIgnoreCase("CCL4")));
        assertTrue(entities.stream().anyMatch(e -> e.text().equals("CCL4") && e.type().equals("chemical")));
    }

    @Test
    void everyOffsetPointsAtItsText() {
        for (Entity e : entities) {
            String text = blocks.get(Integer.parseInt(e.where().substring(1)));
            int s = text.offsetByCodePoints(0, e.start());
            int en = text.offsetByCodePoints(0, e.end());
            assertEquals(e.text(), text.substring(s, en), e.toString());
        }
    }

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    /** Prints the tagged mentions, for eyeballing precision: run with -Dseed.dump=true. */
    @Test
    void dump() {
        if (Boolean.getBoolean("seed.dump")) {
            entities.forEach(e -> System.out.println(e.type() + "\t" + e.text() + "\t" + e.norm() + "\t" + e.id() + "\t" + e.where()));
        }
    }
}
