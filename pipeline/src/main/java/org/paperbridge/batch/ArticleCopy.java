package org.paperbridge.batch;

/**
 * A source dropped as a copy of another: its place among the copies offered, the copy kept, how
 * they match ({@code doi}, {@code bytes}, {@code text}, {@code near-text}) and why the other is kept.
 */
record ArticleCopy(int copy, int keeper, String keeperPath, String match, String reason) {
    static final String DOI = "doi";
    static final String BYTES = "bytes";
    static final String TEXT = "text";
    static final String NEAR_TEXT = "near-text";
}
