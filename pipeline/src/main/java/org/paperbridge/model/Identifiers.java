package org.paperbridge.model;

import java.util.List;

/**
 * Identifiers printed in the front matter: DOI, Chinese Library Classification codes (中图分类号),
 * document code (文献标志码) and article number (文章编号).
 */
public record Identifiers(String doi, List<String> clc, String documentCode, String articleNumber) {
    public static final Identifiers EMPTY = new Identifiers(null, List.of(), null, null);

    public Identifiers {
        clc = List.copyOf(clc);
    }
}
