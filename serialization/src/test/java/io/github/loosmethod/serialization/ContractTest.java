package io.github.loosmethod.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.loosmethod.Decimals;
import io.github.loosmethod.evaluation.EvaluationCriterion;
import io.github.loosmethod.interchange.ReadLimits;
import io.github.loosmethod.interchange.Schemas;
import io.github.loosmethod.interchange.wire.CodeTable;
import io.github.loosmethod.interchange.wire.Field;
import io.github.loosmethod.interchange.wire.Kind;
import io.github.loosmethod.interchange.wire.Shape;
import io.github.loosmethod.interchange.wire.Shapes;
import io.github.loosmethod.validation.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The published schema and the documentation's field tables follow the one declaration of each
 * field ({@link Shapes}): every type's properties, their order, which are required, the kind of
 * each (text, code of which enum, object of which type, list, map keyed by what), every enum list
 * against the Java enum's codes, the rule ids, and the limits against {@link ReadLimits},
 * {@link Decimals} and the model's invariants. A drift in any direction fails here; the field
 * tables are rewritten by running this test with {@code -Dloos.regenerate=true}.
 */
class ContractTest {

    private static final JsonNode SCHEMA = schema();
    private static final JsonNode DEFS = SCHEMA.get("$defs");
    private static final Path DOCS = Path.of("..", "docs", "interchange-format.md");
    private static final String BEGIN = "<!-- field tables: generated from the declarations of the format; see ContractTest -->";
    private static final String END = "<!-- end of the field tables -->";

    private static JsonNode schema() {
        try (InputStream in = Schemas.open()) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema's name of a type or an enum: its simple name with a lower-case first letter. */
    private static String defName(Class<?> type) {
        String name = type.getSimpleName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    @Test
    void each_type_of_the_schema_has_the_declared_fields_in_order_with_the_declared_presence_and_kinds() {
        List<String> drifts = new ArrayList<>();
        for (Shape<?> shape : Shapes.ALL) {
            JsonNode def = DEFS.get(defName(shape.type()));
            if (def == null) {
                drifts.add(shape.name() + ": no definition " + defName(shape.type()) + " in the schema");
                continue;
            }
            List<String> properties = new ArrayList<>();
            def.get("properties").fieldNames().forEachRemaining(properties::add);
            properties.remove(Shapes.FORMAT_VERSION_NAME);
            List<String> declared = shape.fields().stream().filter(f -> f.presence() != Field.Presence.REPLACED).map(Field::name)
                    .collect(Collectors.toList());
            if (!properties.equals(declared)) {
                drifts.add(shape.name() + ": schema properties " + properties + ", declared " + declared);
            }
            Set<String> required = new TreeSet<>();
            def.path("required").forEach(name -> required.add(name.asText()));
            Set<String> declaredRequired = shape.fields().stream().filter(Field::isRequired).map(Field::name)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!required.equals(declaredRequired)) {
                drifts.add(shape.name() + ": schema requires " + required + ", declared " + declaredRequired);
            }
            for (Field<?> field : shape.fields()) {
                JsonNode property = def.get("properties").get(field.name());
                if (property == null || field.presence() == Field.Presence.REPLACED) {
                    continue;
                }
                String inSchema = kindOf(property);
                String inDeclaration = kindOf(field.kind());
                if (!inSchema.equals(inDeclaration)) {
                    drifts.add(shape.name() + "." + field.name() + ": schema " + inSchema + ", declared " + inDeclaration);
                }
            }
        }
        assertThat(drifts).as("drifts between the schema and the declarations").isEmpty();
    }

    @Test
    void each_enum_of_the_schema_lists_exactly_the_codes_of_its_java_enum() {
        List<String> drifts = new ArrayList<>();
        for (CodeTable<?> codes : CodeTable.ALL) {
            JsonNode def = DEFS.get(defName(codes.type()));
            List<String> listed = new ArrayList<>();
            if (def != null) {
                def.path("enum").forEach(code -> listed.add(code.asText()));
            }
            List<String> java = Arrays.asList(codes.allowed().split(", "));
            if (!listed.equals(java)) {
                drifts.add(codes.type().getSimpleName() + ": schema " + listed + ", Java " + java);
            }
        }
        JsonNode rule = DEFS.get("violation").get("properties").get("rule").get("enum");
        List<String> ids = new ArrayList<>();
        rule.forEach(id -> ids.add(id.asText()));
        List<String> catalogue = Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.toList());
        if (!ids.equals(catalogue)) {
            drifts.add("rule ids: schema " + ids + ", catalogue " + catalogue);
        }
        assertThat(drifts).as("drifts between the schema's enums and the Java enums").isEmpty();
    }

