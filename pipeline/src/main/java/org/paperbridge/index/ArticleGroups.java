package org.paperbridge.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The hits of a query grouped by article, and the page of articles a search shows: the shape the
 * local index and a SolrCloud collection both give their results, whatever their hits are.
 * Articles rank by their best hit's score, equal scores by article id, so the order does not
 * depend on where an engine keeps its documents.
 *
 * @param <K> what names an article in the engine (a document number, an id)
 * @param <H> a hit
 */
public final class ArticleGroups<K, H> {
    /** One article of a page: its key, its best hit's score and the hits shown for it. */
    public record Group<K, H>(K article, float score, List<H> shown) {
    }

    /** The score of a hit. */
    @FunctionalInterface
    public interface Scores<H> {
        float of(H hit);
    }

    private final Map<K, List<H>> byArticle = new LinkedHashMap<>();
    private final Scores<H> scores;

    /** Groups {@code hits}, best first, by the article each belongs to. */
    public ArticleGroups(List<H> hits, Function<H, K> articleOf, Scores<H> scores) {
        this.scores = scores;
        for (H hit : hits) {
            byArticle.computeIfAbsent(articleOf.apply(hit), k -> new ArrayList<>()).add(hit);
        }
    }

    /** Number of articles among the hits. */
    public int size() {
        return byArticle.size();
    }

    /**
     * The articles from {@code offset}, at most {@code limit}, each with its first
     * {@code perArticle} hits. {@code idOf} is asked only for articles whose best scores tie.
     */
    public List<Group<K, H>> page(int offset, int limit, int perArticle, Function<K, String> idOf) {
        Map<K, String> ids = new HashMap<>();
        List<Map.Entry<K, List<H>>> ranked = new ArrayList<>(byArticle.entrySet());
        ranked.sort(Comparator.comparing((Map.Entry<K, List<H>> g) -> -scores.of(g.getValue().get(0)))
                .thenComparing(g -> ids.computeIfAbsent(g.getKey(), idOf)));
        List<Group<K, H>> page = new ArrayList<>();
        int from = Math.min(offset, ranked.size());
        int to = (int) Math.min(ranked.size(), (long) offset + limit);
        for (Map.Entry<K, List<H>> g : ranked.subList(from, to)) {
            List<H> hits = g.getValue();
            page.add(new Group<>(g.getKey(), scores.of(hits.get(0)),
                    List.copyOf(hits.subList(0, Math.min(perArticle, hits.size())))));
        }
        return page;
    }
}
