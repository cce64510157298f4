package io.github.loosmethod.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.evaluation.Evaluation;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoosMethodModuleTest {

    @Test
    void an_object_mapper_with_the_module_writes_and_reads_exactly_as_the_facade() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new LoosMethodModule());
        Initiative closed = EmileBaslyPlayground.closed();

        String json = mapper.writeValueAsString(closed);

        assertThat(json).isEqualTo(LoosJson.strict().writeAsString(closed));
        assertThat(mapper.readValue(json, Initiative.class)).isEqualTo(closed);
        Evaluation evaluation = EmileBaslyPlayground.narrativeEvaluation();
        assertThat(mapper.readValue(mapper.writeValueAsString(evaluation), Evaluation.class)).isEqualTo(evaluation);
    }

    @Test
    void the_module_is_found_through_the_service_loader() throws Exception {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

        assertThat(mapper.getRegisteredModuleIds()).contains(LoosMethodModule.class.getName());
        assertThat(mapper.readValue(mapper.writeValueAsString(EmileBaslyPlayground.agreed()), Initiative.class))
                .isEqualTo(EmileBaslyPlayground.agreed());
    }

    @Test
    void values_nested_in_a_host_document_carry_no_format_version() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new LoosMethodModule());

        String json = mapper.writeValueAsString(Map.of("actors", List.of(EmileBaslyPlayground.SCHOOL)));

        assertThat(json).isEqualTo("{\"actors\":[{\"id\":\"ecole-emile-basly\",\"name\":\"École Émile-Basly\",\"kind\":\"school\"}]}");
    }

    @Test
    void a_bad_value_read_through_a_mapper_is_a_jackson_error_naming_where() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new LoosMethodModule());
        String json = LoosJson.strict().writeAsString(EmileBaslyPlayground.agreed()).replace("\"kind\":\"fifty_fifty\"", "\"kind\":\"x\"");

        JsonMappingException refused = catchThrowableOfType(JsonMappingException.class, () -> mapper.readValue(json, Initiative.class));

        assertThat(refused.getOriginalMessage()).startsWith("/kind: unknown code \"x\"");
        String unknown = json.replace("\"formatVersion\":2,", "\"formatVersion\":2,\"extra\":true,").replace("\"kind\":\"x\"",
                "\"kind\":\"fifty_fifty\"");
        assertThat(catchThrowableOfType(JsonMappingException.class, () -> mapper.readValue(unknown, Initiative.class))).isNotNull();
        assertThat(mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(unknown, Initiative.class))
                .isEqualTo(EmileBaslyPlayground.agreed());
    }

    @Test
    void a_bad_value_nested_in_a_host_document_is_named_from_the_value_itself() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new LoosMethodModule());
        String actor = LoosJson.strict().writeAsString(EmileBaslyPlayground.SCHOOL).replace("\"formatVersion\":2,", "");
        String badKind = "{\"actors\":[" + actor + "," + actor.replace("\"school\"", "\"college\"") + "]}";
        String repeated = "{\"actors\":[" + actor.replace("\"name\":", "\"name\":\"x\",\"name\":") + "]}";
        TypeReference<Map<String, List<Actor>>> host = new TypeReference<>() { };

        assertThat(catchThrowableOfType(JsonMappingException.class, () -> mapper.readValue(badKind, host)).getOriginalMessage())
                .startsWith("/kind: unknown code \"college\"");
        assertThat(catchThrowableOfType(JsonMappingException.class, () -> mapper.readValue(repeated, host)).getOriginalMessage())
                .isEqualTo("/name: is repeated: a field may appear only once in an object");
    }

    @Test
    void the_module_reports_the_version_of_the_build() {
        assertThat(new LoosMethodModule().version().toString()).isEqualTo(System.getProperty("project.version"));
        assertThat(new LoosMethodModule().version().getArtifactId()).isEqualTo("loos-method-serialization");
        assertThat(new LoosMethodModule().version().getGroupId()).isEqualTo("io.github.loosmethod");
    }

    @Test
    void a_mapper_converts_a_value_to_itself_through_tokens_and_trees() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new LoosMethodModule());
        Initiative closed = EmileBaslyPlayground.closed();

        // Both go through token buffers and trees, where the format version is a long, not an int.
        assertThat(mapper.convertValue(closed, Initiative.class)).isEqualTo(closed);
        assertThat(mapper.convertValue(closed, com.fasterxml.jackson.databind.JsonNode.class).get("formatVersion").asInt()).isEqualTo(2);
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> mapper.treeToValue(mapper.valueToTree(closed),
                Initiative.class))).isNull();
        Evaluation evaluation = EmileBaslyPlayground.narrativeEvaluation();
        assertThat(mapper.convertValue(evaluation, Evaluation.class)).isEqualTo(evaluation);
    }

    @Test
    void the_module_cannot_be_changed_after_it_is_made() {
        // A SimpleModule would let a host add or replace serializers on an instance others share.
        assertThat(LoosMethodModule.class.getSuperclass()).isEqualTo(com.fasterxml.jackson.databind.Module.class);
        assertThat(java.util.Arrays.stream(LoosMethodModule.class.getDeclaredFields()).filter(field -> !field.isSynthetic()))
                .allSatisfy(field -> assertThat(java.lang.reflect.Modifier.isFinal(field.getModifiers())).as(field.getName()).isTrue());
        ObjectMapper twice = new ObjectMapper().registerModule(new LoosMethodModule()).registerModule(new LoosMethodModule());
        assertThat(twice.getRegisteredModuleIds()).containsExactly(LoosMethodModule.class.getName());
        assertThat(new LoosMethodModule().getModuleName()).isEqualTo("LoosMethodModule");
    }

    @Test
    void a_number_out_of_range_read_through_a_mapper_is_a_jackson_error() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new LoosMethodModule());
        String json = LoosJson.strict().writeAsString(io.github.loosmethod.testkit.cases.StreetFlowerBoxes.agreed())
                .replace("\"amount\":640.5", "\"amount\":1e2147483648");

        JsonMappingException refused = catchThrowableOfType(JsonMappingException.class, () -> mapper.readValue(json, Initiative.class));

        assertThat(refused).isNotNull();
        assertThat(refused.getOriginalMessage()).startsWith("/convention/commitments/0/quantity/amount: is a number out of the range");
    }
}
