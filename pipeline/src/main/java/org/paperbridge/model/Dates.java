package org.paperbridge.model;

/** History dates in ISO 8601 ({@code yyyy-MM-dd}, or {@code yyyy-MM} when no day is printed). */
public record Dates(String received, String revised, String accepted, String published) {
    public static final Dates EMPTY = new Dates(null, null, null, null);
}
