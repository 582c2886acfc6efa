package org.paperbridge.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import org.paperbridge.io.Json;

/** Validates article JSON against the schema shipped in the jar. */
final class SchemaValidator {
    private final JsonSchema schema;

    SchemaValidator() throws IOException {
        try (InputStream in = SchemaValidator.class.getResourceAsStream("/schema/article.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("schema/article.schema.json is not on the classpath");
            }
            JsonNode node = Json.MAPPER.readTree(in);
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
        }
    }

    Set<ValidationMessage> validate(JsonNode article) {
        return schema.validate(article);
    }
}
