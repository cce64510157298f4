package io.github.loosmethod.serialization;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.curiousoddman.rgxgen.RgxGen;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Random documents made from the published JSON Schema alone, knowing nothing of the model or of
 * this library's own generators: what another town's system, built from the schema, could send.
 * It follows types, {@code $ref}, properties, required fields, {@code additionalProperties},
 * {@code propertyNames}, enums and constants, patterns (strings made by rgxgen), lengths, number
 * bounds and {@code multipleOf}, item counts, {@code contains}, {@code allOf}, {@code anyOf} and
 * {@code if}/{@code then}/{@code else}. Where it cannot satisfy a keyword exactly it may make an
 * invalid document: callers validate what it makes with the schema and keep the valid ones.
 *
 * <p>Texts are drawn from accents, combining marks, characters outside the Basic Multilingual Plane,
 * right-to-left scripts and the white space ECMAScript knows, so that the schema's idea of a blank
 * text is put to the test.
 */
final class SchemaDocuments {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] PIECES = {"a", "Z", "é", "e\u0301", "ç", "ß", "Ω", "ж", "中", "\uD83C\uDF3B", "\uD83D\uDC4D",
        "ש", "ع", "\u200F", " ", "\u00A0", "\u3000", "\uFEFF", "\u0085", "\u200B", "\t", "-", "'", "\"", "\\", "/", "0", "9", "~"};
    private static final Map<String, RgxGen> PATTERNS = new ConcurrentHashMap<>();

    private final JsonNode root;
    private final Random random;

    SchemaDocuments(JsonNode root, long seed) {
        this.root = root;
        this.random = new Random(seed);
    }

    /** A document whose root is a definition, starting with the format version. */
    ObjectNode document(String definition) {
        JsonNode value = generate(root.get("$defs").get(definition), 0);
        ObjectNode document = NODES.objectNode();
        document.put("formatVersion", io.github.loosmethod.interchange.wire.Shapes.FORMAT_VERSION);
        if (value.isObject()) {
            value.properties().forEach(field -> {
                if (!field.getKey().equals("formatVersion")) {
                    document.set(field.getKey(), field.getValue());
                }
            });
        }
        return document;
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref") && current.size() == 1) {
            current = definition(current.get("$ref").asText());
        }
        return current;
    }

    private JsonNode definition(String reference) {
        return root.get("$defs").get(reference.substring("#/$defs/".length()));
    }

    private JsonNode generate(JsonNode schema, int depth) {
        if (schema.has("$ref")) {
            JsonNode referenced = definition(schema.get("$ref").asText());
            if (schema.size() == 1 || schema.size() == 2 && schema.has("description")) {
                return generate(referenced, depth);
            }
            // A reference with siblings (a narrower range, say): the siblings win where they say more.
            ObjectNode merged = referenced.deepCopy();
            schema.properties().forEach(field -> {
                if (!field.getKey().equals("$ref")) {
                    merged.set(field.getKey(), field.getValue());
                }
            });
            return generate(merged, depth);
        }
        if (schema.has("const")) {
            return schema.get("const");
        }
        if (schema.has("enum")) {
            return pick(schema.get("enum"));
        }
        if (schema.has("anyOf")) {
            return generate(pick(schema.get("anyOf")), depth);
        }
        if (schema.has("allOf") && !schema.has("type")) {
            ObjectNode merged = NODES.objectNode();
            for (JsonNode part : schema.get("allOf")) {
                merge(merged, resolve(part));
            }
            return generate(merged, depth);
        }
        String type = schema.path("type").asText("object");
        switch (type) {
            case "object":
                return object(schema, depth);
            case "array":
                return array(schema, depth);
            case "string":
                return NODES.textNode(string(schema));
            case "integer":
                return NODES.numberNode(integer(schema));
            case "number":
                return NODES.numberNode(number(schema));
            case "boolean":
                return NODES.booleanNode(random.nextBoolean());
            default:
                throw new IllegalArgumentException("no generator for type " + type);
        }
    }

    /** Merges a schema into another as allOf means it: properties and required fields add up, the rest is overridden. */
    private static void merge(ObjectNode into, JsonNode part) {
        part.properties().forEach(field -> {
            if (field.getKey().equals("properties") && into.has("properties")) {
                field.getValue().properties().forEach(p -> ((ObjectNode) into.get("properties")).set(p.getKey(), p.getValue()));
            } else if (field.getKey().equals("required") && into.has("required")) {
                field.getValue().forEach(name -> ((ArrayNode) into.get("required")).add(name));
            } else {
                into.set(field.getKey(), field.getValue().deepCopy());
            }
        });
    }

    private ObjectNode object(JsonNode schema, int depth) {
        ObjectNode object = NODES.objectNode();
        JsonNode properties = schema.path("properties");
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        for (Map.Entry<String, JsonNode> field : properties.properties()) {
            boolean wanted = required.contains(field.getKey()) || depth < 6 && random.nextInt(3) > 0;
            if (wanted && !field.getKey().equals("formatVersion")) {
                object.set(field.getKey(), generate(field.getValue(), depth + 1));
            }
        }
        JsonNode additional = schema.path("additionalProperties");
        if (additional.isObject() && depth < 8) {
            int count = required.isEmpty() ? random.nextInt(4) : 0;
            for (int i = 0; i < count; i++) {
                object.set(propertyName(schema.path("propertyNames")), generate(additional, depth + 1));
            }
            for (String name : required) {
                if (!object.has(name)) {
                    object.set(name, generate(additional, depth + 1));
                }
            }
        }
        if (schema.has("if")) {
            // The actor's minor flag: then-branch when the if holds for what was made, else-branch otherwise.
            boolean minor = object.path("minor").asBoolean(false);
            JsonNode branch = minor ? schema.get("then") : schema.get("else");
            if (minor) {
                branch.path("required").forEach(name -> {
                    if (!object.has(name.asText())) {
                        object.set(name.asText(), generate(properties.get(name.asText()), depth + 1));
                    }
                });
                branch.path("properties").properties().forEach(field -> object.set(field.getKey(), generate(field.getValue(),
                        depth + 1)));
            } else {
                object.remove("responsibleActorId");
                object.remove("ageBand");
            }
        }
        return object;
    }

    private String propertyName(JsonNode names) {
        JsonNode resolved = names.isMissingNode() ? names : resolve(names);
        if (resolved.has("enum")) {
            return pick(resolved.get("enum")).asText();
        }
        if (resolved.has("pattern")) {
            return matching(resolved.get("pattern").asText());
        }
        return text(1 + random.nextInt(8));
    }

    private ArrayNode array(JsonNode schema, int depth) {
        ArrayNode array = NODES.arrayNode();
        int min = schema.path("minItems").asInt(0);
        int max = Math.min(schema.path("maxItems").asInt(min + 3), min + 3);
        int count = depth > 6 ? min : min + random.nextInt(max - min + 1);
        List<JsonNode> contains = new ArrayList<>();
        schema.path("allOf").forEach(part -> {
            if (part.has("contains")) {
                contains.add(part.get("contains"));
            }
        });
        for (int i = 0; i < count; i++) {
            JsonNode item = generate(schema.get("items"), depth + 1);
            if (i < contains.size() && item.isObject()) {
                contains.get(i).path("properties").properties().forEach(field -> ((ObjectNode) item).set(field.getKey(),
                        field.getValue().get("const")));
            }
            array.add(item);
        }
        return array;
    }

    private String string(JsonNode schema) {
        if (schema.has("examples") && random.nextInt(10) > 0) {
            // A schema's examples are real values (time-zone regions): most documents use one.
            return pick(schema.get("examples")).asText();
        }
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        String pattern = schema.path("pattern").asText(null);
        if (pattern != null && pattern.startsWith("^")) {
            String matching = matching(pattern);
            return matching.length() > max ? matching.substring(0, max) : matching;
        }
        // Free text, now and then blank: the schema's \S decides, and the generator tries both sides of it.
        String text = text(1 + random.nextInt(12));
        if (random.nextInt(30) > 0 && "\\S".equals(pattern) && blank(text)) {
            text = text + "x";
        }
        return text.length() > max ? text.substring(0, max) : text;
    }

    /** White space as ECMA-262 defines it (WhiteSpace and LineTerminator): what \\S does not match. */
    private static boolean blank(String text) {
        return text.chars().allMatch(c -> c == '\t' || c == 0x0B || c == '\f' || c == ' ' || c == 0xA0 || c == 0xFEFF
                || c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || Character.getType(c) == Character.SPACE_SEPARATOR);
    }

    private String text(int pieces) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    private String matching(String pattern) {
        String body = pattern.substring(pattern.startsWith("^") ? 1 : 0, pattern.endsWith("$") ? pattern.length() - 1 : pattern.length());
        // rgxgen knows no lookahead: a leading (?!...) is applied by drawing again what it forbids.
        java.util.regex.Pattern forbidden = null;
        if (body.startsWith("(?!")) {
            int depth = 0;
            int end = 0;
            for (int i = 0; i < body.length(); i++) {
                depth += body.charAt(i) == '(' ? 1 : body.charAt(i) == ')' ? -1 : 0;
                if (depth == 0) {
                    end = i;
                    break;
                }
            }
            forbidden = java.util.regex.Pattern.compile(body.substring(3, end));
            body = body.substring(end + 1);
        }
        RgxGen generator = PATTERNS.computeIfAbsent(body, RgxGen::parse);
        String text = generator.generate(random);
        for (int attempt = 0; forbidden != null && forbidden.matcher(text).lookingAt() && attempt < 100; attempt++) {
            text = generator.generate(random);
        }
        return text;
    }

    private BigInteger integer(JsonNode schema) {
        BigInteger min = schema.has("minimum") ? schema.get("minimum").bigIntegerValue() : BigInteger.valueOf(-1_000);
        BigInteger max = schema.has("maximum") ? schema.get("maximum").bigIntegerValue() : BigInteger.valueOf(1_000);
        switch (random.nextInt(4)) {
            case 0:
                return min;
            case 1:
                return max;
            default:
                BigInteger span = max.subtract(min).min(BigInteger.valueOf(10_000)).add(BigInteger.ONE);
                return min.add(BigInteger.valueOf((long) (random.nextDouble() * span.longValue())));
        }
    }

    private BigDecimal number(JsonNode schema) {
        BigDecimal step = schema.has("multipleOf") ? schema.get("multipleOf").decimalValue() : new BigDecimal("0.001");
        BigDecimal low = bound(schema, "minimum", "exclusiveMinimum", new BigDecimal("-1000"), step);
        BigDecimal high = bound(schema, "maximum", "exclusiveMaximum", new BigDecimal("1000"), step.negate());
        switch (random.nextInt(5)) {
            case 0:
                return low;
            case 1:
                return high;
            default:
                BigDecimal span = high.subtract(low).min(new BigDecimal("100000"));
                BigDecimal steps = span.divide(step, 0, java.math.RoundingMode.FLOOR);
                long k = steps.signum() <= 0 ? 0 : (long) (random.nextDouble() * steps.doubleValue());
                return low.add(step.multiply(BigDecimal.valueOf(k)));
        }
    }

    /** The lowest (or highest) value a range allows, moved inside by one step when the bound is exclusive. */
    private static BigDecimal bound(JsonNode schema, String inclusive, String exclusive, BigDecimal fallback, BigDecimal inward) {
        if (schema.has(inclusive)) {
            return schema.get(inclusive).decimalValue();
        }
        if (schema.has(exclusive)) {
            return schema.get(exclusive).decimalValue().add(inward);
        }
        return fallback;
    }

    private JsonNode pick(JsonNode array) {
        return array.get(random.nextInt(array.size()));
    }
}
