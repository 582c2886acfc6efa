package org.paperbridge.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The Chinese front matter of an article written in traditional script, converted to simplified
 * script for matching, search and parallel text. The article's own fields keep the text as printed
 * (all offsets point into them). {@code keywords}, {@code authors} (the Chinese names) and
 * {@code affiliations} (the Chinese addresses) follow the order of the article's lists of the
 * same names, null where an item has no Chinese side.
 */
public record Simplified(String title, @JsonProperty("abstract") String abstract_, List<String> keywords,
                         List<String> authors, List<String> affiliations) {
    public Simplified {
        keywords = copy(keywords);
        authors = copy(authors);
        affiliations = copy(affiliations);
    }

    /** An unmodifiable copy that may hold nulls; none for a list a document written before it lacks. */
    private static List<String> copy(List<String> items) {
        return items == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(items));
    }
}
