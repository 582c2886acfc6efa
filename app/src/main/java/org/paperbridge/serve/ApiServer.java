package org.paperbridge.serve;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.paperbridge.index.QuerySyntaxException;
import org.paperbridge.index.QueryTooLargeException;

/**
 * {@code paperbridge serve}: the JSON API and the web page on the JDK's HTTP server
 * ({@code com.sun.net.httpserver}: no dependency, so no second Jetty beside the one SolrJ brings).
 * Every failure of a request becomes a JSON error with its status, and the server goes on.
 */
public final class ApiServer implements AutoCloseable {
    /** Request threads: searches are CPU-bound on few cores; uploads have their own bounded slots. */
    private static final int THREADS = 8;

    private final HttpServer server;
    private final ExecutorService executor;
    private final LiveIndex index;
    private final ApiRoutes api;
    private final WebAssets web;

    private ApiServer(HttpServer server, ExecutorService executor, LiveIndex index, ApiRoutes api) {
        this.server = server;
        this.executor = executor;
        this.index = index;
        this.api = api;
        this.web = new WebAssets();
    }

    /** Opens the index and starts listening; the lexicons and pipeline come from {@code parts}. */
    public static ApiServer start(ServeSettings settings, ServiceParts parts) throws IOException {
        // Read once, when the JDK's server first starts. Without TCP_NODELAY each small answer,
        // written as headers then body, waits ~40 ms for the client's delayed ACK (measured: every
        // cached search 47 ms); a request must arrive within 60 s, against slow clients.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", "60");
        }
        LiveIndex index = new LiveIndex(settings.index(), parts);
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 64);
        } catch (IOException | RuntimeException e) {
            index.close();
            throw e;
        }
        AtomicInteger n = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "paperbridge-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ApiServer api = new ApiServer(server, executor, index, new ApiRoutes(settings, parts, index));
        server.createContext("/", api::handle);
        server.setExecutor(executor);
        server.start();
        return api;
    }

    /** Where the server listens, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
    }

    private void handle(HttpExchange exchange) {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            try {
                if (path == null) {
                    throw ApiException.badRequest("malformed request path");
                }
                if (path.startsWith("/api/")) {
                    api.handle(exchange, path);
                } else if (!web.serve(exchange, path)) {
                    throw ApiException.notFound("no page " + path);
                }
            } catch (ApiException e) {
                Exchanges.sendError(exchange, e.status(), e.getMessage());
            } catch (QueryTooLargeException e) {
                Exchanges.sendError(exchange, 400, e.getMessage());
            } catch (QuerySyntaxException e) {
                Exchanges.sendError(exchange, 400, "malformed query: " + e.getMessage());
            } catch (IOException e) {
                Exchanges.sendError(exchange, 500, "cannot read the corpus: " + e.getMessage());
            } catch (Exception | StackOverflowError e) {
                Exchanges.sendError(exchange, 500, "internal error (" + e.getClass().getSimpleName() + ")");
            } catch (OutOfMemoryError e) {
                Exchanges.sendError(exchange, 503, "out of memory while answering; try a smaller request");
            }
        } catch (IOException | RuntimeException e) {
            // The client went away, or the response was under way: nothing more can be said to it.
        }
    }

    @Override
    public void close() throws IOException {
        server.stop(1);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        index.close();
    }
}