    @Test
    void the_limits_of_the_schema_are_those_of_the_reader_and_the_model() {
        ReadLimits limits = ReadLimits.DEFAULT;
        assertThat(DEFS.at("/text/maxLength").asInt()).isEqualTo(limits.maxStringLength());
        assertThat(DEFS.at("/anyText/maxLength").asInt()).isEqualTo(limits.maxStringLength());
        assertThat(DEFS.at("/criterionCode/maxLength").asInt()).isEqualTo(EvaluationCriterion.MAX_CODE_LENGTH)
                .isLessThanOrEqualTo(limits.maxNameLength());
        assertThat(DEFS.at("/decimal/multipleOf").decimalValue()).isEqualByComparingTo(BigDecimal.ONE.movePointLeft(Decimals.MAX_SCALE));
        assertThat(DEFS.at("/decimal/exclusiveMaximum").decimalValue()).isEqualByComparingTo(Decimals.BOUND);
        assertThat(DEFS.at("/decimal/exclusiveMinimum").decimalValue()).isEqualByComparingTo(Decimals.BOUND.negate());
        assertThat(DEFS.at("/int/minimum").longValue()).isEqualTo(Integer.MIN_VALUE);
        assertThat(DEFS.at("/int/maximum").longValue()).isEqualTo(Integer.MAX_VALUE);
        assertThat(DEFS.at("/count/minimum").longValue()).isZero();
        assertThat(DEFS.at("/count/maximum").longValue()).isEqualTo(Integer.MAX_VALUE);
        assertThat(DEFS.at("/longCount/maximum").longValue()).isEqualTo(Long.MAX_VALUE);
        assertThat(DEFS.at("/formatVersion/const").asInt()).isEqualTo(Shapes.FORMAT_VERSION);
    }

    @Test
    void the_field_tables_of_the_documentation_are_those_the_declarations_give() throws IOException {
        String docs = Files.readString(DOCS, StandardCharsets.UTF_8);
        int begin = docs.indexOf(BEGIN);
        int end = docs.indexOf(END);
        assertThat(begin).as("the markers of the field tables in " + DOCS).isNotNegative();
        assertThat(end).isGreaterThan(begin);
        String written = docs.substring(begin + BEGIN.length(), end);
        String generated = "\n" + fieldTables();
        if (Boolean.getBoolean("loos.regenerate") && !written.equals(generated)) {
            Files.writeString(DOCS, docs.substring(0, begin + BEGIN.length()) + generated + docs.substring(end), StandardCharsets.UTF_8);
            written = generated;
        }
        assertThat(written).as("the field tables of " + DOCS + "; rewrite them with -Dloos.regenerate=true").isEqualTo(generated);
    }

    /** One table per type, in the order of the declarations. */
    static String fieldTables() {
        StringBuilder tables = new StringBuilder();
        for (Shape<?> shape : Shapes.ALL) {
            tables.append("### ").append(shape.name()).append("\n\n").append(shape.description()).append("\n\n");
            tables.append("| field | value | presence |\n|---|---|---|\n");
            for (Field<?> field : shape.fields()) {
                tables.append("| `").append(field.name()).append("` | ").append(field.kind().describe()).append(" | ")
                        .append(presence(field)).append(" |\n");
            }
            tables.append('\n');
        }
        return tables.toString();
    }

    private static String presence(Field<?> field) {
        switch (field.presence()) {
            case REQUIRED:
                return "required";
            case OPTIONAL:
                return "optional: left out when absent";
            case DEFAULTED:
                return "optional: left out when it holds its default";
            case FILLED:
                return "always written; when absent, read as the model's default";
            case REPLACED:
                return "format version 1 only: read, never written; refused in a version 2 document";
            default:
                return "required; must agree with the other fields";
        }
    }

