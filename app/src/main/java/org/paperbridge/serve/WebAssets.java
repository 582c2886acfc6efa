package org.paperbridge.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;

/**
 * The web page: plain HTML, CSS and JavaScript from the jar (no build step). The page's own routes
 * ({@code /}, {@code /article/{docId}}, {@code /upload}) all get {@code index.html}, which reads the
 * URL; files are served by a fixed list of names, never by a path taken from the request.
 */
final class WebAssets {
    /** Scripts and styles only from this origin, no inline code, no framing: escaped data cannot become code. */
    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
    private static final Map<String, String> FILES = Map.of(
            "/static/app.js", "text/javascript; charset=utf-8",
            "/static/app.css", "text/css; charset=utf-8",
            "/static/favicon.svg", "image/svg+xml");

    private final Map<String, byte[]> bytes;
    private final byte[] page;

    WebAssets() {
        this.page = read("index.html");
        this.bytes = Map.of("/static/app.js", read("app.js"), "/static/app.css", read("app.css"),
                "/static/favicon.svg", read("favicon.svg"));
    }

    private static byte[] read(String name) {
        try (InputStream in = WebAssets.class.getResourceAsStream("web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("web/" + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves the page or one of its files; false when {@code path} is neither. */
    boolean serve(HttpExchange exchange, String path) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return false;
        }
        if (path.equals("/") || path.equals("/upload") || path.startsWith("/article/")) {
            exchange.getResponseHeaders().set("Content-Security-Policy", POLICY);
            exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
            Exchanges.send(exchange, 200, "text/html; charset=utf-8", page);
            return true;
        }
        String type = FILES.get(path);
        if (type == null) {
            return false;
        }
        Exchanges.send(exchange, 200, type, bytes.get(path));
        return true;
    }
}
