package org.paperbridge.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    /** Where an entity in this reference's title sits: {@code ref<n>}. */
    public String where() {
        return "ref" + n;
    }

    /**
     * The first reference of each number, in order: the ones a {@code ref<n>} place names. A list can
     * repeat numbers when a page carries another article's references after this one's, and then
     * only the first of each number can be told apart.
     */
    public static List<Reference> firstOfEachNumber(List<Reference> references) {
        Set<Integer> seen = new HashSet<>();
        List<Reference> out = new ArrayList<>(references.size());
        for (Reference r : references) {
            if (seen.add(r.n())) {
                out.add(r);
            }
        }
        return out;
    }
}
