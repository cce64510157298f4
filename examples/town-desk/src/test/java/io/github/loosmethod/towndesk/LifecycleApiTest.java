package io.github.loosmethod.towndesk;

import static io.github.loosmethod.testkit.cases.EmileBaslyPlayground.COUNCILLOR;
import static io.github.loosmethod.testkit.cases.EmileBaslyPlayground.LOOS_NGOURMA;
import static io.github.loosmethod.testkit.cases.EmileBaslyPlayground.PARENTS;
import static io.github.loosmethod.testkit.cases.EmileBaslyPlayground.PUPILS;
import static io.github.loosmethod.testkit.cases.EmileBaslyPlayground.SCHOOL;
import static io.github.loosmethod.testkit.cases.LoosEnGohelle.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.commitment.Side;
import io.github.loosmethod.commitment.Signature;
import io.github.loosmethod.initiative.Decision;
import io.github.loosmethod.initiative.DecisionOutcome;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.jackson3.LoosJson;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import io.github.loosmethod.testkit.cases.LivingEnvironmentCharter;
import io.github.loosmethod.testkit.cases.LoosEnGohelle;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every operation of the lifecycle through the API, on the worked cases of the testkit: what the
 * desk stores after each call is what the library gives for the same calls.
 */
class LifecycleApiTest extends DeskTestBase {

    /** Posts an operation on the current ETag, checks it succeeded and returns the new ETag. */
    private String step(String id, String operation, Object body, String etag) {
        Desk.Reply reply = desk.post("/initiatives/" + id + "/" + operation, body, etag);
        assertThat(reply.status()).as(operation + ": " + reply.body()).isEqualTo(200);
        assertThat(reply.etagValue()).isEqualTo("\"" + (Long.parseLong(etag.replace("\"", "")) + 1) + "\"");
        return reply.etagValue();
    }

    private Initiative stored(String id) {
        Desk.Reply reply = desk.get("/initiatives/" + id);
        assertThat(reply.status()).isEqualTo(200);
        return LoosJson.strict().readChecked(reply.body().getBytes(StandardCharsets.UTF_8), Initiative.class).value();
    }

    private static Map<String, Object> commitment(String commitmentId, String status, LocalDate on, String reason) {
        return Map.of("commitmentId", commitmentId, "status", status, "on", on.toString(), "reason", reason);
    }

    /** The Émile-Basly fifty-fifty from its draft to its closing, call by call, as the testkit builds it. */
    @Test
    void aFiftyFiftyFromDraftToClosingIsStoredAsTheLibraryBuildsIt() {
        String id = freshId("emile-basly");
        String etag = create(renamed(EmileBaslyPlayground.draft(), id));
        assertThat(etag).isEqualTo("\"1\"");
        Map<Integer, Initiative> snapshots = Map.of(
                EmileBaslyScript.UNDER_ASSESSMENT, EmileBaslyPlayground.underAssessment(),
                EmileBaslyScript.AGREED, EmileBaslyPlayground.agreed(),
                EmileBaslyScript.IN_PROGRESS, EmileBaslyPlayground.inProgress(),
                EmileBaslyScript.DELIVERED, EmileBaslyPlayground.delivered());
        for (int done = 0; done < EmileBaslyScript.STEPS.size(); done++) {
            EmileBaslyScript.Step next = EmileBaslyScript.STEPS.get(done);
            etag = step(id, next.operation(), next.body(), etag);
            Initiative expected = snapshots.get(done + 1);
            if (expected != null) {
                assertThat(stored(id)).as("after " + (done + 1) + " steps").isEqualTo(renamed(expected, id));
            }
        }

        Initiative closed = renamed(EmileBaslyPlayground.closed(), id);
        assertThat(stored(id)).isEqualTo(closed);
        assertThat(desk.get("/initiatives/" + id).etagValue()).isEqualTo("\"26\"");

        JsonNode trail = desk.get("/initiatives/" + id + "/events").json();
        assertThat(trail.size()).isEqualTo(closed.history().size());
        List<String> transitions = new ArrayList<>();
        trail.forEach(event -> transitions.add(event.get("transition").asString()));
        assertThat(transitions).containsExactly("submit", "start_assessment", "accept", "sign", "sign", "sign", "sign",
                "sign", "start_work", "deliver", "start_stewardship", "close");
        JsonNode last = trail.get(trail.size() - 1);
        assertThat(last.get("actorId").asString()).isEqualTo(COUNCILLOR.id());
        assertThat(last.get("reason").asString()).isEqualTo("Convention ended; playground kept green");
        assertThat(last.get("from").asString()).isEqualTo("in_stewardship");
        assertThat(last.get("to").asString()).isEqualTo("closed");

        JsonNode report = desk.get("/initiatives/" + id + "/validation").json();
        assertThat(report.get("valid").asBoolean()).isTrue();
    }

