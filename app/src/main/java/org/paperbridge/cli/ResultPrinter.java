package org.paperbridge.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

import org.paperbridge.index.SearchOptions;
import org.paperbridge.index.SearchResult;
import org.paperbridge.model.CodePoints;
import org.paperbridge.model.Span;

/** Prints search results for people: ranked articles, their passages in aligned columns, facets. */
final class ResultPrinter {
    private static final String BOLD_RED = "\u001b[1;31m";
    private static final String DIM = "\u001b[2m";
    private static final String RESET = "\u001b[0m";

    private final PrintWriter out;
    private final boolean colour;

    /** @param colour ANSI colour (a terminal); otherwise matches are marked «like this». */
    ResultPrinter(PrintWriter out, boolean colour) {
        this.out = out;
        this.colour = colour;
    }

    void print(SearchResult result, SearchOptions options) {
        String atLeast = result.totalsExact() ? "" : "at least ";  // the same totals --json gives
        out.printf("%s%d articles, %s%d matching passages for: %s%n", atLeast, result.totalArticles(), atLeast,
                result.totalPassages(), result.query());
        int rank = options.offset();
        for (SearchResult.ArticleHit article : result.articles()) {
            rank++;
            String title = article.titleZh() != null ? article.titleZh() : article.titleEn();
            out.printf("%n%3d. %s%s%s%n", rank, colour ? "\u001b[1m" : "", title == null ? article.docId() : title,
                    colour ? RESET : "");
            if (article.titleZh() != null && article.titleEn() != null) {
                out.printf("     %s%n", article.titleEn());
            }
            out.printf("     %s%s  %s%s  score %.2f%s%n", colour ? DIM : "", article.docId(),
                    article.year() == null ? "" : article.year(), article.doi() == null ? "" : "  doi:" + article.doi(),
                    article.score(), colour ? RESET : "");
            for (SearchResult.PassageHit passage : article.passages()) {
                out.printf("     %-8s %-20s %s%n", where(passage), truncate(section(passage), 20),
                        highlight(passage.snippet()));
            }
        }
        for (Map.Entry<String, List<SearchResult.FacetCount>> facet : result.facets().entrySet()) {
            if (facet.getValue().isEmpty()) {
                continue;
            }
            out.printf("%n%s (articles):%n", facet.getKey());
            int width = facet.getValue().stream().mapToInt(f -> label(f).length()).max().orElse(0);
            for (SearchResult.FacetCount count : facet.getValue()) {
                out.printf("  %-" + width + "s  %5d%n", label(count), count.count());
            }
        }
    }

    /** The name, and the id a query can name it by when it differs (macrophage  CL:0000235). */
    private static String label(SearchResult.FacetCount count) {
        return count.value().equals(count.name()) ? count.name() : count.name() + "  " + count.value();
    }

    private static String where(SearchResult.PassageHit passage) {
        return passage.paragraphId() != null ? passage.paragraphId() : passage.where();
    }

    private static String section(SearchResult.PassageHit passage) {
        if (passage.sectionNumber() == null && passage.sectionTitle() == null) {
            return passage.paragraphId() == null ? "" : "(untitled)";
        }
        return ((passage.sectionNumber() == null ? "" : passage.sectionNumber() + " ")
                + (passage.sectionTitle() == null ? "" : passage.sectionTitle())).strip();
    }

    private static String truncate(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }

    private String highlight(SearchResult.Snippet snippet) {
        String text = snippet.text();
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (Span span : snippet.highlights()) {
            int s = CodePoints.toChar(text, span.start());
            int e = CodePoints.toChar(text, span.end());
            b.append(text, at, s).append(colour ? BOLD_RED : "«").append(text, s, e).append(colour ? RESET : "»");
            at = e;
        }
        return b.append(text.substring(at)).toString();
    }
}
