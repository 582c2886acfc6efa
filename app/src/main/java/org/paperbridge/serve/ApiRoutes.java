package org.paperbridge.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import org.paperbridge.io.Json;
import org.paperbridge.lang.Languages;
import org.paperbridge.index.Fields;
import org.paperbridge.index.SearchOptions;
import org.paperbridge.model.Alignment;
import org.paperbridge.model.Article;
import org.paperbridge.model.Entity;
import org.paperbridge.model.PipelineException;
import org.paperbridge.text.TextPieces;

/**
 * The JSON API under {@code /api/}: search, articles and their outlines, processing an upload,
 * tagging and aligning text, health, the OpenAPI file ({@code docs/openapi.yaml}). Only
 * {@code POST /api/process?index=true} writes, and only an article that is not there yet.
 */
final class ApiRoutes {
    /** A facet filter: dimension, colon, value (the page's {@code facet=gene:STAT3}). */
    private static final Pattern FACET = Pattern.compile("([a-z]+):(.+)");
    private static final int MAX_FACET_FILTERS = 16;

    private final ServeSettings settings;
    private final ServiceParts parts;
    private final LiveIndex index;
    private final ArticleStore store;
    private final GuardedUploads uploads;
    private final SearchCache cache;

    ApiRoutes(ServeSettings settings, ServiceParts parts, LiveIndex index) {
        this.settings = settings;
        this.parts = parts;
        this.index = index;
        this.store = new ArticleStore(settings.out());
        this.uploads = new GuardedUploads(parts.pipeline(), settings.timeoutSeconds(), settings.concurrentUploads());
        this.cache = new SearchCache(settings.cachedSearches());
    }

    void handle(HttpExchange exchange, String path) throws Exception {
        String method = exchange.getRequestMethod();
        if (path.equals("/api/health")) {
            requireMethod(method, "GET");
            Exchanges.sendJson(exchange, 200, Map.of("status", "ok", "index", index.exists()));
        } else if (path.equals("/api/search")) {
            requireMethod(method, "GET");
            search(exchange);
        } else if (path.startsWith("/api/articles/")) {
            requireMethod(method, "GET");
            article(exchange, path.substring("/api/articles/".length()));
        } else if (path.equals("/api/process")) {
            requireMethod(method, "POST");
            process(exchange);
        } else if (path.equals("/api/tag")) {
            requireMethod(method, "POST");
            tag(exchange);
        } else if (path.equals("/api/align")) {
            requireMethod(method, "POST");
            align(exchange);
        } else if (path.equals("/api/openapi.yaml")) {
            requireMethod(method, "GET");
            try (InputStream in = ApiRoutes.class.getResourceAsStream("openapi.yaml")) {
                Exchanges.send(exchange, 200, "application/yaml; charset=utf-8", in.readAllBytes());
            }
        } else {
            throw ApiException.notFound("no such API endpoint: " + path);
        }
    }

    private static void requireMethod(String method, String allowed) {
        if (!method.equals(allowed) && !(allowed.equals("GET") && method.equals("HEAD"))) {
            throw new ApiException(405, method + " is not allowed here; use " + allowed);
        }
    }

