package org.paperbridge.corpus;

/** How the training exports are cut: which parallel pairs they keep, and the document-level splits. */
public record ExportSettings(PairSelection pairs, Splits splits) {
    public static final ExportSettings DEFAULT = new ExportSettings(PairSelection.DEFAULT, Splits.DEFAULT);
}
