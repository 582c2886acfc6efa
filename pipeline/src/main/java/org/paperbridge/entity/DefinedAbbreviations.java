package org.paperbridge.entity;

import org.paperbridge.ner.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives an abbreviation the type of the learned mention it abbreviates: in "phenylpropanolamine (PPA)"
 * the chemical model found the long form, while PPA alone looks like a gene symbol to the gene model
 * (or like nothing). The text's own definition is better evidence than either model's guess, so the
 * abbreviation, there and wherever else it stands in the text, takes the long form's type: a learned
 * mention of another type on it is dropped, and it is added where no model found it.
 */
final class DefinedAbbreviations {
    private static final int MAX_LENGTH = 10;

    private DefinedAbbreviations() {
    }

    /** {@code spans}, which do not overlap, with the abbreviations defined after learned long forms typed as those. */
    static List<Span> apply(String text, List<Span> spans) {
        if (spans.isEmpty() || text.indexOf('(') < 0) {
            return spans;
        }
        Map<String, Span> defined = new HashMap<>();
        for (Span s : spans) {
            int open = skipSpaces(text, s.end());
            if (open >= text.length() || text.charAt(open) != '(') {
                continue;
            }
            int from = skipSpaces(text, open + 1);
            int to = from;
            while (to < text.length() && isAbbreviationChar(text.charAt(to))) {
                to++;
            }
            int close = skipSpaces(text, to);
            if (close >= text.length() || text.charAt(close) != ')' || !isAbbreviation(text, from, to)
                    || Character.toLowerCase(text.charAt(from)) != Character.toLowerCase(text.charAt(s.start()))) {
                continue;
            }
            defined.putIfAbsent(text.substring(from, to), s);
        }
        if (defined.isEmpty()) {
            return spans;
        }
        List<Span> out = new ArrayList<>(spans);
        for (Map.Entry<String, Span> d : defined.entrySet()) {
            String abbr = d.getKey();
            Span longForm = d.getValue();
            for (int i = text.indexOf(abbr); i >= 0; i = text.indexOf(abbr, i + 1)) {
                int end = i + abbr.length();
                if ((i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))
                        || (end < text.length() && Character.isLetterOrDigit(text.charAt(end)))) {
                    continue;
                }
                retype(out, new Span(i, end, longForm.type(), longForm.margin()));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** Puts {@code a} in place of the mentions of other types it overlaps, unless one of its own type covers it. */
    private static void retype(List<Span> spans, Span a) {
        for (Span s : spans) {
            if (s.start() < a.end() && s.end() > a.start() && s.type().equals(a.type())) {
                return;
            }
        }
        for (Span s : spans) {
            // a longer mention of another type that holds the abbreviation ("PPA-induced injury") stays
            if (s.start() < a.end() && s.end() > a.start() && (s.start() < a.start() || s.end() > a.end())) {
                return;
            }
        }
        spans.removeIf(s -> s.start() == a.start() && s.end() == a.end());
        spans.add(a);
    }

    private static boolean isAbbreviation(String text, int from, int to) {
        if (to - from < 2 || to - from > MAX_LENGTH || !Character.isLetter(text.charAt(from))) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAbbreviationChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-';
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
