package org.paperbridge.index;

import java.util.List;
import java.util.Set;

/**
 * How to search: page of articles ({@code offset}, {@code limit}), passages shown per article,
 * languages searched ("zh", "en" or both), text groups a bare word searches, and facets wanted.
 */
public record SearchOptions(int limit, int offset, int passagesPerArticle, Set<String> languages, List<String> groups,
                            boolean facets) {
    public static final SearchOptions DEFAULT = new SearchOptions(10, 0, 3, Set.of("zh", "en"), Fields.GROUPS, false);

    public SearchOptions {
        if (limit < 1 || offset < 0 || passagesPerArticle < 1) {
            throw new IllegalArgumentException("limit and passages must be positive, offset not negative");
        }
        languages = Set.copyOf(languages);
        groups = List.copyOf(groups);
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
