package org.paperbridge.model;

import java.util.List;

/**
 * One affiliation as printed in each language, with its postcode when one is given, and its units
 * (department, institution, place, postcode, …) paired across the languages by the align stage;
 * {@code units} is empty before alignment. Every key is written in every row, so line-oriented
 * readers (pyarrow, Hugging Face datasets) see one shape.
 */
public record Affiliation(String zh, String en, String postcode, List<AffiliationUnit> units) {
    public Affiliation {
        units = units == null ? List.of() : List.copyOf(units);
    }

    /** An affiliation whose units are not yet paired. */
    public Affiliation(String zh, String en, String postcode) {
        this(zh, en, postcode, List.of());
    }

    public Affiliation withUnits(List<AffiliationUnit> newUnits) {
        return new Affiliation(zh, en, postcode, newUnits);
    }
}
