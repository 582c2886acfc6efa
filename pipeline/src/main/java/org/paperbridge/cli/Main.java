package org.paperbridge.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code paperbridge} command line; each subcommand is its own class. */
@Command(name = "paperbridge", mixinStandardHelpOptions = true, version = "PaperBridge 0.1.0",
        description = "Turns Chinese/English scholarly articles into structured bilingual data.",
        subcommands = {RunCommand.class, MergeCommand.class, SearchCommand.class, ShowCommand.class, AlignCommand.class, TagCommand.class, EvalCommand.class, BenchCommand.class, SolrCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit code for a usage or configuration error. */
    static final int USAGE = 2;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line without exiting, for tests. */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("paperbridge: " + ex.getMessage());
            return USAGE;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
