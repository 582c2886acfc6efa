package org.paperbridge.align;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;

/**
 * Aho–Corasick automaton over a fixed set of terms: finds every term occurring in a text in one pass,
 * whatever the number of terms, where testing each term with {@code contains} costs time in
 * proportion to the dictionary (thousands of lexicon entries per sentence). Immutable once built.
 */
final class TermMatcher {
    /** Transitions keyed by (state << 16 | char). */
    private final Map<Long, Integer> next = new HashMap<>();
    private final List<Integer> fail = new ArrayList<>();
    /** Terms ending at each state, including those reached through failure links. */
    private final List<List<String>> output = new ArrayList<>();

    TermMatcher(Collection<String> terms) {
        newState();
        for (String term : terms) {
            if (term.isEmpty()) {
                continue;
            }
            int state = 0;
            for (int i = 0; i < term.length(); i++) {
                long key = key(state, term.charAt(i));
                Integer to = next.get(key);
                if (to == null) {
                    to = newState();
                    next.put(key, to);
                }
                state = to;
            }
            output.get(state).add(term);
        }
        linkFailures();
    }

    /** Adds to {@code found} every term that occurs in {@code text}. */
    void findIn(String text, Set<String> found) {
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Integer to = next.get(key(state, c));
            while (to == null && state != 0) {
                state = fail.get(state);
                to = next.get(key(state, c));
            }
            state = to == null ? 0 : to;
            found.addAll(output.get(state));
        }
    }

    private int newState() {
        fail.add(0);
        output.add(new ArrayList<>(1));
        return fail.size() - 1;
    }

    private void linkFailures() {
        Map<Integer, List<Map.Entry<Long, Integer>>> children = new HashMap<>();
        for (Map.Entry<Long, Integer> e : next.entrySet()) {
            children.computeIfAbsent((int) (e.getKey() >>> 16), k -> new ArrayList<>()).add(e);
        }
        Queue<Integer> queue = new ArrayDeque<>();
        for (Map.Entry<Long, Integer> e : children.getOrDefault(0, List.of())) {
            queue.add(e.getValue());
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            for (Map.Entry<Long, Integer> e : children.getOrDefault(state, List.of())) {
                char c = (char) (e.getKey() & 0xFFFF);
                int child = e.getValue();
                int f = fail.get(state);
                Integer to = next.get(key(f, c));
                while (to == null && f != 0) {
                    f = fail.get(f);
                    to = next.get(key(f, c));
                }
                int target = to == null || to == child ? 0 : to;
                fail.set(child, target);
                output.get(child).addAll(output.get(target));
                queue.add(child);
            }
        }
    }

    private static long key(int state, char c) {
        return ((long) state << 16) | c;
    }
}
