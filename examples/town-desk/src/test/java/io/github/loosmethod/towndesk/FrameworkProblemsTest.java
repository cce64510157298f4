package io.github.loosmethod.towndesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * What Spring refuses before the desk's code runs — an unknown address, a method or media type
 * an address does not take, an answer format it cannot give, malformed JSON, a parameter or a
 * header missing, a body too large — answered as the desk's own problems: RFC 9457, the desk's
 * type, the title and message in the language of {@code Accept-Language}, where it is wrong.
 */
class FrameworkProblemsTest extends DeskTestBase {

    private Desk.Reply send(String method, String path, Map<String, String> headers, String body) {
        return desk.exchange(method, path, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode assertProblem(Desk.Reply reply, int status, String type, String language) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.get("type").asString()).isEqualTo("/problems/" + type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        ProblemType expected = ProblemType.valueOf(type.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        assertThat(problem.get("title").asString()).isEqualTo(expected.title(java.util.Locale.forLanguageTag(language)));
        assertThat(problem.get("detail").asString()).isEqualTo(problem.get("violations").get(0).get("message").asString());
        assertThat(reply.body()).doesNotContain("Exception", "at org.", "at io.");
        return problem;
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void anUnknownAddressIsNoSuchRoute(String language) {
        JsonNode problem = assertProblem(send("GET", "/nowhere", Map.of("Accept-Language", language, "Accept", "application/json"), null),
                404, "no-such-route", language);
        assertThat(problem.get("detail").asString()).contains(language.equals("fr") ? "Le guichet n'a rien" : "The desk has nothing");
    }

    /** The container's error page, asked for directly with no error behind it: an address the desk does not serve. */
    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void theErrorPageIsAProblemToo(String language) {
        assertProblem(send("GET", "/error", Map.of("Accept-Language", language), null), 404, "no-such-route", language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void aMethodTheAddressDoesNotTakeIs405WithAllow(String language) {
        Desk.Reply reply = send("DELETE", "/initiatives", Map.of("Accept-Language", language), null);
        JsonNode problem = assertProblem(reply, 405, "method-not-allowed", language);
        assertThat(problem.get("detail").asString()).contains("DELETE", "GET", "POST");
        assertThat(desk.exchange("DELETE", "/initiatives", Map.of(), null).status()).isEqualTo(405);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void anAnswerFormatTheDeskCannotGiveIs406(String language) {
        String id = freshId("accept");
        create(renamed(EmileBaslyPlayground.draft(), id));
        JsonNode problem = assertProblem(send("GET", "/initiatives/" + id, Map.of("Accept-Language", language, "Accept", "text/csv"), null),
                406, "not-acceptable", language);
        assertThat(problem.get("violations").get(0).get("pointer").asString()).isEqualTo("Accept");
        assertThat(problem.get("detail").asString()).contains("application/json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void aBodyOfAnotherMediaTypeIs415(String language) {
        JsonNode problem = assertProblem(send("POST", "/initiatives", Map.of("Accept-Language", language, "Content-Type", "text/plain"),
                "hello"), 415, "unsupported-media-type", language);
        assertThat(problem.get("violations").get(0).get("pointer").asString()).isEqualTo("Content-Type");
        assertThat(problem.get("detail").asString()).contains("application/json", "text/plain");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void malformedJsonIsABadRequest(String language) {
        String id = freshId("malformed");
        create(renamed(EmileBaslyPlayground.draft(), id));
        JsonNode problem = assertProblem(send("POST", "/initiatives/" + id + "/readiness",
                Map.of("Accept-Language", language, "Content-Type", "application/json"), "{\"transition\": "), 400, "bad-request", language);
        assertThat(problem.get("detail").asString()).contains(language.equals("fr") ? "JSON mal formé" : "malformed JSON");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void aMissingParameterIsABadRequestNamingIt(String language) {
        JsonNode problem = assertProblem(send("POST", "/imports/scdl-subventions?territory=62528",
                Map.of("Accept-Language", language, "Content-Type", "text/csv"), "a,b\n"), 400, "bad-request", language);
        assertThat(problem.get("violations").get(0).get("pointer").asString()).isEqualTo("territoryName");
        assertThat(problem.get("detail").asString()).isEqualTo(language.equals("fr")
                ? "Le paramètre territoryName est obligatoire." : "The parameter territoryName is required.");
    }

    /** A query string that does not decode, which no well-behaved client sends: written on a socket by hand. */
    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void aQueryStringThatDoesNotDecodeIsABadRequest(String language) throws java.io.IOException {
        String answer;
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream().write(("GET /initiatives?status=% HTTP/1.1\r\nHost: localhost\r\nAccept-Language: " + language
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json")
                .contains("/problems/bad-request", language.equals("fr") ? "La chaîne de requête est illisible" : "The query string does not read")
                .doesNotContain("Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void aBodyTooLargeIs413(String language) {
        byte[] big = new byte[(int) BodyLimit.LIMIT + 1];
        java.util.Arrays.fill(big, (byte) 'x');
        Desk.Reply reply = desk.exchange("POST", "/initiatives", Map.of("Accept-Language", language, "Content-Type", "application/json"), big);
        JsonNode problem = assertProblem(reply, 413, "body-too-large", language);
        assertThat(problem.get("detail").asString()).contains(language.equals("fr") ? "octets" : "bytes");
    }
}
