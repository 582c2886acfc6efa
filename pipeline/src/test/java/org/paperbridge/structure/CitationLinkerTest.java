package org.paperbridge.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.paperbridge.model.Citation;
import org.paperbridge.model.CodePoints;
import org.paperbridge.model.Span;

class CitationLinkerTest {
    private static final Set<Integer> REFS = IntStream.rangeClosed(1, 25).boxed().collect(Collectors.toSet());
    private final CitationLinker linker = new CitationLinker();

    @Test
    void linksSingleMarkerWithItsSpan() {
        String text = "发挥重要作用[7]。";
        List<Citation> cs = linker.link(text, REFS);
        assertEquals(List.of(new Citation(6, 9, List.of(7))), cs);
        assertEquals("[7]", CodePoints.substring(text, new Span(6, 9)));
    }

    @Test
    void expandsRangesAndLists() {
        assertEquals(List.of(3, 4, 5), linker.link("a[3-5]", REFS).get(0).refs());
        assertEquals(List.of(3, 4, 5), linker.link("a[3–5]", REFS).get(0).refs());
        assertEquals(List.of(3, 4, 5), linker.link("a[3~5]", REFS).get(0).refs());
        assertEquals(List.of(3, 5), linker.link("a[3,5]", REFS).get(0).refs());
        assertEquals(List.of(3, 5, 6, 7), linker.link("a[3, 5-7]", REFS).get(0).refs());
    }

    @Test
    void countsSpanInCodePointsPastSupplementaryCharacter() {
        String text = "𠀀细胞[12]";
        Citation c = linker.link(text, REFS).get(0);
        assertEquals(3, c.start());
        assertEquals(7, c.end());
        assertEquals("[12]", CodePoints.substring(text, new Span(c.start(), c.end())));
    }

    @Test
    void ignoresTypeCodesYearsWordsAndUnknownNumbers() {
        assertTrue(linker.link("Title[J]. Nat, 2022", REFS).isEmpty());
        assertTrue(linker.link("in [2023] and [see above]", REFS).isEmpty());
        assertTrue(linker.link("cited [26]", REFS).isEmpty());
        assertTrue(linker.link("cited [5-30]", REFS).isEmpty());
        assertTrue(linker.link("odd [5,] [,5] [7-3]", REFS).isEmpty());
    }

    @Test
    void acceptsPlausibleNumbersWithoutReferenceList() {
        assertEquals(List.of(40), linker.link("x[40]", Set.of()).get(0).refs());
        assertTrue(linker.link("in [2023]", Set.of()).isEmpty());
    }

    @Test
    void findsEveryMarkerInOrder() {
        List<Citation> cs = linker.link("A[1], B[2,3]; C[J] D[4]", REFS);
        assertEquals(List.of(List.of(1), List.of(2, 3), List.of(4)), cs.stream().map(Citation::refs).toList());
    }
}
