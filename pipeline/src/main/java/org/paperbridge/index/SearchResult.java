package org.paperbridge.index;

import java.util.List;
import java.util.Map;

import org.paperbridge.model.Span;

/**
 * What a search found: articles in rank order, each with its best passages, and (when asked)
 * facet counts per dimension. {@code totalPassages} counts the matching documents (paragraphs and
 * front matters) and {@code totalArticles} their articles; when {@code totalsExact} is false they
 * are lower bounds (an engine that stops counting early, as a SolrCloud collection past
 * {@code minExactCount}).
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

    /**
     * How many matching articles carry a facet value anywhere: {@code value} is what a query
     * names it by (an entity's id such as CL:0000235, else its name; a keyword; a year),
     * {@code name} how to show it (the entity's canonical name, the keyword, the year).
     */
    public record FacetCount(String value, String name, int count) {
        // Not U+001F: Lucene's facet paths use it as their delimiter and escape it inside a label
        // (with U+001E), and Solr, which stores the label as it is, would hand the escape back.
        private static final char SEPARATOR = '\u001D';

        /** Decodes a facet label as the index stores it ({@link #label}). */
        public FacetCount(String label, int count) {
            this(label.indexOf(SEPARATOR) < 0 ? label : label.substring(0, label.indexOf(SEPARATOR)),
                    label.indexOf(SEPARATOR) < 0 ? label : label.substring(label.indexOf(SEPARATOR) + 1), count);
        }

        /** The facet label of a value: "id GS name" when there is an id, else the name alone. */
        public static String label(String id, String name) {
            return id == null ? name : id + SEPARATOR + name;
        }
    }
}
