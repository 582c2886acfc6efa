package org.paperbridge.model;

import java.util.List;

/**
 * One entry of the reference list, parsed into fields; {@code raw} keeps the entry as printed
 * (after rejoining lines broken by the layout). {@code type} is the GB/T 7714 code (J, M, D, C,
 * EB/OL, …) when printed.
 */
public record Reference(int n, String raw, String type, List<String> authors, boolean etAl, String title,
                        String container, Integer year, String volume, String issue, String pages,
                        String doi) {
    public Reference {
        authors = List.copyOf(authors);
    }
}
