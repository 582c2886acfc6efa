package org.paperbridge.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.paperbridge.bench.AlignBench;
import org.paperbridge.bench.HttpLoadBenchmark;
import org.paperbridge.bench.IndexBenchmark;
import org.paperbridge.bench.NerBenchmark;
import org.paperbridge.bench.PdfIngestBenchmark;
import org.paperbridge.bench.TaggerBenchmark;
import org.paperbridge.eval.SearchEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The measurements behind the README's figures, one subcommand each (`bench index`, `bench http`,
 * …, and `eval search`): each runs the benchmark class of the bench package with the arguments
 * its docs/ file gives and prints its report. They measure, they do not test.
 */
final class BenchTools {
    private BenchTools() {
    }

    /** A measurement's entry point: its arguments as given on the command line. */
    @FunctionalInterface
    interface Entry {
        void run(String[] args) throws Exception;
    }

    /** Runs {@code entry}; a failure is one line on stderr and exit 1 (2 for a usage error). */
    abstract static class Tool implements Callable<Integer> {
        @Parameters(paramLabel = "ARG", arity = "0..*", description = "The measurement's arguments (see its description).")
        List<String> args = new ArrayList<>();

        @Spec
        CommandSpec spec;

        abstract Entry entry();

        /** The arguments it cannot do without (the description names them). */
        int required() {
            return 0;
        }

        @Override
        public Integer call() {
            if (args.size() < required()) {
                spec.commandLine().getErr().println(spec.qualifiedName(" ") + ": needs " + required()
                        + " argument(s): " + spec.usageMessage().description()[1].strip());
                return 2;
            }
            try {
                entry().run(args.toArray(String[]::new));
                return 0;
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println(spec.qualifiedName(" ") + ": " + ConsoleText.escape(String.valueOf(e.getMessage())));
                return 2;
            } catch (Exception | OutOfMemoryError e) {
                spec.commandLine().getErr().println(spec.qualifiedName(" ") + ": " + ConsoleText.escape(String.valueOf(e)));
                return 1;
            }
        }
    }

    @Command(name = "index", mixinStandardHelpOptions = true, description = {
            "Indexing throughput and query latency (the README's query mix) over a generated corpus.",
            "ARG: PARAGRAPHS (0 = query the index already in DIR) DIR ROUNDS [TEMPLATE source file, needed to build]",
            "[QUERIES file (fixtures/search/query-mix.txt)]. docs/search.md."})
    static final class Index extends Tool {
        Entry entry() {
            return IndexBenchmark::main;
        }
    }

    @Command(name = "http", mixinStandardHelpOptions = true, description = {
            "Latency of a running `serve` under concurrent clients, and of POST /api/process.",
            "ARG: URL [CLIENTS (4)] [WARM-UP ROUNDS (20)] [ROUNDS (30)] [FILE to upload]; -Dserver.pid=PID",
            "adds the server's CPU per request. docs/serve.md."})
    static final class Http extends Tool {
        @Override
        int required() {
            return 1;
        }

        Entry entry() {
            return HttpLoadBenchmark::main;
        }
    }

    @Command(name = "tagger", mixinStandardHelpOptions = true, description = {
            "Lexicon load time and single-thread tagging speed (MB per CPU-second) on ~5 MB of text.",
            "ARG: FILE|DIR ... (text files, or folders of .txt files). docs/entities.md."})
    static final class Tagger extends Tool {
        @Override
        int required() {
            return 1;
        }

        Entry entry() {
            return TaggerBenchmark::main;
        }
    }

    @Command(name = "ner", mixinStandardHelpOptions = true, description = {
            "English model load time and tagging speed in tokens per CPU-second.",
            "ARG: FILE (token TAB tag, e.g. a devel split). docs/ner.md."})
    static final class Ner extends Tool {
        @Override
        int required() {
            return 1;
        }

        Entry entry() {
            return NerBenchmark::main;
        }
    }

    @Command(name = "align", mixinStandardHelpOptions = true, description = {
            "Abstract pairs aligned per second on one thread, on generated abstracts.",
            "ARG: [PAIRS (20000)] [EXTRA DICTIONARY TERMS (0)]. docs/alignment.md."})
    static final class Align extends Tool {
        Entry entry() {
            return AlignBench::main;
        }
    }

    @Command(name = "pdf", mixinStandardHelpOptions = true, description = {
            "PDF ingestion speed (pages per CPU-second) and reading order, against PDFTextStripper and pdftotext.",
            "ARG: PDF SOURCE_TEXT (the text it was typeset from) [SECONDS PER TOOL (5)]. docs/pdf.md."})
    static final class Pdf extends Tool {
        @Override
        int required() {
            return 2;
        }

        Entry entry() {
            return PdfIngestBenchmark::main;
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true, description = {
            "The judged search evaluation: nDCG@10 and P@5 of our search against BM25 on CJK bigrams and on",
            "SmartChinese words. ARG: RUN_OUT FIXTURES_SEARCH tune|check|all. docs/search.md."})
    static final class Search extends Tool {
        @Override
        int required() {
            return 3;
        }

        Entry entry() {
            return SearchEvaluation::main;
        }
    }
}
