package org.paperbridge.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The Chinese front matter of an article written in traditional script, converted to simplified
 * script for matching, search and parallel text. The article's own fields keep the text as printed
 * (all offsets point into them); {@code keywords} follows the order of the article's
 * {@code keywords}, null where a pair has no Chinese side.
 */
public record Simplified(String title, @JsonProperty("abstract") String abstract_, List<String> keywords) {
    public Simplified {
        keywords = Collections.unmodifiableList(new ArrayList<>(keywords)); // may hold nulls
    }
}
