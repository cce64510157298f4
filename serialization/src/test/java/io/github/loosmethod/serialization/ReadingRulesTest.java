package io.github.loosmethod.serialization;

import io.github.loosmethod.interchange.Problem;
import io.github.loosmethod.interchange.InterchangeException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import io.github.loosmethod.evaluation.Evaluation;
import io.github.loosmethod.initiative.Initiative;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Reading checks invariants and the rules of the method, and says where each problem is. */
class ReadingRulesTest {

    private static final LoosJson JSON = LoosJson.strict();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static byte[] edited(Object value, Consumer<ObjectNode> edit) throws Exception {
        ObjectNode tree = (ObjectNode) MAPPER.readTree(JSON.write(value));
        edit.accept(tree);
        return tree.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static InterchangeException refusal(byte[] json, Class<?> type) {
        InterchangeException refused = catchThrowableOfType(InterchangeException.class, () -> JSON.read(json, type));
        assertThat(refused).isNotNull();
        return refused;
    }

    @Test
    void a_convention_without_the_town_signature_is_refused_with_r4() throws Exception {
        byte[] json = edited(EmileBaslyPlayground.agreed(), tree -> {
            ArrayNode signatures = (ArrayNode) tree.at("/convention/signatures");
            signatures.remove(signatures.size() - 1);
        });

        InterchangeException refused = refusal(json, Initiative.class);

        assertThat(refused.problems()).map(EnglishOnly::of).contains(new Problem("/convention/signatures",
                "The convention is not signed by the town side.", Optional.of("R4")));
        assertThat(refused.getMessage()).contains("/convention/signatures [R4]");
    }

    @Test
    void every_broken_rule_is_listed_with_its_pointer() throws Exception {
        byte[] json = edited(EmileBaslyPlayground.closed(), tree -> {
            ((ObjectNode) tree.get("purpose")).put("generalInterest", "");
            ((ObjectNode) tree.at("/involvementPlan/levels")).put("diagnosis", "co_production");
        });

        InterchangeException refused = refusal(json, Initiative.class);

        assertThat(refused.problems()).extracting(Problem::pointer, p -> p.ruleId().orElse(""))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/purpose/generalInterest", "R2"),
                        org.assertj.core.groups.Tuple.tuple("/involvementPlan/levels/diagnosis", "R15"));
    }

    @Test
    void a_status_that_does_not_follow_from_the_history_is_refused() throws Exception {
        byte[] json = edited(EmileBaslyPlayground.agreed(), tree -> tree.put("status", "closed"));

        assertThat(refusal(json, Initiative.class).problems()).singleElement()
                .satisfies(p -> assertThat(p.pointer()).isEqualTo("/status"))
                .satisfies(p -> assertThat(p.message()).contains("agreed"));
    }

    @Test
    void an_invariant_is_refused_at_the_offending_field() throws Exception {
        byte[] json = edited(EmileBaslyPlayground.agreed(), tree -> ((ObjectNode) tree.get("convention")).put("endDate", "2020-01-01"));

        assertThat(refusal(json, Initiative.class).problems()).singleElement()
                .satisfies(p -> assertThat(p.pointer()).isEqualTo("/convention/endDate"))
                .satisfies(p -> assertThat(p.ruleId()).isEmpty());
    }

    @Test
    void a_commitment_history_out_of_order_is_refused_at_its_step() throws Exception {
        byte[] json = edited(EmileBaslyPlayground.closed(), tree ->
                ((ObjectNode) tree.at("/convention/commitments/3/history/1")).put("on", "2022-01-01"));

        assertThat(refusal(json, Initiative.class).problems()).singleElement()
                .satisfies(p -> assertThat(p.pointer()).isEqualTo("/convention/commitments/3/history/1/on"));
    }

    @Test
    void an_evaluation_missing_a_criterion_is_refused_with_e2() throws Exception {
        byte[] json = edited(EmileBaslyPlayground.narrativeEvaluation(), tree -> ((ArrayNode) tree.get("scores")).remove(5));

        assertThat(refusal(json, Evaluation.class).problems()).singleElement()
                .satisfies(p -> assertThat(p.pointer()).isEqualTo("/framework/criteria/5"))
                .satisfies(p -> assertThat(p.ruleId()).contains("E2"));
    }

