package org.paperbridge.structure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.paperbridge.clean.HeadingNumber;
import org.paperbridge.model.Paragraph;

/**
 * The section tree of one article while it is read: places each heading under the nearest
 * shallower open section and gives it a dotted number and a level.
 *
 * <p>Chinese articles nest numbering families (一、 → （一） → 1. → (1)); a family's depth is
 * the order in which the article first uses it, and a heading's number is its parent's number
 * with its own ordinal appended ({@code 一、} "1", its {@code （二）} "1.2"). Dotted numbers carry
 * their own depth ({@code 2.1} is level 2 under {@code 2}).
 */
final class SectionOutline {
    /** A section under construction. */
    static final class Node {
        final String number;
        final int level;
        final String title;
        /** Position of the numbering family in the article's nesting order; unnumbered: MAX_VALUE. */
        final int rank;
        /** The printed dotted parts, for dotted headings only. */
        final List<Integer> dotted;
        final List<Paragraph> paragraphs = new ArrayList<>();
        final List<Node> children = new ArrayList<>();

        Node(String number, int level, String title, int rank, List<Integer> dotted) {
            this.number = number;
            this.level = level;
            this.title = title;
            this.rank = rank;
            this.dotted = dotted;
        }
    }

    private final List<Node> roots = new ArrayList<>();
    private final Deque<Node> open = new ArrayDeque<>();
    private final List<HeadingNumber.Scheme> familyOrder = new ArrayList<>();

    List<Node> roots() {
        return roots;
    }

    /** The section paragraphs go to now; opens the untitled leading section if none is open. */
    Node current() {
        if (open.isEmpty()) {
            add(null, new Node(null, 1, null, Integer.MAX_VALUE, List.of()));
        }
        return open.peek();
    }

    /** Opens the section a heading starts; {@code levelHint} is used for unnumbered headings. */
    void heading(String text, int levelHint) {
        Optional<HeadingNumber> parsed = HeadingNumber.parse(text);
        if (parsed.isEmpty()) {
            int level = Math.max(1, levelHint);
            while (!open.isEmpty() && open.peek().level >= level) {
                open.pop();
            }
            add(open.peek(), new Node(null, level, text.strip(), Integer.MAX_VALUE, List.of()));
            return;
        }
        HeadingNumber h = parsed.get();
        int rank = rankOf(h.scheme());
        boolean dotted = h.scheme() == HeadingNumber.Scheme.DOTTED;
        while (!open.isEmpty() && open.peek().rank >= rank && !(dotted && isDottedPrefix(open.peek(), h.parts()))) {
            open.pop();
        }
        Node parent = open.peek();
        if (dotted && parent != null && isDottedPrefix(parent, h.parts())) {
            int level = parent.level + h.parts().size() - parent.dotted.size();
            add(parent, new Node(h.dotted(), level, h.title(), rank, h.parts()));
            return;
        }
        int parentLevel = parent == null ? 0 : parent.level;
        String prefix = parent == null || parent.number == null ? "" : parent.number + ".";
        int depth = dotted ? h.parts().size() : 1;
        // A bracketed number with no numbered section above it keeps its brackets: "(3)" under an
        // unnumbered heading is a list item's number, not section 3.
        boolean bracketed = h.scheme() == HeadingNumber.Scheme.PAREN || h.scheme() == HeadingNumber.Scheme.CJK_PAREN;
        String number = prefix.isEmpty() && bracketed ? "(" + h.dotted() + ")" : prefix + h.dotted();
        add(parent, new Node(number, parentLevel + depth, h.title(), rank,
                dotted ? h.parts() : List.of()));
    }

    private void add(Node parent, Node node) {
        (parent == null ? roots : parent.children).add(node);
        open.push(node);
    }

    private int rankOf(HeadingNumber.Scheme scheme) {
        int i = familyOrder.indexOf(scheme);
        if (i < 0) {
            familyOrder.add(scheme);
            i = familyOrder.size() - 1;
        }
        return i;
    }

    /** Whether {@code node} is a dotted heading whose parts start {@code parts} and are fewer. */
    private static boolean isDottedPrefix(Node node, List<Integer> parts) {
        return !node.dotted.isEmpty() && node.dotted.size() < parts.size()
                && parts.subList(0, node.dotted.size()).equals(node.dotted);
    }
}
