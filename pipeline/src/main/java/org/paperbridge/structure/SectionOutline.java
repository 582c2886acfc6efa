package org.paperbridge.structure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.paperbridge.clean.HeadingNumber;
import org.paperbridge.lang.TraditionalChinese;
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

    /** Back matter and page furniture printed as unnumbered headings: never a numbered section. */
    private static final Pattern BACK_MATTER = TraditionalChinese.pattern(
            "^(?:致\\s*谢|参\\s*考\\s*文\\s*献|附\\s*录|利益冲突|作者贡献|知情同意|附\\s*表|(?i:acknowledg|references|appendix|conflicts? of interest)).*");

    /**
     * The top-level sections with the number a converter lost restored (OCR and Markdown
     * converters drop a heading's number now and then: {@code # FPIR系统的成像原理} before
     * {@code # 2改进的…}). An unnumbered heading gets a number only where the article's own
     * numbering leaves exactly that hole: it stands alone between sections P and P+2 (or before
     * section 2, the first), or its first subsection is {@code N.1} and no section N exists.
     * Subsections numbered under it move into it.
     */
    List<Node> withLostNumbers() {
        Set<Integer> present = new HashSet<>();
        for (Node n : roots) {
            Integer top = topNumber(n);
            if (top != null) {
                present.add(top);
            }
        }
        List<Node> out = new ArrayList<>(roots);
        boolean restored = false;
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < out.size(); i++) {
                Node n = out.get(i);
                if (n.number != null || n.title == null || BACK_MATTER.matcher(n.title).matches()) {
                    continue;
                }
                // the last section counts as one that lost its number only in an article whose
                // converter is seen to drop them (a number restored by the rules above)
                Integer lost = pass == 0 ? lostNumber(out, i, present) : restored ? lastLost(out, i) : null;
                if (lost == null) {
                    continue;
                }
                restored = true;
                number(out, i, lost);
                present.add(lost);
            }
        }
        return out;
    }

    /** Gives the heading at {@code i} its lost number and moves the subsections numbered under it into it. */
    private static void number(List<Node> out, int i, int lost) {
        Node n = out.get(i);
        Node numbered = new Node(Integer.toString(lost), 1, n.title, n.rank, List.of(lost));
        numbered.paragraphs.addAll(n.paragraphs);
        numbered.children.addAll(n.children);
        while (i + 1 < out.size() && out.get(i + 1).dotted.size() > 1 && out.get(i + 1).dotted.get(0) == lost) {
            numbered.children.add(out.remove(i + 1));
        }
        out.set(i, numbered);
    }

    /** N+1 for an unnumbered heading alone after the last numbered section N, else null. */
    private static Integer lastLost(List<Node> nodes, int i) {
        for (int k = i + 1; k < nodes.size(); k++) {
            Node n = nodes.get(k);
            if (topNumber(n) != null || n.number == null && n.title != null && !BACK_MATTER.matcher(n.title).matches()) {
                return null;
            }
        }
        for (int k = i - 1; k >= 0; k--) {
            Integer top = topNumber(nodes.get(k));
            if (top != null) {
                return top + 1;
            }
            if (nodes.get(k).number == null && nodes.get(k).title != null) {
                return null;
            }
        }
        return null;
    }

    private static Integer lostNumber(List<Node> nodes, int i, Set<Integer> present) {
        if (i + 1 < nodes.size()) {
            List<Integer> next = nodes.get(i + 1).dotted;
            if (next.size() == 2 && next.get(1) == 1 && !present.contains(next.get(0))) {
                return next.get(0);
            }
        }
        int before = 0;
        for (int k = i - 1; k >= 0; k--) {
            Integer top = topNumber(nodes.get(k));
            if (top != null) {
                before = top;
                break;
            }
            if (nodes.get(k).number == null && nodes.get(k).title != null) {
                return null; // another unnumbered heading in the same hole: which one lost it is unknown
            }
        }
        for (int k = i + 1; k < nodes.size(); k++) {
            Integer top = topNumber(nodes.get(k));
            if (top != null) {
                return top == before + 2 && !present.contains(before + 1) ? before + 1 : null;
            }
            if (nodes.get(k).number == null && nodes.get(k).title != null) {
                return null;
            }
        }
        return null;
    }

    /** The number of a top-level numbered section (3, not 3.1 or (3)), else null. */
    private static Integer topNumber(Node n) {
        return n.level == 1 && n.number != null && n.number.matches("\\d{1,2}") ? Integer.valueOf(n.number) : null;
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