    @Test
    void missing_and_unknown_fields_and_bad_codes_are_named_where_they_are() throws Exception {
        assertThat(refusal(edited(EmileBaslyPlayground.agreed(), t -> ((ObjectNode) t.at("/applicants/2")).remove("kind")),
                Initiative.class).problems().get(0).pointer()).isEqualTo("/applicants/2/kind");
        assertThat(refusal(edited(EmileBaslyPlayground.agreed(), t -> ((ObjectNode) t.at("/territory")).put("mayor", "x")),
                Initiative.class).problems().get(0)).extracting(EnglishOnly::of).isEqualTo(new Problem("/territory/mayor", "unknown field", Optional.empty()));
        assertThat(refusal(edited(EmileBaslyPlayground.agreed(), t -> t.put("kind", "fifty-fifty")), Initiative.class)
                .problems().get(0).message()).contains("unknown code \"fifty-fifty\"").contains("fifty_fifty");
    }

    @Test
    void lenient_reading_ignores_unknown_fields_and_keeps_everything_else_strict() throws Exception {
        byte[] json = edited(EmileBaslyPlayground.closed(), tree -> {
            tree.put("colour", "green");
            ((ObjectNode) tree.at("/convention/commitments/0")).putObject("notes").put("a", 1);
        });
        LoosJson lenient = JSON.lenient();

        assertThat(lenient.isLenient()).isTrue();
        assertThat(lenient.read(json, Initiative.class)).isEqualTo(EmileBaslyPlayground.closed());
        assertThat(refusal(json, Initiative.class).problems().get(0).pointer()).isEqualTo("/convention/commitments/0/notes");
        byte[] wrongType = edited(EmileBaslyPlayground.closed(), tree -> tree.put("title", 3));
        assertThat(catchThrowableOfType(InterchangeException.class, () -> lenient.read(wrongType, Initiative.class))).isNotNull();
    }

    @Test
    void a_repeated_field_is_refused_where_it_repeats_in_both_modes() {
        String json = JSON.writeAsString(EmileBaslyPlayground.closed());
        byte[] atRoot = json.replaceFirst("\"title\":", "\"title\":\"x\",\"title\":").getBytes(StandardCharsets.UTF_8);
        byte[] nested = json.replaceFirst("(\"commitments\":\\[\\{[^\\[]*?)\"description\":",
                "$1\"description\":\"x\",\"description\":").getBytes(StandardCharsets.UTF_8);
        Problem expected = new Problem("/convention/commitments/0/description",
                "is repeated: a field may appear only once in an object", Optional.empty());

        assertThat(refusal(atRoot, Initiative.class).problems()).extracting(Problem::pointer).containsExactly("/title");
        assertThat(refusal(nested, Initiative.class).problems()).map(EnglishOnly::of).containsExactly(expected);
        assertThat(catchThrowableOfType(InterchangeException.class, () -> JSON.lenient().read(nested, Initiative.class))
                .problems()).map(EnglishOnly::of).containsExactly(expected);
    }

    @Test
    void an_object_with_many_unknown_fields_is_still_checked_for_repeats() {
        String json = JSON.writeAsString(EmileBaslyPlayground.closed());
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            many.append("\"note").append(i).append("\":").append(i).append(',');
        }
        byte[] distinct = json.replaceFirst("\"title\":", many + "\"title\":").getBytes(StandardCharsets.UTF_8);
        byte[] repeated = json.replaceFirst("\"title\":", many + "\"note7\":0,\"title\":").getBytes(StandardCharsets.UTF_8);

