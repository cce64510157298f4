package io.github.loosmethod.serialization;

import io.github.loosmethod.interchange.Schemas;
import io.github.loosmethod.interchange.wire.Shapes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.regex.JoniRegularExpressionFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Validates documents against the published schema with an independent validator (networknt). */
final class SchemaCheck {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNode ROOT = load(Shapes.FORMAT_VERSION);
    private static final JsonNode ROOT_V1 = load(1);
    /** Patterns of JSON Schema are ECMAScript regular expressions: Joni runs them so (\\S sees U+00A0 as white space). */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .regularExpressionFactory(JoniRegularExpressionFactory.getInstance()).build()));
    private static final Map<String, Schema> DOCUMENTS = new ConcurrentHashMap<>();
    private static final Map<String, Schema> DOCUMENTS_V1 = new ConcurrentHashMap<>();

    private SchemaCheck() {
    }

    private static JsonNode load(int version) {
        try (InputStream in = Schemas.open(version)) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode root() {
        return ROOT;
    }

    /** The schema of a document whose root is the given definition, such as "initiative". */
    static Schema document(String definition) {
        return DOCUMENTS.computeIfAbsent(definition, d -> rooted(ROOT, d));
    }

    private static Schema rooted(JsonNode root, String definition) {
        if (!root.get("$defs").has(definition)) {
            throw new IllegalArgumentException("no definition " + definition + " in the schema");
        }
        ObjectNode schema = root.deepCopy();
        schema.remove("anyOf");
        schema.put("$ref", "#/$defs/" + definition);
        schema.putArray("required").add("formatVersion");
        return REGISTRY.getSchema(schema);
    }

    /** The whole schema, as published: an initiative or an evaluation document. */
    static Schema published() {
        return DOCUMENTS.computeIfAbsent("", d -> REGISTRY.getSchema(ROOT.deepCopy()));
    }

    /** The errors of a document of format version 1 against the schema of version 1, whose root is the given definition. */
    static List<Error> errorsV1(String definition, JsonNode document) {
        return DOCUMENTS_V1.computeIfAbsent(definition, d -> rooted(ROOT_V1, d)).validate(document);
    }

    static List<Error> errors(String definition, JsonNode document) {
        return document(definition).validate(document);
    }

    static List<Error> errors(String definition, byte[] document) {
        try {
            return document(definition).validate(MAPPER.readTree(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The definition name of a type of the model: Initiative -> initiative, ScoreLine -> scoreLine. */
    static String definitionOf(Class<?> type) {
        String name = type.getSimpleName();
        switch (name) {
            case "LifecycleEvent": return "lifecycleEvent";
            case "LocalizedText": return "localizedText";
            default: return Character.toLowerCase(name.charAt(0)) + name.substring(1);
        }
    }
}
