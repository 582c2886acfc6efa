package org.paperbridge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.paperbridge.PipelineConfig;
import org.paperbridge.batch.CorpusBuild;
import org.paperbridge.corpus.ExportSettings;
import org.paperbridge.serve.ApiServer;
import org.paperbridge.serve.ServeSettings;
import org.paperbridge.serve.ServiceParts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code paperbridge serve}: the HTTP API and the web page over an output folder, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the corpus: a JSON API (search, articles, process, tag, align) and a web page.",
                "Binds to 127.0.0.1 unless --host says otherwise; only POST /api/process?index=true writes."})
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder whose articles are served (default: 'out' of the config, output/).")
    Path out;

    @Mixin
    ConfigOptions config = new ConfigOptions();

    @Option(names = "--index", paramLabel = "DIR", description = "Index folder (default: OUT/index).")
    Path index;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServeSettings.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--max-upload-size", paramLabel = "SIZE", defaultValue = "20MB",
            description = "Largest file POST /api/process takes (default: ${DEFAULT-VALUE}).")
    String maxUploadSize;

    @Option(names = {"--timeout-seconds", "--timeout"}, paramLabel = "S",
            description = "Give up on one upload after S seconds (default: 'timeoutSeconds' of the config, 60).")
    Double timeout;

    @Option(names = "--cache", paramLabel = "N", defaultValue = "1000",
            description = "Search answers kept for repeated requests (default: ${DEFAULT-VALUE}; 0: none).")
    int cache;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ServeSettings settings;
        PipelineConfig cfg;
        try {
            cfg = config.resolve();
            Path folder = out != null ? out : Path.of(cfg.out());
            double seconds = timeout != null ? timeout : cfg.timeoutSeconds();
            settings = ServeSettings.of(folder, index, host, port, seconds)
                    .withLimits(SourceOptions.parseSize(maxUploadSize), ServeSettings.DEFAULT_MAX_TEXT_BYTES, seconds)
                    .withCachedSearches(cache);
        } catch (IllegalArgumentException e) {
            err.println("paperbridge serve: " + e.getMessage().replace("--max-file-bytes", "--max-upload-size"));
            return Main.USAGE;
        }
        ApiServer server;
        try {
            server = ApiServer.start(settings, ServiceParts.of(CorpusBuild.from(cfg, ExportSettings.DEFAULT)));
        } catch (BindException e) {
            err.println("paperbridge serve: cannot listen on " + host + ":" + port + ": " + Main.oneLine(e));
            return Main.USAGE;
        } catch (IOException e) {
            err.println("paperbridge serve: " + Main.oneLine(e));
            return Main.USAGE;
        }
        err.println("paperbridge serve: listening on " + server.uri() + " (Ctrl-C to stop)");
        err.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (IOException ignored) {
                // stopping anyway
            }
            stopped.countDown();
        }, "paperbridge-serve-stop"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
