package org.paperbridge.solr.cluster;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code paperbridge solr start|stop}: a local SolrCloud for trying the SolrCloud path on one
 * machine. The launcher runs this class on Solr's class path with the plugin jar (the pipeline's
 * jar stays free of Solr's server code); see {@link LocalSolrCloud}.
 */
@Command(name = "solr", mixinStandardHelpOptions = true,
        description = "A local SolrCloud (ZooKeeper and Solr nodes in one JVM) with the PaperBridge plugin.",
        subcommands = {ClusterCommand.Start.class, ClusterCommand.Stop.class})
public final class ClusterCommand implements Runnable {
    static final int FAILED = 1;
    static final int USAGE = 2;
    /** The line a started cluster prints once it serves the collection; {@code --background} waits for it. */
    static final String READY = "ready:";
    static final String CONFIG_NAME = "paperbridge";

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        // Jersey, inside Solr, reports missing optional providers through java.util.logging on the console.
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.SEVERE);
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new ClusterCommand());
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("paperbridge solr: " + ex.getMessage());
            return USAGE;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "start", mixinStandardHelpOptions = true,
            description = {"Start a local SolrCloud: ZooKeeper at PORT+1000 and NODES Solr nodes at PORT, PORT+1, ...,",
                    "upload the PaperBridge configset, create the collection if absent, and run until stopped",
                    "('paperbridge solr stop --dir DIR' or Ctrl-C). Data stays in DIR: a later start serves it again."})
    static final class Start implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--nodes", paramLabel = "N", description = "Solr nodes (default 2, or as recorded in DIR).")
        Integer nodes;

        @Option(names = "--dir", paramLabel = "DIR", defaultValue = "solr-data",
                description = "Folder of the cluster's data, logs and Solr homes (default ${DEFAULT-VALUE}).")
        Path dir;

        @Option(names = "--port", paramLabel = "PORT",
                description = "First node's port (default 8983, or as recorded in DIR; 0 picks free ports).")
        Integer port;

        @Option(names = "--shards", paramLabel = "S", description = "Shards of a new collection (default: one per node).")
        Integer shards;

        @Option(names = "--replicas", paramLabel = "R",
                description = "Replicas of each shard of a new collection (default 2, or 1 with one node).")
        Integer replicas;

        @Option(names = "--collection", paramLabel = "NAME", defaultValue = "articles",
                description = "The collection (default ${DEFAULT-VALUE}).")
        String collection;

        @Option(names = "--configset", paramLabel = "DIR",
                description = "The configset to upload (default: the one the launcher built, solr/target/configset).")
        Path configset;

        @Option(names = "--background",
                description = "Start the cluster in a process of its own, wait until it is ready, and return.")
        boolean background;

        @Override
        public Integer call() throws IOException, InterruptedException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Path home = dir.toAbsolutePath().normalize();
            ClusterLayout layout;
            CollectionSpec wanted;
            Path conf;
            try {
                layout = layout(home);
                int n = layout.nodes();
                wanted = new CollectionSpec(collection, CONFIG_NAME, shards == null ? n : shards,
                        replicas == null ? Math.min(2, n) : replicas);
                conf = configset != null ? configset : Optional.ofNullable(System.getProperty("paperbridge.configset"))
                        .map(Path::of).orElseThrow(() -> new IllegalArgumentException("--configset DIR is required "
                                + "(write one with 'paperbridge solr configset DIR')"));
            } catch (IllegalArgumentException e) {
                err.println("paperbridge solr start: " + e.getMessage());
                return USAGE;
            }
            Optional<ProcessHandle> running = Pids.running(layout.pidFile());
            if (running.isPresent()) {
                err.println("paperbridge solr start: a cluster already runs from " + home + " (pid " + running.get().pid()
                        + "); stop it with: paperbridge solr stop --dir " + dir);
                return USAGE;
            }
            if (background) {
                return startInBackground(layout, out, err);
            }
            return runInForeground(layout, conf.toAbsolutePath(), wanted, out, err);
        }

        private ClusterLayout layout(Path home) {
            try {
                Optional<ClusterLayout> recorded = ClusterLayout.recorded(home);
                if (recorded.isEmpty()) {
                    return ClusterLayout.of(home, nodes == null ? 2 : nodes, port == null ? 8983 : port);
                }
                ClusterLayout r = recorded.get();
                boolean otherNodes = nodes != null && nodes != r.nodes();
                boolean otherPort = port != null && port != 0 && port.intValue() != r.nodePorts().get(0);
                if (otherNodes || otherPort) {
                    throw new IllegalArgumentException(home + " holds a cluster of " + r.nodes() + " nodes on ports "
                            + r.nodePorts() + " (ZooKeeper " + r.zkPort() + "): start it with those, or use another --dir");
                }
                return r;
            } catch (IOException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }

        private int runInForeground(ClusterLayout layout, Path conf, CollectionSpec wanted, PrintWriter out,
                                    PrintWriter err) throws InterruptedException {
            Path log = layout.logs().resolve("solr.log");
            System.setProperty("paperbridge.solr.logs", layout.logs().toString());
            System.setProperty("solr.log.dir", layout.logs().toString()); // Solr checks that it is set
            LocalSolrCloud cloud;
            try {
                Pids.write(layout.pidFile());
                out.println("starting ZooKeeper and " + layout.nodes() + " Solr node(s) in " + layout.dir() + " (log: "
                        + log + ") ...");
                out.flush();
                cloud = LocalSolrCloud.start(layout, conf, wanted);
            } catch (IOException | RuntimeException e) {
                Pids.remove(layout.pidFile());
                err.println("paperbridge solr start: " + e.getMessage() + " (details in " + log + ")");
                return FAILED;
            }
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                out.println("stopping the cluster in " + layout.dir() + " ...");
                out.flush();
                cloud.close();
                Pids.remove(layout.pidFile());
                out.println("stopped");
                out.flush();
                stopped.countDown();
            }, "paperbridge-solr-stop"));
            out.println("zookeeper: " + cloud.zkAddress());
            List<String> urls = cloud.nodeUrls();
            for (int i = 0; i < urls.size(); i++) {
                out.println("node " + (i + 1) + ": " + urls.get(i));
            }
            out.println(cloud.describe(wanted.name()) + (cloud.created() ? " (created)" : " (from an earlier start)"));
            out.println(READY + " paperbridge run INPUT --sink solr --zk-host " + cloud.zkAddress() + " --collection "
                    + wanted.name());
            out.println("stop with: paperbridge solr stop --dir " + dir + " (or Ctrl-C)");
            out.flush();
            stopped.await(); // the shutdown hook ends the wait, and the JVM with it
            return 0;
        }

        /** Runs this command without --background in a new JVM and echoes its lines until it is ready or dead. */
        private int startInBackground(ClusterLayout layout, PrintWriter out, PrintWriter err)
                throws IOException, InterruptedException {
            Files.createDirectories(layout.logs());
            Path console = layout.logs().resolve("console.log");
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
            // The class path goes by environment: a command line past 4 KB is cut short in /proc, where
            // 'solr stop' looks for this class's name to be sure the pid is still the cluster's.
            command.add(ClusterCommand.class.getName());
            for (String arg : spec.commandLine().getParseResult().originalArgs()) {
                if (!arg.equals("--background")) {
                    command.add(arg);
                }
            }
            if (configset == null && System.getProperty("paperbridge.configset") != null) {
                command.add("--configset");
                command.add(System.getProperty("paperbridge.configset"));
            }
            Files.deleteIfExists(console);
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().put("CLASSPATH", System.getProperty("java.class.path"));
            Process child = builder.redirectErrorStream(true)
                    .redirectOutput(console.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            long shown = 0;
            while (true) {
                boolean alive = child.isAlive();
                String text = readFrom(console, shown);
                int end = text.lastIndexOf('\n') + 1;
                for (String line : text.substring(0, end).split("\n", -1)) {
                    if (line.isEmpty()) {
                        continue;
                    }
                    out.println(line);
                    if (line.startsWith(READY)) {
                        out.println("running in the background as pid " + child.pid() + "; its output goes to " + console);
                        out.flush();
                        return 0;
                    }
                }
                out.flush();
                shown += text.substring(0, end).getBytes(StandardCharsets.UTF_8).length;
                if (!alive) {
                    err.println("paperbridge solr start: the cluster process ended with exit code " + child.exitValue()
                            + " (see " + console + ")");
                    return FAILED;
                }
                child.waitFor(200, TimeUnit.MILLISECONDS);
            }
        }

        private static String readFrom(Path file, long offset) throws IOException {
            if (!Files.exists(file)) {
                return "";
            }
            try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
                if (f.length() <= offset) {
                    return "";
                }
                byte[] bytes = new byte[(int) (f.length() - offset)];
                f.seek(offset);
                f.readFully(bytes);
                return new String(bytes, StandardCharsets.UTF_8);
            }
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true,
            description = "Stop the local SolrCloud started from DIR (its data stays there for the next start).")
    static final class Stop implements Callable<Integer> {
        private static final long WAIT_SECONDS = 120;

        @Spec
        CommandSpec spec;

        @Option(names = "--dir", paramLabel = "DIR", defaultValue = "solr-data",
                description = "Folder the cluster was started with (default ${DEFAULT-VALUE}).")
        Path dir;

        @Override
        public Integer call() throws InterruptedException {
            Path home = dir.toAbsolutePath().normalize();
            Path pidFile = home.resolve("cluster.pid");
            Optional<ProcessHandle> running = Pids.running(pidFile);
            if (running.isEmpty()) {
                spec.commandLine().getErr().println("paperbridge solr stop: no cluster is running from " + home);
                return FAILED;
            }
            ProcessHandle process = running.get();
            process.destroy(); // SIGTERM: the cluster's shutdown hook stops the nodes, then ZooKeeper
            try {
                process.onExit().get(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                spec.commandLine().getErr().println("paperbridge solr stop: pid " + process.pid() + " did not stop within "
                        + WAIT_SECONDS + " s");
                return FAILED;
            }
            spec.commandLine().getOut().println("stopped the cluster in " + home + " (pid " + process.pid() + ")");
            return 0;
        }
    }
}