    @Test
    void aDecisionRejectsOrSendsBack() {
        Initiative underAssessment = EmileBaslyPlayground.underAssessment();
        Decision decided = EmileBaslyPlayground.assessment();

        String rejected = freshId("rejected");
        String etag = createAt(underAssessment, rejected);
        step(rejected, "reject", Decision.of(COUNCILLOR, decided.decidedAt(), DecisionOutcome.REJECTED,
                "Not in the town's remit"), etag);
        assertThat(stored(rejected).status().name()).isEqualTo("REJECTED");

        String reworked = freshId("rework");
        etag = createAt(underAssessment, reworked);
        step(reworked, "request-rework", Decision.of(COUNCILLOR, decided.decidedAt(), DecisionOutcome.REWORK_REQUESTED,
                "Say who waters the plants in summer"), etag);
        assertThat(stored(reworked).status().name()).isEqualTo("SUBMITTED");
    }

    @Test
    void theApplicantsWithdrawAndTheTownAbandons() {
        String withdrawn = freshId("withdrawn");
        String etag = create(renamed(EmileBaslyPlayground.draft(), withdrawn));
        step(withdrawn, "withdraw", move(SCHOOL, at(LocalDate.of(2022, 2, 1), 9), "The class changes its project"), etag);
        assertThat(stored(withdrawn).status().name()).isEqualTo("WITHDRAWN");

        String abandoned = freshId("abandoned");
        etag = createAt(EmileBaslyPlayground.accepted(), abandoned);
        step(abandoned, "abandon", move(COUNCILLOR, at(LocalDate.of(2022, 3, 10), 9), "The school is to be rebuilt"), etag);
        assertThat(stored(abandoned).status().name()).isEqualTo("ABANDONED");
    }

    /** A breached commitment suspends the convention; resuming waits for the breach to be dealt with; it is then ended. */
    @Test
    void aBreachSuspendsThenTerminates() {
        String id = freshId("breach");
        String etag = createAt(EmileBaslyPlayground.agreed(), id);
        etag = step(id, "record-commitment-status", commitment("pupils-action-plan", "breached", LocalDate.of(2022, 4, 1),
                "No action plan by the due date"), etag);
        etag = step(id, "suspend", move(COUNCILLOR, at(LocalDate.of(2022, 4, 2), 9), "The action plan is missing"), etag);

        Desk.Reply resume = desk.post("/initiatives/" + id + "/resume",
                move(COUNCILLOR, at(LocalDate.of(2022, 4, 3), 9), "Let us try again"), etag);
        assertThat(resume.status()).isEqualTo(422);
        assertThat(resume.json().get("violations").findValuesAsString("ruleId")).contains("L5");

        step(id, "terminate", move(COUNCILLOR, at(LocalDate.of(2022, 4, 4), 9), "No plan, no works"), etag);
        assertThat(stored(id).status().name()).isEqualTo("TERMINATED");
    }

    /** A co-constructed policy: adopted, revised, the revision adopted, the first version superseded; another repealed. */
    @Test
    void aPolicyIsAdoptedRevisedSupersededOrRepealed() {
        String id = freshId("charter");
        String etag = create(renamed(LivingEnvironmentCharter.draft(), id));
        etag = step(id, "adopt", LivingEnvironmentCharter.adoption(), etag);
        assertThat(stored(id)).isEqualTo(renamed(LivingEnvironmentCharter.inForce(), id));

        String revisedId = freshId("charter-revised");
        Desk.Reply revision = desk.post("/initiatives/" + id + "/revision", Map.of("newId", revisedId));
        assertThat(revision.status()).as(revision.body()).isEqualTo(201);
        assertThat(stored(revisedId).revises()).contains(id);

        step(id, "supersede", move(LoosEnGohelle.MUNICIPALITY, at(LocalDate.of(2008, 4, 1), 9),
                "Replaced by " + revisedId), etag);
        assertThat(stored(id).status().name()).isEqualTo("SUPERSEDED");

        String repealed = freshId("charter-repealed");
        etag = createAt(LivingEnvironmentCharter.inForce(), repealed);
        Decision repeal = Decision.builder().from(LivingEnvironmentCharter.adoption())
                .withOutcome(DecisionOutcome.REPEALED)
                .withDecidedAt(at(LocalDate.of(2010, 1, 14), 20))
                .withReference("Délibération n° 2010-002")
                .withObject("Abrogation de la Charte du cadre de vie")
                .build();
        step(repealed, "repeal", repeal, etag);
        assertThat(stored(repealed).status().name()).isEqualTo("REPEALED");
    }

    /**
     * A record further along than a draft, for the tests of one operation: kept as the draft it
     * started from and then brought to its state directly in the database, as an import would.
     */
    private String createAt(Initiative state, String id) {
        Initiative renamed = renamed(state, id);
        Initiative draft = Initiative.builder().from(renamed).withHistory(List.of()).withDecisions(List.of())
                .withConvention(Optional.empty()).withActivities(List.of()).build();
        create(draft);
        jdbc.update("UPDATE initiative SET document = CAST(? AS jsonb), status = ? WHERE id = ?",
                LoosJson.strict().writeAsString(renamed), Codes.code(renamed.status()), id);
        return "\"1\"";
    }
}