        assertThat(JSON.lenient().read(distinct, Initiative.class)).isEqualTo(EmileBaslyPlayground.closed());
        assertThat(catchThrowableOfType(InterchangeException.class, () -> JSON.lenient().read(repeated, Initiative.class))
                .problems()).extracting(Problem::pointer).containsExactly("/note7");
    }

    /** Rebuilds every object of a tree with its fields in reverse order. */
    private static com.fasterxml.jackson.databind.JsonNode reversed(com.fasterxml.jackson.databind.JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            java.util.Collections.reverse(names);
            ObjectNode copy = MAPPER.createObjectNode();
            names.forEach(name -> copy.set(name, reversed(node.get(name))));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = MAPPER.createArrayNode();
            node.forEach(element -> copy.add(reversed(element)));
            return copy;
        }
        return node;
    }

    @Test
    void fields_in_any_order_or_spelled_with_escapes_read_the_same() throws Exception {
        Initiative closed = EmileBaslyPlayground.closed();
        Evaluation evaluation = EmileBaslyPlayground.narrativeEvaluation();
        byte[] backwards = reversed(MAPPER.readTree(JSON.write(closed))).toString().getBytes(StandardCharsets.UTF_8);
        byte[] backwardsEvaluation = reversed(MAPPER.readTree(JSON.write(evaluation))).toString().getBytes(StandardCharsets.UTF_8);
        byte[] escaped = JSON.writeAsString(closed).replace("\"title\":", "\"t\\u0069tle\":")
                .replace("\"from\":", "\"\\u0066rom\":").getBytes(StandardCharsets.UTF_8);

        assertThat(JSON.read(backwards, Initiative.class)).isEqualTo(closed);
        assertThat(JSON.read(backwardsEvaluation, Evaluation.class)).isEqualTo(evaluation);
        assertThat(JSON.read(escaped, Initiative.class)).isEqualTo(closed);
    }

    @Test
    void a_field_repeated_out_of_order_or_under_another_spelling_is_still_refused() {
        String json = JSON.writeAsString(EmileBaslyPlayground.closed());
        String territory = "\"territory\":{\"code\":\"62528\",";
        assertThat(json).contains(territory);
        byte[] afterLater = json.replace(territory, territory + "\"zone\":\"Europe/Paris\",")
                .getBytes(StandardCharsets.UTF_8);
        byte[] escapedRepeat = json.replace(territory, territory + "\"c\\u006fde\":\"62528\",").getBytes(StandardCharsets.UTF_8);
        byte[] repeatedKey = json.replaceFirst("\"levels\":\\{", "\"levels\":{\"diagnosis\":\"information\",")
                .getBytes(StandardCharsets.UTF_8);
        byte[] twoVersions = json.replaceFirst("\"formatVersion\":2,", "\"formatVersion\":2,\"formatVersion\":2,")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(refusal(afterLater, Initiative.class).problems()).extracting(Problem::pointer).containsExactly("/territory/zone");
        assertThat(refusal(escapedRepeat, Initiative.class).problems()).extracting(Problem::pointer)
                .containsExactly("/territory/code");
        assertThat(refusal(repeatedKey, Initiative.class).problems()).extracting(Problem::pointer, Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/involvementPlan/levels/diagnosis",
                        "is repeated: a field may appear only once in an object"));
        assertThat(refusal(twoVersions, Initiative.class).problems()).extracting(Problem::pointer).containsExactly("/formatVersion");
    }

    @Test
    void a_record_with_many_actors_reads_back_equal_and_an_actor_described_two_ways_is_refused() {
        List<Actor> crowd = new ArrayList<>(EmileBaslyPlayground.closed().applicants());
        for (int i = 0; i < 40; i++) {
            crowd.add(Actor.of("neighbour-" + i, "Neighbour " + i, ActorKind.RESIDENT));
        }
        Initiative crowded = Initiative.builder().from(EmileBaslyPlayground.closed()).withApplicants(crowd).build();
        String json = JSON.writeAsString(crowded);
        byte[] renamed = json.replaceFirst("(\"responsible\":\\{\"id\":\"" + EmileBaslyPlayground.PARENTS.id() + "\",\"name\":\")[^\"]*",
                "$1Somebody else").getBytes(StandardCharsets.UTF_8);

        assertThat(JSON.readInitiative(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(crowded);
        assertThat(refusal(renamed, Initiative.class).problems()).extracting(Problem::pointer, p -> p.ruleId().orElse(""))
                .contains(org.assertj.core.groups.Tuple.tuple("/convention/commitments/3/responsible", "M1"));
    }

    @Test
    void a_type_the_format_does_not_cover_is_a_programming_error() {
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> JSON.read(new byte[0], String.class)))
                .hasMessageContaining("java.lang.String");
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> JSON.write("text"))).isNotNull();
    }
}
