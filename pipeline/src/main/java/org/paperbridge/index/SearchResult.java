package org.paperbridge.index;

import java.util.List;
import java.util.Map;

import org.paperbridge.model.Span;

/**
 * What a search found: articles in rank order, each with its best passages, and (when asked)
 * facet counts per dimension. {@code totalPassages} counts the matching documents and
 * {@code totalArticles} their articles; when {@code totalsExact} is false they are lower bounds
 * (counting stops after the first thousand matches so that ranking can skip the rest).
 */
public record SearchResult(String query, long totalPassages, int totalArticles, boolean totalsExact,
                           List<ArticleHit> articles, Map<String, List<FacetCount>> facets) {
    public SearchResult {
        articles = List.copyOf(articles);
        facets = Map.copyOf(facets);
    }

    /** One article with the passages that matched, best first. */
    public record ArticleHit(String docId, String titleZh, String titleEn, Integer year, String doi, float score,
                             List<PassageHit> passages) {
        public ArticleHit {
            passages = List.copyOf(passages);
        }
    }

    /**
     * A matching paragraph, or the article's front matter ({@code where} = title, abstract or
     * keywords, no section); {@code paragraphId} names the paragraph in the article JSON.
     */
    public record PassageHit(String where, String paragraphId, String sectionNumber, String sectionTitle,
                             float score, Snippet snippet) {
    }

    /** A piece of the matched text; highlights are code-point spans into {@code text}. */
    public record Snippet(String text, List<Span> highlights) {
        public Snippet {
            highlights = List.copyOf(highlights);
        }
    }

    /** How many matching articles carry a facet value (entity norm, keyword, year) anywhere. */
    public record FacetCount(String value, int count) {
    }
}
