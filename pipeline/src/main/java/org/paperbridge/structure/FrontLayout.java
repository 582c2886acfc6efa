package org.paperbridge.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.paperbridge.structure.AuthorParser.AuthorLine;
import org.paperbridge.structure.FrontBlockClassifier.Classified;
import org.paperbridge.structure.FrontBlockClassifier.Shape;

/**
 * Finds, among the unlabelled front blocks of one language, the title, the author line and the
 * affiliation blocks. The title is the text block nearest before the author line, so a journal
 * name or column heading above it is passed over; affiliations are the address-like blocks after.
 */
public final class FrontLayout {
    /** An unlabelled front block in document order, with its shape. */
    public record Entry(String text, Classified classified) {
    }

    /** What one language's byline area holds; any part may be null or empty. */
    public record Layout(String title, AuthorLine authors, List<String> affiliationBlocks) {
        public Layout {
            affiliationBlocks = List.copyOf(affiliationBlocks);
        }
    }

    private static final Pattern TRAILING_MARKS = Pattern.compile(
            "(?:\\s*(?:\\^\\{[^}]*\\}|\\^\\*|[*∗†‡¹²³⁴⁵⁶⁷⁸⁹⁰①-⑳]))+$");
    private static final Pattern CONTINUED = Pattern.compile("^\\s*\\p{Ll}");
    private static final Pattern ENDED = Pattern.compile("[.。!?:：]\\s*$");
    private static final Pattern SUBTITLE = Pattern.compile("^[\\s\\u3000]*(?:——|—|--|:|：)");

    private final AffiliationParser affiliationParser = new AffiliationParser();

    /** The layout of the entries whose language is Chinese ({@code chinese}) or not. */
    public Layout layout(List<Entry> entries, boolean chinese) {
        List<Entry> es = new ArrayList<>();
        for (Entry e : entries) {
            Shape s = e.classified().shape();
            if (e.classified().chinese() == chinese && (s == Shape.AUTHORS || s == Shape.AFFILIATION
                    || s == Shape.TEXT)) {
                es.add(e);
            }
        }
        int authorsAt = -1;
        for (int i = 0; i < es.size(); i++) {
            if (es.get(i).classified().shape() == Shape.AUTHORS) {
                authorsAt = i;
                break;
            }
        }
        String title = null;
        if (authorsAt >= 0) {
            int t = titleBefore(es, authorsAt);
            // A short title in title case ("Liver Regeneration") reads as a name: two "author
            // lines" in a row with nothing before them are a title and the authors.
            if (t < 0 && authorsAt + 1 < es.size() && es.get(authorsAt + 1).classified().shape() == Shape.AUTHORS) {
                t = authorsAt;
                authorsAt++;
            }
            title = t < 0 ? null : withSubtitle(es, t, chinese);
        } else {
            for (Entry e : es) {
                if (e.classified().shape() == Shape.TEXT) {
                    title = e.text();
                    break;
                }
            }
        }
        AuthorLine authors = authorsAt >= 0 ? es.get(authorsAt).classified().authors().orElse(null) : null;
        List<String> affiliations = new ArrayList<>();
        if (authors != null && authors.affiliationTail() != null) {
            affiliations.add(authors.affiliationTail());
        }
        for (int i = Math.max(authorsAt + 1, 0); i < es.size(); i++) {
            if (es.get(i).classified().shape() == Shape.AFFILIATION) {
                affiliations.add(es.get(i).text());
            }
        }
        return new Layout(cleanTitle(title), authors, affiliations);
    }

    /** Index of the title candidate nearest before the author line: text, or an address-free institution name. */
    private int titleBefore(List<Entry> es, int authorsAt) {
        for (int i = authorsAt - 1; i >= 0; i--) {
            Entry e = es.get(i);
            Shape s = e.classified().shape();
            if (s == Shape.TEXT || s == Shape.AFFILIATION && affiliationParser.postcode(e.text()) == null
                    && !e.text().matches("(?s)^[(（]?\\s*\\d.*")) {
                return i;
            }
        }
        return -1;
    }

    private static String withSubtitle(List<Entry> es, int t, boolean chinese) {
        String title = es.get(t).text();
        if (t > 0 && SUBTITLE.matcher(title).find() && es.get(t - 1).classified().shape() == Shape.TEXT) {
            return es.get(t - 1).text().strip() + (chinese ? "" : " ") + title.strip();
        }
        // An English title wrapped onto a second line or block: the second part starts in lower case.
        if (t > 0 && !chinese && CONTINUED.matcher(title).find() && es.get(t - 1).classified().shape() == Shape.TEXT
                && !ENDED.matcher(es.get(t - 1).text()).find()) {
            return es.get(t - 1).text().strip() + " " + title.strip();
        }
        return title;
    }

    private static String cleanTitle(String title) {
        if (title == null) {
            return null;
        }
        String t = TRAILING_MARKS.matcher(title.strip()).replaceFirst("").strip();
        return t.isEmpty() ? null : t;
    }
}
