package org.paperbridge.index;

import java.util.List;
import java.util.Set;

/**
 * How to search: page of articles ({@code offset}, {@code limit}), passages shown per article,
 * languages searched ("zh", "en" or both), text groups a bare word searches, and facets wanted.
 * The page is bounded ({@link #MAX_LIMIT}, {@link #MAX_OFFSET}, {@link #MAX_PASSAGES}) so that no
 * request makes a search collect or highlight more than a few hundred thousand hits.
 */
public record SearchOptions(int limit, int offset, int passagesPerArticle, Set<String> languages, List<String> groups,
                            boolean facets) {
    public static final SearchOptions DEFAULT = new SearchOptions(10, 0, 3, Set.of("zh", "en"), Fields.GROUPS, false);
    /** Most articles on one page. */
    public static final int MAX_LIMIT = 1_000;
    /** Most articles skipped: pages further down are not worth ranking for. */
    public static final int MAX_OFFSET = 10_000;
    /** Most passages shown per article. */
    public static final int MAX_PASSAGES = 100;

    public SearchOptions {
        if (limit < 1 || offset < 0 || passagesPerArticle < 1) {
            throw new IllegalArgumentException("limit and passages must be positive, offset not negative");
        }
        if (limit > MAX_LIMIT || offset > MAX_OFFSET || passagesPerArticle > MAX_PASSAGES) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "limit is at most %,d articles, offset at most %,d, passages at most %,d per article",
                    MAX_LIMIT, MAX_OFFSET, MAX_PASSAGES));
        }
        languages = Set.copyOf(languages);
        groups = List.copyOf(groups);
    }

    /**
     * Hits to collect first when looking for this page: enough for every shown article's passages
     * with some to spare, between {@code min} and {@code max}.
     */
    public int firstDepth(int min, int max) {
        long wanted = ((long) offset + limit) * passagesPerArticle * 4;
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
