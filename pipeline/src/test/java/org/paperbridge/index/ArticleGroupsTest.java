package org.paperbridge.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ArticleGroupsTest {
    private record Hit(String passage, String article, float score) {
    }

    private static final List<Hit> HITS = List.of(new Hit("b1", "b", 3f), new Hit("a1", "a", 3f),
            new Hit("c1", "c", 2f), new Hit("b2", "b", 1.5f), new Hit("b3", "b", 1f), new Hit("a2", "a", 0.5f));

    @Test
    void articlesRankByBestScoreThenIdAndShowTheirFirstHits() {
        ArticleGroups<String, Hit> groups = new ArticleGroups<>(HITS, Hit::article, Hit::score);
        assertEquals(3, groups.size());
        List<ArticleGroups.Group<String, Hit>> page = groups.page(0, 10, 2, id -> id);
        assertEquals(List.of("a", "b", "c"), page.stream().map(ArticleGroups.Group::article).toList(),
                "a and b tie at 3: the id decides, not the engine's order");
        assertEquals(List.of("b1", "b2"), page.get(1).shown().stream().map(Hit::passage).toList());
        assertEquals(3f, page.get(1).score());
    }

    @Test
    void pagesSkipAndLimitArticlesAndAskForIdsOnlyOnTies() {
        List<String> asked = new ArrayList<>();
        ArticleGroups<String, Hit> groups = new ArticleGroups<>(HITS, Hit::article, Hit::score);
        List<ArticleGroups.Group<String, Hit>> page = groups.page(1, 1, 5, id -> {
            asked.add(id);
            return id;
        });
        assertEquals(List.of("b"), page.stream().map(ArticleGroups.Group::article).toList());
        assertEquals(List.of("b1", "b2", "b3"), page.get(0).shown().stream().map(Hit::passage).toList());
        assertEquals(List.of("a", "b"), asked.stream().sorted().toList(), "c's score ties with nobody");
        assertEquals(List.of(), groups.page(5, 3, 1, id -> id), "past the last article");
    }
}
