package org.paperbridge.index;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.paperbridge.model.CodePoints;
import org.paperbridge.model.Span;

/**
 * Formats highlighter passages with private-use marks around matches, which {@link #parse} turns
 * into a {@link SearchResult.Snippet} with code-point highlight spans.
 */
final class SnippetFormatter extends PassageFormatter {
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    private static final String GAP = " … ";

    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder out = new StringBuilder();
        for (Passage passage : passages) {
            if (out.length() > 0) {
                out.append(GAP);
            }
            int at = passage.getStartOffset();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = Math.max(at, passage.getMatchStarts()[i]);
                int end = Math.min(passage.getEndOffset(), passage.getMatchEnds()[i]);
                if (end <= start) {
                    continue;
                }
                out.append(clean(content.substring(at, start))).append(OPEN)
                        .append(clean(content.substring(start, end))).append(CLOSE);
                at = end;
            }
            out.append(clean(content.substring(at, passage.getEndOffset())));
        }
        return out.toString().strip();
    }

    private static String clean(String s) {
        return s.replace(OPEN, ' ').replace(CLOSE, ' ').replace('\n', ' ');
    }

    static SearchResult.Snippet parse(String marked) {
        StringBuilder text = new StringBuilder();
        List<Span> highlights = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == OPEN) {
                open = text.length();
            } else if (c == CLOSE && open >= 0) {
                String sofar = text.toString();
                highlights.add(new Span(CodePoints.fromChar(sofar, open), CodePoints.length(sofar)));
                open = -1;
            } else {
                text.append(c);
            }
        }
        return new SearchResult.Snippet(text.toString(), merge(highlights));
    }

    /** Adjacent highlighted words (肝 衰竭) read as one highlight. */
    private static List<Span> merge(List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span span : spans) {
            if (!out.isEmpty() && out.get(out.size() - 1).end() >= span.start()) {
                Span last = out.remove(out.size() - 1);
                out.add(new Span(last.start(), Math.max(last.end(), span.end())));
            } else {
                out.add(span);
            }
        }
        return out;
    }
}
