package io.github.loosmethod.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.interchange.InterchangeException;
import io.github.loosmethod.testkit.EveryType;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Jackson 3 host, as a Spring Boot 4 application is: only {@code tools.jackson} on its path, its
 * own records embedding values of the model, the module found by {@code findAndAddModules()}.
 */
class Jackson3HostTest {

    /** What a host stores: its own fields around an initiative. */
    record Filed(String office, Initiative initiative, int revision) {
    }

    private static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();
    private static final LoosJson JSON = LoosJson.strict();

    @Test
    void find_and_add_modules_finds_the_module_and_a_host_record_round_trips_every_type_embedded() throws Exception {
        assertThat(MAPPER.registeredModules()).extracting(module -> module.getModuleName()).contains("LoosMethodModule");
        for (Object value : EveryType.values()) {
            // An embedded value: the host's record holds it, its type is known to the mapper.
            String json = MAPPER.writeValueAsString(java.util.Map.of("value", value));
            JsonNode tree = MAPPER.readTree(json).get("value");
            assertThat(tree.has("formatVersion")).as("embedded %s has no format version", value.getClass().getSimpleName()).isFalse();
            Object back = MAPPER.treeToValue(tree, typeOf(value));
            assertThat(back).as(value.getClass().getSimpleName()).isEqualTo(value);
            // The same bytes as the interchange writer, less the format version at the root.
            assertThat(MAPPER.writeValueAsString(value)).isEqualTo(new String(JSON.write(value), StandardCharsets.UTF_8));
        }
    }

    private static Class<?> typeOf(Object value) {
        Class<?> type = value.getClass();
        return type.getSimpleName().startsWith("Immutable") ? type.getSuperclass() : type;
    }

    @Test
    void a_record_of_the_host_with_an_initiative_round_trips_and_converts_through_a_tree() throws Exception {
        Filed filed = new Filed("urbanisme", EmileBaslyPlayground.closed(), 3);

        String json = MAPPER.writeValueAsString(filed);
        Filed back = MAPPER.readValue(json, Filed.class);
        JsonNode tree = MAPPER.valueToTree(filed);

        assertThat(back).isEqualTo(filed);
        assertThat(MAPPER.treeToValue(tree, Filed.class)).isEqualTo(filed);
        assertThat(MAPPER.convertValue(filed, Filed.class)).isEqualTo(filed);
        assertThat(json).startsWith("{\"office\":\"urbanisme\",\"initiative\":{\"id\":").doesNotContain("formatVersion");
        // Embedded values are checked for form and invariants only; the host checks the rules with LoosJson.
        assertThat(JSON.check(back.initiative())).isSameAs(back.initiative());
    }

    @Test
    void an_embedded_value_that_is_incomplete_is_a_jackson_exception_at_its_pointer() {
        String json = "{\"office\":\"x\",\"initiative\":{\"id\":\"\"},\"revision\":1}";

        DatabindException refused = catchThrowableOfType(DatabindException.class, () -> MAPPER.readValue(json, Filed.class));

        assertThat(refused.getOriginalMessage()).isEqualTo("/territory: is required");
    }

    @Test
    void unknown_fields_of_an_embedded_value_follow_the_mappers_setting_which_jackson_3_leaves_off() throws Exception {
        String json = MAPPER.writeValueAsString(new Filed("urbanisme", EmileBaslyPlayground.closed(), 3))
                .replace("\"zone\":", "\"zzz\":1,\"zone\":");
        JsonMapper strict = JsonMapper.builder().findAndAddModules()
                .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

        assertThat(MAPPER.readValue(json, Filed.class).initiative()).isEqualTo(EmileBaslyPlayground.closed());
        assertThat(catchThrowableOfType(DatabindException.class, () -> strict.readValue(json, Filed.class)).getOriginalMessage())
                .isEqualTo("/territory/zzz: unknown field");
    }

    @Test
    void the_interchange_reads_writes_and_refuses_as_documented() {
        Initiative closed = EmileBaslyPlayground.closed();
        byte[] document = JSON.write(closed);

        assertThat(new String(document, StandardCharsets.UTF_8)).startsWith("{\"formatVersion\":2,\"id\":");
        assertThat(JSON.readInitiative(document)).isEqualTo(closed);
        InterchangeException refused = catchThrowableOfType(InterchangeException.class,
                () -> JSON.read("{\"formatVersion\":2,\"id\":\"x\"", Initiative.class));
        assertThat(refused.problems()).singleElement().satisfies(problem -> assertThat(problem.message())
                .isEqualTo("malformed JSON at line 1, column 28: the document ends before every object, array or string it opens is closed"));
        List<Object> values = EveryType.values();
        assertThat(values).allSatisfy(value -> assertThat(JSON.read(JSON.write(value), typeOf(value))).isEqualTo(value));
    }

    @Test
    void a_jackson_3_host_reads_its_drafts_without_loss() {
        io.github.loosmethod.initiative.Initiative halfway = io.github.loosmethod.initiative.Initiative.builder()
                .from(io.github.loosmethod.testkit.cases.StreetFlowerBoxes.draft())
                .withPurpose(io.github.loosmethod.initiative.Purpose.of("More flowers.", " ")).build();
        byte[] document = JSON.write(halfway);

        io.github.loosmethod.interchange.Checked<io.github.loosmethod.initiative.Initiative> checked =
                JSON.readChecked(document, io.github.loosmethod.initiative.Initiative.class);

        assertThat(checked.value()).isEqualTo(halfway);
        assertThat(checked.report().errors()).extracting(io.github.loosmethod.validation.Violation::ruleId).containsExactly("R2");
        assertThat(JSON.write(checked.value())).isEqualTo(document);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> JSON.readInitiative(document)))
                .isInstanceOf(io.github.loosmethod.interchange.InterchangeException.class);
    }
}
