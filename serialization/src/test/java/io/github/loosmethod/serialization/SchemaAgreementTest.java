package io.github.loosmethod.serialization;

import io.github.loosmethod.interchange.InterchangeException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.loosmethod.evaluation.Evaluation;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.testkit.Seeds;
import io.github.loosmethod.testkit.ValidRecords;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What the published schema refuses, the reader refuses too. */
class SchemaAgreementTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final LoosJson JSON = LoosJson.strict();

    private static ObjectNode tree(Object value) {
        try {
            return (ObjectNode) MAPPER.readTree(JSON.write(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Arguments broken(String what, Object valid, Consumer<ObjectNode> edit) {
        ObjectNode document = tree(valid);
        edit.accept(document);
        return Arguments.of(what, document, valid instanceof Initiative ? "initiative" : "evaluation");
    }

    private static ObjectNode at(ObjectNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }

    static Stream<Arguments> documents() {
        Initiative closed = EmileBaslyPlayground.closed();
        Evaluation evaluation = EmileBaslyPlayground.narrativeEvaluation();
        return Stream.of(
                broken("no status", closed, d -> d.remove("status")),
                broken("an unknown field", closed, d -> d.put("colour", "green")),
                broken("an upper-case code", closed, d -> d.put("kind", "FIFTY_FIFTY")),
                broken("a country name", closed, d -> at(d, "/territory").put("country", "France")),
                broken("no applicant", closed, d -> d.putArray("applicants")),
                broken("a negative amount", closed, d -> at(d, "/convention/commitments/0/quantity").put("amount", -5)),
                broken("an instant with an offset", closed, d -> at(d, "/history/0").put("at", "2022-02-14T10:00:00+01:00")),
                broken("a date for an instant", closed, d -> at(d, "/history/0").put("at", "2022-02-14")),
                broken("an instant without seconds", closed, d -> at(d, "/history/0").put("at", "2022-02-14T10:00Z")),
                broken("a minor without a responsible", closed, d -> at(d, "/applicants/0").remove("responsibleActorId")),
                broken("an adult with a responsible", closed, d -> at(d, "/applicants/1").put("responsibleActorId", "x")),
                broken("format version 3", closed, d -> d.put("formatVersion", 3)),
                broken("no format version", closed, d -> d.remove("formatVersion")),
                broken("a theme twice", closed, d -> ((ArrayNode) d.get("themes")).add("school")),
                broken("a blank title", closed, d -> d.put("title", "   ")),
                broken("a null purpose", closed, d -> d.putNull("purpose")),
                broken("a number for a text", closed, d -> d.put("title", 42)),
                broken("an unknown phase", closed, d -> at(d, "/involvementPlan/levels").put("construction", "co_production")),
                broken("a score with a value and a reason", evaluation, d -> at(d, "/scores/0").put("notAssessedReason", "x")),
                broken("a count scale with points", evaluation, d -> at(d, "/framework/criteria/0/criterion/scale").put("kind", "count")),
                broken("no evaluator", evaluation, d -> d.putArray("evaluators")),
                broken("a category twice", evaluation, d -> ((ArrayNode) d.at("/narrativeSession/attendeeCategories")).add("pupils")),
                broken("a lower-case criterion code", evaluation, d -> at(d, "/framework/criteria/0/criterion").put("code", "lp_x")),
                broken("a negative weight", evaluation, d -> at(d, "/framework/criteria/0").put("weight", -1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void a_document_the_schema_refuses_is_refused_by_the_reader(String what, ObjectNode document, String definition) {
        byte[] bytes = document.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(SchemaCheck.errors(definition, bytes)).as("schema refuses " + what).isNotEmpty();
        Class<?> type = definition.equals("initiative") ? Initiative.class : Evaluation.class;
        assertThat(catchThrowableOfType(InterchangeException.class, () -> JSON.read(bytes, type)))
                .as("reader refuses " + what).isNotNull();
    }

    /** Random damage to generated documents: whenever the schema refuses the result, so does the reader. */
    @Test
    void random_damage_the_schema_refuses_is_refused_by_the_reader() {
        long seed = Seeds.seed();
        Random random = new Random(seed);
        ValidRecords.Portfolio portfolio = ValidRecords.withSeed(seed + 2).portfolio(150);
        List<Object> values = new ArrayList<>(portfolio.initiatives());
        values.addAll(portfolio.evaluations());
        int refusedBySchema = 0;
        for (int round = 0; round < 600; round++) {
            Object value = values.get(random.nextInt(values.size()));
            ObjectNode document = tree(value);
            String damage = damage(document, random);
            byte[] bytes = document.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            String definition = value instanceof Initiative ? "initiative" : "evaluation";
            if (!SchemaCheck.errors(definition, bytes).isEmpty()) {
                refusedBySchema++;
                Class<?> type = value instanceof Initiative ? Initiative.class : Evaluation.class;
                assertThat(catchThrowableOfType(InterchangeException.class, () -> JSON.read(bytes, type)))
                        .as("seed " + seed + " round " + round + ": " + damage).isNotNull();
            }
        }
        assertThat(refusedBySchema).as("the damage must often be caught by the schema").isGreaterThan(300);
    }

    private static String damage(ObjectNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonNode[] replacements = {nodes.nullNode(), nodes.textNode(""), nodes.textNode("x"), nodes.numberNode(-1),
            nodes.numberNode(1.5), nodes.booleanNode(true), nodes.objectNode(), nodes.arrayNode(), nodes.textNode("2022-13-45")};
        if (target instanceof ObjectNode) {
            ObjectNode object = (ObjectNode) target;
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            if (names.isEmpty() || random.nextInt(5) == 0) {
                object.put("unexpected", 1);
                return "added a field";
            }
            String name = names.get(random.nextInt(names.size()));
            if (random.nextBoolean()) {
                object.remove(name);
                return "removed " + name;
            }
            object.set(name, replacements[random.nextInt(replacements.length)]);
            return "replaced " + name;
        }
        ArrayNode array = (ArrayNode) target;
        if (array.isEmpty() || random.nextBoolean()) {
            array.add(replacements[random.nextInt(replacements.length)]);
            return "appended to an array";
        }
        array.set(random.nextInt(array.size()), replacements[random.nextInt(replacements.length)]);
        return "replaced an element";
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            Iterator<JsonNode> children = node.elements();
            children.forEachRemaining(child -> collect(child, containers));
        }
    }
}
