package org.paperbridge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.paperbridge.io.Json;
import org.paperbridge.entity.BilingualTerms;
import org.paperbridge.entity.Lexicon;
import org.paperbridge.index.CorpusSearch;
import org.paperbridge.index.QuerySyntaxException;
import org.paperbridge.index.QueryTooLargeException;
import org.paperbridge.index.SearchOptions;
import org.paperbridge.index.SearchLexicon;
import org.paperbridge.index.SearchResult;
import org.paperbridge.index.Searcher;
import org.paperbridge.serve.SearchParameters;
import org.paperbridge.solr.SolrSearcher;
import org.paperbridge.solr.SolrTarget;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code paperbridge search QUERY}: searches the corpus index and prints results for people or as JSON. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the corpus index in Chinese or English.",
                "Query: words, \"phrases\", AND/OR/NOT, (…), prefixes title: abstract: body: keyword: author: doi: "
                        + "year:2020..2024 gene: mirna: ncrna: cell: disease: chemical: species:"})
public final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query (several words are joined).")
    List<String> query;

    @Option(names = "--index", paramLabel = "DIR", description = "Index directory (default: ${DEFAULT-VALUE}).")
    Path index = Path.of("output", "index");

    @Option(names = "--lang", paramLabel = "zh|en", description = "Search only the Chinese or only the English fields.")
    String lang;

    @Option(names = "--field", paramLabel = "title|abstract|keywords|body",
            description = "Search bare words only in this part of the articles.")
    String field;

    @Option(names = "--facets", description = "Also list top genes, cell types, … keywords and years with counts.")
    boolean facets;

    @Option(names = "--json", description = "Print one JSON object for programs.")
    boolean json;

    @Option(names = "--limit", defaultValue = "10", description = "Articles to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "Articles to skip (default: ${DEFAULT-VALUE}).")
    int offset;

    @Option(names = "--passages", defaultValue = "3", description = "Passages per article (default: ${DEFAULT-VALUE}).")
    int passages;

    @ArgGroup(exclusive = false, heading = "Search a SolrCloud collection instead of the local index:%n")
    SolrOptions solr = new SolrOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SearchOptions options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            err.println("search: " + e.getMessage());
            return 2;
        }
        SolrTarget target = null;
        if (solr != null && solr.given()) {
            try {
                target = solr.target();
            } catch (IllegalArgumentException e) {
                err.println("search: " + e.getMessage());
                return 2;
            }
        } else if (!Files.isDirectory(index)) {
            err.println("search: no index at " + index + " (build one with: paperbridge run)");
            return 2;
        }
        String text = String.join(" ", query);
        BilingualTerms terms = BilingualTerms.load();
        SearchLexicon lexicon = SearchLexicon.forQueries(terms, Lexicon.load());
        String where = target == null ? "the index at " + index : target.toString();
        // Through the output folder's links to the committed generation, resolved once, so that a run
        // committing meanwhile cannot give this search files of two generations.
        Path committed = index;
        if (target == null) {
            try {
                committed = index.toRealPath();
            } catch (java.io.IOException e) {
                err.println("search: cannot open the index at " + index + ": " + e.getMessage());
                return 2;
            }
        }
        try (CorpusSearch searcher = target == null ? Searcher.open(committed, terms.chinese(), lexicon)
                : SolrSearcher.open(target, terms.chinese(), lexicon)) {
            SearchResult result = searcher.search(text, options);
            if (json) {
                out.println(Json.LINE.writeValueAsString(result));
            } else {
                new ResultPrinter(out, System.console() != null).print(result, options);
            }
            out.flush();
            return 0;
        } catch (QueryTooLargeException e) {
            err.println("search: " + e.getMessage());
            return 2;
        } catch (QuerySyntaxException e) {
            err.println("search: malformed query: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("search: cannot search " + where + ": " + e.getMessage());
            return 2;
        }
    }

    private SearchOptions options() {
        return new SearchParameters(limit, offset, passages, facets, lang, field).options("--");
    }
}
