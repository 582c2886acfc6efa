package org.paperbridge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.paperbridge.io.Json;
import org.paperbridge.entity.BilingualTerms;
import org.paperbridge.entity.EntityTagger;
import org.paperbridge.entity.Lexicon;
import org.paperbridge.index.CorpusSearch;
import org.paperbridge.index.Fields;
import org.paperbridge.index.QuerySyntaxException;
import org.paperbridge.index.QueryTooLargeException;
import org.paperbridge.index.SearchOptions;
import org.paperbridge.index.SearchLexicon;
import org.paperbridge.index.SearchResult;
import org.paperbridge.index.Searcher;
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
        // The lexicons alone tag the query (no learned models: a query is a few words, and they load slowly).
        SearchLexicon lexicon = SearchLexicon.load(terms, new EntityTagger(Lexicon.load(), null));
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
        if (limit < 1 || offset < 0 || passages < 1) {
            throw new IllegalArgumentException("--limit and --passages must be at least 1, --offset at least 0");
        }
        if (limit > SearchOptions.MAX_LIMIT || offset > SearchOptions.MAX_OFFSET
                || passages > SearchOptions.MAX_PASSAGES) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "--limit is at most %,d, --offset at most %,d, --passages at most %,d (got %d, %d, %d)",
                    SearchOptions.MAX_LIMIT, SearchOptions.MAX_OFFSET, SearchOptions.MAX_PASSAGES,
                    limit, offset, passages));
        }
        SearchOptions options = new SearchOptions(limit, offset, passages, Set.of("zh", "en"), Fields.GROUPS, facets);
        if (lang != null) {
            String l = lang.toLowerCase(Locale.ROOT);
            if (!l.equals("zh") && !l.equals("en")) {
                throw new IllegalArgumentException("--lang must be zh or en, not '" + lang + "'");
            }
            options = options.withLanguages(Set.of(l));
        }
        if (field != null) {
            String f = field.toLowerCase(Locale.ROOT);
            String group = switch (f) {
                case "title" -> Fields.TITLE;
                case "abstract" -> Fields.ABSTRACT;
                case "keywords", "keyword" -> Fields.KEYWORDS;
                case "body", "text" -> Fields.BODY;
                default -> throw new IllegalArgumentException(
                        "--field must be title, abstract, keywords or body, not '" + field + "'");
            };
            options = options.withGroups(List.of(group));
        }
        return options;
    }
}
