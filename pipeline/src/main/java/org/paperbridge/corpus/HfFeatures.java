package org.paperbridge.corpus;

import org.paperbridge.io.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Hugging Face {@code datasets} Features (the {@code Features.from_dict} form) for the JSONL
 * exports, so pyarrow does not guess a column's type from its first rows (a key null in the first
 * block and a string later fails there). The corpus's Features are derived from the article's JSON
 * Schema; the section tree, recursive in the schema, is unrolled to the depth the corpus has.
 */
final class HfFeatures {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private HfFeatures() {
    }

    /** The article schema shipped in the jar. */
    static JsonNode articleSchema() throws IOException {
        try (InputStream in = HfFeatures.class.getResourceAsStream("/schema/article.schema.json")) {
            if (in == null) {
                throw new IOException("schema/article.schema.json is missing from the class path");
            }
            return Json.MAPPER.readTree(in);
        }
    }

    /** Features of corpus.jsonl, with sections nested {@code depth} levels (at least 1). */
    static ObjectNode corpus(JsonNode schema, int depth) {
        return (ObjectNode) feature(schema, schema, Math.max(1, depth));
    }

    private static JsonNode feature(JsonNode node, JsonNode root, int depth) {
        if (node.has("$ref")) {
            String name = node.get("$ref").asText().replace("#/$defs/", "");
            if (name.equals("section")) {
                if (depth == 0) {
                    // Below the deepest section of the corpus every list of sections is empty.
                    return value("string");
                }
                return feature(root.get("$defs").get(name), root, depth - 1);
            }
            return feature(root.get("$defs").get(name), root, depth);
        }
        if (node.has("oneOf")) {
            for (JsonNode option : node.get("oneOf")) {
                if (!"null".equals(option.path("type").asText())) {
                    return feature(option, root, depth);
                }
            }
        }
        if (node.has("enum")) {
            return value("string");
        }
        String type = mainType(node.path("type"));
        switch (type) {
            case "object" -> {
                ObjectNode struct = NODES.objectNode();
                Iterator<Map.Entry<String, JsonNode>> fields = node.path("properties").fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> f = fields.next();
                    struct.set(f.getKey(), feature(f.getValue(), root, depth));
                }
                return struct;
            }
            case "array" -> {
                JsonNode items = node.has("items") ? node.get("items") : node.path("prefixItems").path(0);
                ArrayNode list = NODES.arrayNode();
                list.add(feature(items, root, depth));
                return list;
            }
            case "integer" -> {
                return value("int64");
            }
            case "number" -> {
                return value("float64");
            }
            case "boolean" -> {
                return value("bool");
            }
            default -> {
                return value("string");
            }
        }
    }

    /** The non-null type of {@code "type": "x"} or {@code "type": ["x", "null"]}. */
    private static String mainType(JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
            return "null";
        }
        return type.asText("string");
    }

    /** Features of parallel/pairs.jsonl. */
    static ObjectNode pairs() {
        ObjectNode f = NODES.objectNode();
        for (String k : List.of("id", "doc", "split", "kind", "bead")) {
            f.set(k, value("string"));
        }
        f.set("score", value("float64"));
        ObjectNode lang = f.putObject("lang");
        lang.set("zh", value("string"));
        lang.set("en", value("string"));
        ObjectNode translation = f.putObject("translation");
        translation.put("_type", "Translation");
        translation.putArray("languages").add("en").add("zh");
        return f;
    }

    /** Features of ner/zh.jsonl and ner/en.jsonl. */
    static ObjectNode nerSentences(List<String> labels) {
        ObjectNode f = NODES.objectNode();
        for (String k : List.of("id", "doc", "split", "lang", "where")) {
            f.set(k, value("string"));
        }
        f.putArray("tokens").add(value("string"));
        ObjectNode label = NODES.objectNode();
        ArrayNode names = label.putArray("names");
        labels.forEach(names::add);
        label.put("_type", "ClassLabel");
        f.putArray("ner_tags").add(label);
        return f;
    }

    private static ObjectNode value(String dtype) {
        ObjectNode v = NODES.objectNode();
        v.put("dtype", dtype);
        v.put("_type", "Value");
        return v;
    }
}
