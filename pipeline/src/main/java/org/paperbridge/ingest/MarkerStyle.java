package org.paperbridge.ingest;

/** How raised superscripts are written: affiliation marks in the front matter, citations in the body. */
enum MarkerStyle {
    /** {@code ^{1,2*}} after author names. */
    AFFILIATION,
    /** {@code [n]}, {@code [n-m]}, {@code [n,m]} in running text. */
    CITATION
}
