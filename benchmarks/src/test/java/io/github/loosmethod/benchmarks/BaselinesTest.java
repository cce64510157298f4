package io.github.loosmethod.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.loosmethod.interchange.Schemas;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plain-Jackson baselines hold the whole initiative document of the published JSON Schema:
 * a baseline missing a field would bind less than the library reads and flatter itself, and a
 * field the format dropped would make databind refuse every document.
 */
class BaselinesTest {

    private static JsonNode definitions;

    @BeforeAll
    static void readSchema() throws IOException {
        try (InputStream in = Schemas.open()) {
            definitions = new ObjectMapper().readTree(in).get("$defs");
        }
    }

    @Test
    void everyObjectOfTheInitiativeIsAClassWithEveryFieldOfTheSchema() {
        for (Class<?> baseline : List.of(Pojos.class, TypedPojos.class)) {
            Set<String> reached = new HashSet<>();
            compare(baseline, "initiative", reached);
            assertThat(reached).as(baseline.getSimpleName()).contains("initiative", "actor", "convention", "commitment", "decision",
                    "participationActivity", "lifecycleEvent", "source", "residentsVote");
            List<String> classes = Arrays.stream(baseline.getDeclaredClasses()).filter(c -> !c.isEnum())
                    .map(c -> Character.toLowerCase(c.getSimpleName().charAt(0)) + c.getSimpleName().substring(1)).toList();
            assertThat(classes).as(baseline.getSimpleName() + ": no class beyond the schema's").containsExactlyInAnyOrderElementsOf(reached);
        }
    }

    @Test
    void theTypedBaselinesEnumsAreTheFormatsCodes() {
        int enums = 0;
        for (Class<?> type : TypedPojos.class.getDeclaredClasses()) {
            if (type.isEnum()) {
                enums++;
                String definition = Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1);
                List<String> codes = new ArrayList<>();
                definitions.get(definition).get("enum").forEach(code -> codes.add(code.asText()));
                List<String> constants = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
                assertThat(constants).as(definition).containsExactlyElementsOf(codes);
            }
        }
        assertThat(enums).isEqualTo(15);
    }

    /** Compares a schema object with the class of that name, then the objects its fields hold. */
    private static void compare(Class<?> baseline, String definition, Set<String> reached) {
        if (!reached.add(definition)) {
            return;
        }
        JsonNode properties = definitions.get(definition).get("properties");
        Class<?> type = Arrays.stream(baseline.getDeclaredClasses())
                .filter(c -> c.getSimpleName().equalsIgnoreCase(definition)).findFirst()
                .orElseThrow(() -> new AssertionError(baseline.getSimpleName() + " has no class for " + definition));
        List<String> expected = new ArrayList<>();
        properties.fieldNames().forEachRemaining(name -> {
            // A version may be stated in any object; the documents state it once, at the top.
            if (!name.equals("formatVersion") || definition.equals("initiative")) {
                expected.add(name);
            }
        });
        List<String> fields = Arrays.stream(type.getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers()))
                .map(Field::getName).toList();
        assertThat(fields).as(baseline.getSimpleName() + "." + type.getSimpleName()).containsExactlyElementsOf(expected);
        for (String name : expected) {
            objectsOf(properties.get(name)).forEach(object -> compare(baseline, object, reached));
        }
    }

    /** The schema objects a property holds, directly or in an array. */
    private static List<String> objectsOf(JsonNode property) {
        List<String> objects = new ArrayList<>();
        List<JsonNode> candidates = new ArrayList<>(List.of(property));
        if (property.has("items")) {
            candidates.add(property.get("items"));
        }
        property.path("allOf").forEach(candidates::add);
        for (JsonNode candidate : candidates) {
            String reference = candidate.path("$ref").asText("");
            String name = reference.substring(reference.lastIndexOf('/') + 1);
            if (!name.isEmpty() && definitions.get(name).path("type").asText().equals("object")) {
                objects.add(name);
            }
        }
        return objects;
    }
}