    private void search(HttpExchange exchange) throws Exception {
        Map<String, List<String>> p = Exchanges.parameters(exchange);
        String q = one(p, "q");
        if (q == null || q.isBlank()) {
            throw ApiException.badRequest("parameter q (the query) is required");
        }
        SearchOptions options;
        try {
            options = new SearchParameters(integer(p, "limit", SearchParameters.DEFAULT_LIMIT),
                    integer(p, "offset", 0), integer(p, "passages", SearchParameters.DEFAULT_PASSAGES),
                    bool(p, "facets"), one(p, "lang"), one(p, "field")).options("");
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        String query = withFacetFilters(q, p.getOrDefault("facet", List.of()));
        index.refreshIfMoved();
        String key = SearchCache.key(index.generation(), query, options);
        byte[] json = cache.get(key);
        if (json == null) {
            json = Json.LINE.writeValueAsBytes(index.search(query, options));
            cache.put(key, json);
        }
        Exchanges.send(exchange, 200, "application/json; charset=utf-8", json);
    }

    /** The query narrowed by each facet value clicked: {@code (q) AND gene:"STAT3"}, the query syntax's own prefixes. */
    static String withFacetFilters(String q, List<String> facets) {
        if (facets.isEmpty()) {
            return q;
        }
        if (facets.size() > MAX_FACET_FILTERS) {
            throw ApiException.badRequest("at most " + MAX_FACET_FILTERS + " facet filters");
        }
        StringBuilder query = new StringBuilder("(").append(q).append(')');
        for (String facet : facets) {
            var m = FACET.matcher(facet);
            if (!m.matches() || !isFacetDimension(m.group(1)) || m.group(2).indexOf('"') >= 0) {
                throw ApiException.badRequest("facet must be dimension:value with a dimension of "
                        + String.join(", ", facetDimensions()) + " and no '\"' in the value");
            }
            query.append(" AND ").append(m.group(1)).append(":\"").append(m.group(2)).append('"');
        }
        return query.toString();
    }

    private static List<String> facetDimensions() {
        List<String> dims = new ArrayList<>(Fields.ENTITY_FIELDS);
        dims.add(Fields.FACET_KEYWORD);
        dims.add(Fields.FACET_YEAR);
        return dims;
    }

    private static boolean isFacetDimension(String dim) {
        return facetDimensions().contains(dim);
    }

    private void article(HttpExchange exchange, String rest) throws Exception {
        if (rest.endsWith("/outline")) {
            Article article = store.article(rest.substring(0, rest.length() - "/outline".length()));
            Exchanges.sendJson(exchange, 200, ArticleOutline.of(article));
        } else {
            Exchanges.send(exchange, 200, "application/json; charset=utf-8", store.json(rest));
        }
    }

    private void process(HttpExchange exchange) throws Exception {
        boolean toIndex = bool(Exchanges.parameters(exchange), "index");
        // The multipart envelope (boundaries, part headers) adds a little to the file's own size.
        byte[] body = Exchanges.body(exchange, settings.maxUploadBytes() + 16_384, "the upload");
        MultipartFile file = MultipartFile.field(exchange.getRequestHeaders().getFirst("Content-Type"), body, "file");
        if (file.bytes().length > settings.maxUploadBytes()) {
            throw new ApiException(413, String.format(Locale.ROOT, "the file is too large: %,d bytes, over the limit of %,d",
                    file.bytes().length, settings.maxUploadBytes()));
        }
        if (file.bytes().length == 0) {
            throw ApiException.badRequest("the file is empty");
        }
        Article article;
        try {
            article = uploads.process(file.fileName(), file.bytes());
        } catch (PipelineException e) {
            throw new ApiException(422, "cannot process " + file.fileName() + ": " + e.getMessage()
                    + " (stage " + e.stage() + ")");
        }
        String indexed = "no";
        if (toIndex) {
            store.keep(article);
            indexed = index.add(article) ? "added" : "present";
        }
        exchange.getResponseHeaders().set("X-PaperBridge-Indexed", indexed);
        Exchanges.sendJson(exchange, 200, article);
    }

    private void tag(HttpExchange exchange) throws Exception {
        Map<String, List<String>> p = Exchanges.parameters(exchange);
        String text;
        String lang = one(p, "lang");
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        byte[] body = Exchanges.body(exchange, settings.maxTextBytes(), "the text");
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            JsonNode json = json(body);
            text = json.path("text").isTextual() ? json.get("text").asText() : null;
            if (text == null) {
                throw ApiException.badRequest("the JSON body needs a string 'text'");
            }
            lang = json.path("lang").isTextual() ? json.get("lang").asText() : lang;
        } else {
            text = utf8(body);
        }
        if (lang != null && !lang.equals("zh") && !lang.equals("en")) {
            throw ApiException.badRequest("lang must be zh or en, not '" + lang + "'");
        }
        List<Entity> entities = new ArrayList<>();
        // Piece by piece as `tag` does: each line in its own language, offsets into the whole text.
        for (TextPieces.Piece piece : TextPieces.of(text)) {
            String pieceLang = lang != null ? lang : Languages.of(piece.text());
            for (Entity e : parts.tagger().tag(piece.text(), pieceLang, "input")) {
                entities.add(new Entity(e.type(), e.text(), e.norm(), e.db(), e.id(), e.lang(), "input",
                        piece.start() + e.start(), piece.start() + e.end()));
            }
        }
        Exchanges.sendJson(exchange, 200, entities);
    }

    private void align(HttpExchange exchange) throws Exception {
        JsonNode json = json(Exchanges.body(exchange, settings.maxTextBytes(), "the texts"));
        if (!json.path("zh").isTextual() || !json.path("en").isTextual()) {
            throw ApiException.badRequest("the JSON body needs strings 'zh' and 'en'");
        }
        String split = json.path("split").asText("auto");
        if (!split.equals("auto") && !split.equals("none")) {
            throw ApiException.badRequest("split must be auto or none, not '" + split + "'");
        }
        List<String> zh = sentences(json.get("zh").asText(), split);
        List<String> en = sentences(json.get("en").asText(), split);
        List<Alignment> links;
        try {
            links = parts.aligner().alignSentences(zh, en);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("zh", zh);
        out.put("en", en);
        out.put("links", links);
        Exchanges.sendJson(exchange, 200, out);
    }

    private List<String> sentences(String text, String split) {
        if (split.equals("auto")) {
            return parts.sentenceSplitter().sentences(text);
        }
        return text.lines().filter(l -> !l.isBlank()).map(String::strip).toList();
    }

    private static JsonNode json(byte[] body) {
        try {
            JsonNode node = Json.MAPPER.readTree(utf8(body));
            if (node == null || !node.isObject()) {
                throw ApiException.badRequest("the body must be a JSON object");
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiException.badRequest("the body is not valid JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")");
        }
    }

    /** Strict UTF-8 text: a binary body is refused, not decoded into replacement characters. */
    private static String utf8(byte[] body) {
        for (byte b : body) {
            if (b == 0) {
                throw ApiException.badRequest("the body is binary, not text");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ApiException.badRequest("the body is not UTF-8 text");
        }
    }

    private static String one(Map<String, List<String>> p, String name) {
        List<String> values = p.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw ApiException.badRequest("parameter " + name + " given more than once");
        }
        return values.get(0).isEmpty() ? null : values.get(0);
    }

    private static int integer(Map<String, List<String>> p, String name, int fallback) {
        String v = one(p, name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a whole number, not '" + v + "'");
        }
    }

    private static boolean bool(Map<String, List<String>> p, String name) {
        String v = one(p, name);
        if (v == null) {
            return false;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw ApiException.badRequest(name + " must be true or false, not '" + v + "'");
        };
    }
}
