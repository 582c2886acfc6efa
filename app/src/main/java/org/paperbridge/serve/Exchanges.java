package org.paperbridge.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import org.paperbridge.io.Json;

/** Reading requests and writing responses of the JDK's HTTP server, with the service's limits and headers. */
final class Exchanges {
    private Exchanges() {
    }

    /** The query string's parameters, each name with its values in order; 400 for bad percent-encoding. */
    static Map<String, List<String>> parameters(HttpExchange exchange) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("malformed query string: bad percent-encoding");
        }
    }

    /**
     * Most bytes of an oversized body read and dropped before the refusal is sent: a client still
     * sending would otherwise see its connection reset instead of the 413.
     */
    private static final long DRAIN_LIMIT = 64L << 20;

    /** The request body, at most {@code limit} bytes; 413 past it, at once when the declared length says so. */
    static byte[] body(HttpExchange exchange, long limit, String what) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        try (InputStream in = exchange.getRequestBody()) {
            if (declared != null) {
                long length;
                try {
                    length = Long.parseLong(declared.strip());
                } catch (NumberFormatException e) {
                    throw ApiException.badRequest("Content-Length is not a number");
                }
                if (length > limit) {
                    drain(in);
                    throw tooLarge(what, limit);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                if (out.size() > limit) {
                    drain(in);
                    throw tooLarge(what, limit);
                }
            }
            return out.toByteArray();
        }
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long dropped = 0;
        for (int n = in.read(buffer); n >= 0 && dropped < DRAIN_LIMIT; n = in.read(buffer)) {
            dropped += n;
        }
    }

    private static ApiException tooLarge(String what, long limit) {
        return new ApiException(413, String.format(Locale.ROOT, "%s is too large: over the limit of %,d bytes", what, limit));
    }

    static void sendJson(HttpExchange exchange, int status, Object value) throws IOException {
        send(exchange, status, "application/json; charset=utf-8", Json.LINE.writeValueAsBytes(value));
    }

    static void sendError(HttpExchange exchange, int status, String message) throws IOException {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("status", status);
        error.put("message", message);
        if (status == 413) {
            // The rest of an oversized body is not read: the connection cannot carry another request.
            exchange.getResponseHeaders().set("Connection", "close");
        }
        sendJson(exchange, status, Map.of("error", error));
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] bytes) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", contentType);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length == 0 ? -1 : bytes.length);
        if (!head && bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }
}
