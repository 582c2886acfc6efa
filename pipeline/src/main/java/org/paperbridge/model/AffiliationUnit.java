package org.paperbridge.model;

/**
 * One unit of an affiliation (department, institution, city, province, postcode, country, other)
 * as printed in each language, paired by evidence; a side is null when the other language has no
 * counterpart, and {@code score} (0–1) is the evidence for the pair, 0 for a one-sided unit.
 */
public record AffiliationUnit(String kind, String zh, String en, double score) {
    public static final String DEPARTMENT = "department";
    public static final String INSTITUTION = "institution";
    public static final String CITY = "city";
    public static final String PROVINCE = "province";
    public static final String POSTCODE = "postcode";
    public static final String COUNTRY = "country";
    public static final String OTHER = "other";
}
