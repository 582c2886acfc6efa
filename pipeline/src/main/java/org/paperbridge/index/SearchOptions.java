package org.paperbridge.index;

import java.util.List;
import java.util.Set;

/**
 * How to search: page of articles ({@code offset}, {@code limit}), passages shown per article,
 * languages searched ("zh", "en" or both), text groups a bare word searches, and facets wanted.
 * Any page is safe to ask for: the hits a search collects are bounded whatever the numbers
 * ({@link #firstDepth}); the command line also bounds the page itself ({@link #MAX_LIMIT},
 * {@link #MAX_OFFSET}, {@link #MAX_PASSAGES}).
 */
public record SearchOptions(int limit, int offset, int passagesPerArticle, Set<String> languages, List<String> groups,
                            boolean facets) {
    public static final SearchOptions DEFAULT = new SearchOptions(10, 0, 3, Set.of("zh", "en"), Fields.GROUPS, false);
    /** Most articles on one page of {@code paperbridge search}. */
    public static final int MAX_LIMIT = 1_000;
    /** Most articles skipped: pages further down are not worth ranking for. */
    public static final int MAX_OFFSET = 10_000;
    /** Most passages shown per article. */
    public static final int MAX_PASSAGES = 100;

    public SearchOptions {
        if (limit < 1 || offset < 0 || passagesPerArticle < 1) {
            throw new IllegalArgumentException("limit and passages must be positive, offset not negative");
        }
        languages = Set.copyOf(languages);
        groups = List.copyOf(groups);
    }

    /**
     * Hits to collect first when looking for this page: enough for every shown article's passages
     * with some to spare, between {@code min} and {@code max}.
     */
    public int firstDepth(int min, int max) {
        long articles = Math.min((long) offset + limit, max); // clamped first: the product then fits a long
        long wanted = articles * passagesPerArticle * 4;
        return (int) Math.max(min, Math.min(max, wanted));
    }

    public SearchOptions withLimit(int newLimit, int newOffset) {
        return new SearchOptions(newLimit, newOffset, passagesPerArticle, languages, groups, facets);
    }

    public SearchOptions withFacets(boolean wanted) {
        return new SearchOptions(limit, offset, passagesPerArticle, languages, groups, wanted);
    }

    public SearchOptions withLanguages(Set<String> newLanguages) {
        return new SearchOptions(limit, offset, passagesPerArticle, newLanguages, groups, facets);
    }

    public SearchOptions withGroups(List<String> newGroups) {
        return new SearchOptions(limit, offset, passagesPerArticle, languages, newGroups, facets);
    }
}
