package org.paperbridge.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code paperbridge} command line; each subcommand is its own class. */
@Command(name = "paperbridge", mixinStandardHelpOptions = true, version = "PaperBridge 0.1.0",
        description = "Turns Chinese/English scholarly articles into structured bilingual data.",
        subcommands = {RunCommand.class, MergeCommand.class, SearchCommand.class, ServeCommand.class, ShowCommand.class, AlignCommand.class, TagCommand.class, TrainNerCommand.class, EvalNerCommand.class, EvalCommand.class, BenchCommand.class, SolrCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit code for a usage or configuration error. */
    static final int USAGE = 2;
    /** Exit code for inputs that could not be processed. */
    static final int FAILED = 1;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line without exiting, for tests. */
    public static int execute(String... args) {
        return execute(commandLine(new Main()), args);
    }

    /**
     * The command line of {@code command} as users get it: every error is one line on standard
     * error, a bad option included (picocli would add the whole usage text).
     */
    static CommandLine commandLine(Object command) {
        CommandLine cli = new CommandLine(command);
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println(prefix(cmd) + ": " + oneLine(ex));
            return USAGE;
        });
        cli.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println(prefix(cmd) + ": " + oneLine(ex) + " (see " + cmd.getCommandSpec().qualifiedName()
                    + " --help)");
            return USAGE;
        });
        return cli;
    }

    /**
     * Runs {@code cli}; an input that exhausts the heap or the stack ends the command with one line,
     * not a stack trace (the batch runner has its own guards per source, this is the last resort).
     */
    static int execute(CommandLine cli, String... args) {
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            return lastResort(cli, "out of memory: the input is too large for this heap"
                    + " (raise it with PAPERBRIDGE_JAVA_OPTS=-Xmx…)");
        } catch (StackOverflowError e) {
            return lastResort(cli, "the input is nested too deeply to process (stack exhausted)");
        }
    }

    private static int lastResort(CommandLine cli, String message) {
        PrintWriter err = cli.getErr();
        err.println("paperbridge: " + message);
        err.flush();
        return FAILED;
    }

    private static String prefix(CommandLine cmd) {
        return cmd.getCommandSpec().qualifiedName();
    }

    /** The first line of an exception's message, or its kind when it has none. */
    static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
