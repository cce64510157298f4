package io.github.loosmethod.towndesk;

import static io.github.loosmethod.testkit.cases.EmileBaslyPlayground.COUNCILLOR;
import static io.github.loosmethod.testkit.cases.EmileBaslyPlayground.PARENTS;
import static io.github.loosmethod.testkit.cases.EmileBaslyPlayground.SCHOOL;
import static io.github.loosmethod.testkit.cases.LoosEnGohelle.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.loosmethod.jackson3.LoosJson;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every problem type the desk answers with, as a client meets it: status, type, pointer, rule id,
 * language; and, for every refused change, that nothing was written.
 */
class ProblemApiTest extends DeskTestBase {

    private static final Object SUBMIT = move(SCHOOL, at(LocalDate.of(2022, 2, 14), 10), "Voted by the class");

    private static void assertProblem(Desk.Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("type").asString()).isEqualTo("/problems/" + type);
        assertThat(reply.json().get("status").asInt()).isEqualTo(status);
        assertThat(reply.body()).doesNotContain("at io.github", "at org.springframework", "Exception");
    }

    private String draft() {
        String id = freshId("problem");
        create(renamed(EmileBaslyPlayground.draft(), id));
        return id;
    }

    /** Start the works on a request that is only submitted: refused with L1, in French, and nothing written. */
    @Test
    void aRefusedOperationNamesItsRulesInTheClerksLanguageAndWritesNothing() {
        String id = draft();
        String etag = desk.post("/initiatives/" + id + "/submit", SUBMIT, "\"1\"").etagValue();
        String before = storedDocument(id);

        Desk.Reply refused = desk.post("/initiatives/" + id + "/start-work",
                move(PARENTS, at(LocalDate.of(2022, 4, 11), 8), "Let us go"), Optional.of(etag), "fr-FR,fr;q=0.9");

        assertProblem(refused, 422, "operation-refused");
        JsonNode problem = refused.json();
        assertThat(problem.get("title").asString()).isEqualTo("La méthode refuse cette opération");
        assertThat(problem.get("operation").asString()).isEqualTo("start-work");
        JsonNode l1 = problem.get("violations").get(0);
        assertThat(l1.get("ruleId").asString()).isEqualTo("L1");
        assertThat(l1.get("pointer").asString()).startsWith("/");
        assertThat(l1.get("message").asString()).startsWith("Impossible de");
        assertThat(version(id)).isEqualTo(2);
        assertThat(events(id)).isEqualTo(1);
        assertThat(storedDocument(id)).isEqualTo(before);

        Desk.Reply english = desk.post("/initiatives/" + id + "/start-work",
                move(PARENTS, at(LocalDate.of(2022, 4, 11), 8), "Let us go"), Optional.of(etag), "en");
        assertThat(english.json().get("title").asString()).isEqualTo("The method refuses this operation");
        assertThat(english.json().get("violations").get(0).get("message").asString())
                .isNotBlank().isNotEqualTo(l1.get("message").asString());
    }

    @Test
    void aChangeWithoutIfMatchIsRefusedWith428() {
        String id = draft();
        assertProblem(desk.post("/initiatives/" + id + "/submit", SUBMIT), 428, "version-required");
        assertProblem(desk.post("/initiatives/" + id + "/submit", SUBMIT, "*"), 428, "version-required");
        assertThat(version(id)).isEqualTo(1);
    }

    @Test
    void aChangeOnAStaleVersionIsRefusedWith412AndChangesNothing() {
        String id = draft();
        desk.post("/initiatives/" + id + "/submit", SUBMIT, "\"1\"");
        Desk.Reply stale = desk.post("/initiatives/" + id + "/withdraw",
                move(SCHOOL, at(LocalDate.of(2022, 2, 15), 10), "Changed our mind"), "\"1\"");
        assertProblem(stale, 412, "stale-version");
        assertThat(stale.json().get("detail").asString()).contains("version 2");
        // The answer says where the record is now, so the client can reload from there.
        assertThat(stale.etag()).contains("\"2\"");
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(2);
        assertThat(version(id)).isEqualTo(2);
        assertThat(events(id)).isEqualTo(1);
    }

    @Test
    void anIfMatchThatIsNotOneOfTheDesksTagsIsABadRequest() {
        String id = draft();
        Desk.Reply weak = desk.post("/initiatives/" + id + "/submit", SUBMIT, "W/\"1\"");
        assertProblem(weak, 400, "bad-request");
        assertThat(weak.json().get("violations").get(0).get("pointer").asString()).isEqualTo("If-Match");
    }

    @Test
    void unknownInitiativesAndOperationsAreNotFound() {
        assertProblem(desk.get("/initiatives/nobody", "fr"), 404, "not-found");
        assertThat(desk.get("/initiatives/nobody", "fr").json().get("detail").asString()).contains("Aucune initiative");
        assertProblem(desk.post("/initiatives/nobody/submit", SUBMIT, "\"1\""), 404, "not-found");
        assertProblem(desk.post("/initiatives/" + draft() + "/fly", SUBMIT, "\"1\""), 404, "not-found");
        assertProblem(desk.get("/initiatives/nobody/validation"), 404, "not-found");
    }

    @Test
    void anIdTakenTwiceIsAConflict() {
        String id = draft();
        Desk.Reply again = desk.post("/initiatives", LoosJson.strict().writeAsString(renamed(EmileBaslyPlayground.draft(), id)));
        assertProblem(again, 409, "already-exists");
        assertThat(again.json().get("violations").get(0).get("pointer").asString()).isEqualTo("/id");
    }

    @Test
    void aDocumentTheLibraryRefusesIsInvalidWithItsPointersAndRuleIds() {
        String json = LoosJson.strict().writeAsString(renamed(EmileBaslyPlayground.draft(), freshId("bad")));
        Desk.Reply unknownCode = desk.post("/initiatives", json.replace("\"fifty_fifty\"", "\"municipal\""));
        assertProblem(unknownCode, 400, "invalid-document");
        assertThat(unknownCode.json().get("violations").get(0).get("pointer").asString()).isEqualTo("/kind");

        JsonNode document = mapper.readTree(json);
        String generalInterest = document.get("purpose").get("generalInterest").asString();
        Desk.Reply ruleBroken = desk.post("/initiatives", json.replace("\"" + generalInterest + "\"", "\" \""),
                Optional.empty(), "fr");
        assertProblem(ruleBroken, 400, "invalid-document");
        assertThat(ruleBroken.json().get("violations").findValuesAsString("pointer")).contains("/purpose/generalInterest");
        assertThat(ruleBroken.body()).contains("\"ruleId\"");
    }

    @Test
    void aDeskCreatesOnlyDrafts() {
        String json = LoosJson.strict().writeAsString(renamed(EmileBaslyPlayground.submitted(), freshId("not-draft")));
        Desk.Reply refused = desk.post("/initiatives", json);
        assertProblem(refused, 400, "bad-request");
        assertThat(refused.json().get("violations").get(0).get("pointer").asString()).isEqualTo("/history");
    }

    @Test
    void aMalformedBodyIsABadRequestPointingWhereItFailed() {
        String id = draft();
        assertProblem(desk.post("/initiatives/" + id + "/submit", "{\"by\":", "\"1\""), 400, "bad-request");

        Desk.Reply missing = desk.post("/initiatives/" + id + "/submit",
                "{\"by\":" + mapper.writeValueAsString(SCHOOL) + ",\"at\":\"2022-02-14T09:00:00Z\"}", "\"1\"");
        assertProblem(missing, 400, "bad-request");
        assertThat(missing.json().get("violations").get(0).get("pointer").asString()).isEqualTo("/reason");

        Desk.Reply unknown = desk.post("/initiatives/" + id + "/submit",
                "{\"by\":" + mapper.writeValueAsString(SCHOOL) + ",\"at\":\"2022-02-14T09:00:00Z\",\"reason\":\"r\",\"colour\":1}",
                "\"1\"");
        assertProblem(unknown, 400, "bad-request");
        assertThat(unknown.json().get("violations").get(0).get("pointer").asString()).isEqualTo("/colour");

        Desk.Reply badTime = desk.post("/initiatives/" + id + "/submit",
                "{\"by\":" + mapper.writeValueAsString(SCHOOL) + ",\"at\":\"yesterday\",\"reason\":\"r\"}", "\"1\"");
        assertProblem(badTime, 400, "bad-request");
        assertThat(badTime.json().get("violations").get(0).get("pointer").asString()).isEqualTo("/at");
        assertThat(version(id)).isEqualTo(1);
    }

    /** A value of the model inside a body that its reader refuses: the pointer goes down into it. */
    @Test
    void aModelValueThatDoesNotReadIsPointedAtInsideTheBody() {
        String id = draft();
        Desk.Reply actorWithoutKind = desk.post("/initiatives/" + id + "/submit",
                "{\"by\":{\"id\":\"x\",\"name\":\"X\"},\"at\":\"2022-02-14T09:00:00Z\",\"reason\":\"r\"}", "\"1\"");
        assertProblem(actorWithoutKind, 400, "bad-request");
        assertThat(actorWithoutKind.json().get("violations").get(0).get("pointer").asString()).isEqualTo("/by/kind");
        assertThat(actorWithoutKind.json().get("detail").asString()).doesNotContain(": /by");
    }

    @Test
    void aValueTheModelCannotHoldIsABadRequestNamingTheField() {
        String id = draft();
        Desk.Reply blank = desk.post("/initiatives/" + id + "/submit",
                move(SCHOOL, at(LocalDate.of(2022, 2, 14), 10), "  "), Optional.of("\"1\""), "fr");
        assertProblem(blank, 400, "bad-request");
        assertThat(blank.json().get("violations").get(0).get("pointer").asString()).isEqualTo("/reason");
        assertThat(version(id)).isEqualTo(1);
    }

    /** What Spring itself refuses (a wrong media type, a route or method that does not exist) is a problem detail too. */
    @Test
    void theFrameworksOwnRefusalsAreProblemDetailsWithoutStackTraces() throws Exception {
        java.net.http.HttpResponse<String> text = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/initiatives"))
                        .header("Content-Type", "text/plain").POST(java.net.http.HttpRequest.BodyPublishers.ofString("hello")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(text.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(text.body()).doesNotContain("Exception", "at org.");

        Desk.Reply nowhere = desk.get("/nowhere");
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(nowhere.contentType()).startsWith("application/problem+json");
        assertThat(nowhere.body()).doesNotContain("Exception", "at org.");
    }

    /** A body over the limit is refused, whether announced by its length or sent in chunks, and nothing changes. */
    @Test
    void aBodyOverTheLimitIsRefusedWith413() throws Exception {
        String id = draft();
        byte[] big = ("{\"reason\":\"" + "x".repeat((int) BodyLimit.LIMIT) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        for (java.net.http.HttpRequest.BodyPublisher body : List.of(java.net.http.HttpRequest.BodyPublishers.ofByteArray(big),
                java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big)))) {
            java.net.http.HttpResponse<String> reply = http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + port + "/initiatives/" + id + "/submit"))
                    .header("Content-Type", "application/json").header("If-Match", "\"1\"").header("Accept-Language", "fr")
                    .POST(body).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(reply.statusCode()).as(reply.body()).isEqualTo(413);
            assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            JsonNode problem = mapper.readTree(reply.body());
            assertThat(problem.get("type").asString()).isEqualTo("/problems/body-too-large");
            assertThat(problem.get("detail").asString()).contains("octets");
        }
        assertThat(version(id)).isEqualTo(1);
    }

    @Test
    void anUnknownCodeIsABadRequestListingTheCodes() {
        Desk.Reply status = desk.get("/initiatives?status=finished");
        assertProblem(status, 400, "bad-request");
        assertThat(status.json().get("detail").asString()).contains("under_assessment");

        String id = draft();
        Desk.Reply readiness = desk.post("/initiatives/" + id + "/readiness",
                "{\"transition\":\"fly\",\"by\":" + mapper.writeValueAsString(COUNCILLOR) + ",\"at\":\"2022-02-14T09:00:00Z\"}");
        assertProblem(readiness, 400, "bad-request");
        assertThat(readiness.json().get("violations").get(0).get("pointer").asString()).isEqualTo("/transition");
    }
}
