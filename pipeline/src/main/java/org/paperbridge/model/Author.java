package org.paperbridge.model;

import java.util.List;

/** One author: the name in both languages, indices into {@code Article.affiliations}. */
public record Author(Bilingual name, boolean corresponding, String email, List<Integer> affiliations) {
    public Author {
        affiliations = List.copyOf(affiliations);
    }
}