    // The kind of a property, as the schema says it and as the declaration says it, in one notation.

    private static String kindOf(Kind<?> kind) {
        switch (kind.tag()) {
            case "code":
                return "code " + defName(kind.codes().orElseThrow().type());
            case "object":
                return "object " + defName(kind.shape().orElseThrow().type());
            case "list":
                return (kind.isDistinct() ? "distinct list of " : "list of ") + kindOf(kind.element().orElseThrow());
            case "codeMap":
                return "map by " + defName(kind.codes().orElseThrow().type()) + " of " + kindOf(kind.element().orElseThrow());
            case "yearMap":
                return "map by year of " + kindOf(kind.element().orElseThrow());
            case "textMap":
                return "map by criterionCode of " + kindOf(kind.element().orElseThrow());
            case "integer":
                return "int";
            default:
                return kind.tag();
        }
    }

    private static String kindOf(JsonNode property) {
        if (property.has("$ref")) {
            String name = property.get("$ref").asText().substring("#/$defs/".length());
            JsonNode def = DEFS.get(name);
            String kind = kindOfDef(name, def);
            return property.path("uniqueItems").asBoolean() ? "distinct " + kind : kind;
        }
        if (property.has("enum")) {
            return "rule";
        }
        String type = property.path("type").asText();
        if ("array".equals(type)) {
            return (property.path("uniqueItems").asBoolean() ? "distinct list of " : "list of ") + kindOf(property.get("items"));
        }
        if ("object".equals(type)) {
            String keys = property.path("propertyNames").path("$ref").asText("?").replace("#/$defs/", "");
            return "map by " + keys + " of " + kindOf(property.get("additionalProperties"));
        }
        if ("string".equals(type)) {
            return "text";
        }
        if (property.has("allOf")) {
            // A definition refined: by the names of its keys (a map), or by constraints that leave its kind.
            String keys = null;
            String base = null;
            for (JsonNode part : property.get("allOf")) {
                if (part.has("propertyNames")) {
                    keys = part.get("propertyNames").get("$ref").asText().substring("#/$defs/".length());
                } else if (part.has("$ref")) {
                    base = kindOf(part);
                }
            }
            return keys == null ? base : "map by " + keys + base.substring(base.indexOf(" of "));
        }
        return type;
    }

    private static String kindOfDef(String name, JsonNode def) {
        switch (name) {
            case "text":
            case "anyText":
            case "criterionCode":
                return "text";
            case "nonNegativeDecimal":
                return "decimal";
            case "texts":
                return "list of text";
            case "counts":
                return "map by ? of count";
            case "longCounts":
                return "map by ? of longCount";
            case "totals":
                return "map by quantityUnit of decimal";
            default:
                if (def.has("enum")) {
                    return "code " + name;
                }
                if (def.has("properties")) {
                    return "object " + name;
                }
                return name;
        }
    }

    @Test
    void every_definition_of_the_schema_is_a_type_an_enum_or_a_value_the_declarations_use() {
        Set<String> known = new TreeSet<>();
        Shapes.ALL.forEach(shape -> known.add(defName(shape.type())));
        CodeTable.ALL.forEach(codes -> known.add(defName(codes.type())));
        known.addAll(List.of("formatVersion", "text", "anyText", "texts", "date", "instant", "decimal", "nonNegativeDecimal", "int",
                "count", "longCount", "year", "zone", "criterionCode", "counts", "longCounts", "totals", "initiativeDocument",
                "evaluationDocument"));
        List<String> defined = new ArrayList<>();
        Iterator<String> names = DEFS.fieldNames();
        names.forEachRemaining(defined::add);

        assertThat(defined).as("definitions of the schema that no declaration accounts for").allMatch(known::contains);
        assertThat(known).as("declared types and enums without a definition").allMatch(name -> DEFS.has(name));
        assertThat(defName(Locale.class)).isEqualTo("locale");
    }
}
