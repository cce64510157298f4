package io.github.loosmethod.towndesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The README's curl walkthrough, with the same request files (examples/town-desk/requests): a
 * fifty-fifty from its draft to its signature, and the refusal a clerk sees on the way.
 */
class ReadmeWalkthroughTest extends DeskTestBase {

    private static String request(String name) throws IOException {
        return Files.readString(Path.of("requests", name), StandardCharsets.UTF_8);
    }

    private Desk.Reply post(String id, String operation, String file, String etag) throws IOException {
        return desk.post("/initiatives/" + id + "/" + operation, request(file), Optional.of(etag), "en");
    }

    private static void assertStatus(Desk.Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    }

    @Test
    void theFlowerBoxesFromDraftToSignature() throws IOException {
        String id = "loos-2023-ff-jardinieres";
        // The README's id: created once per database, so this test tolerates finding it from an earlier run of the class.
        jdbc.update("DELETE FROM lifecycle_event WHERE initiative_id = ?", id);
        jdbc.update("DELETE FROM initiative WHERE id = ?", id);

        Desk.Reply created = desk.post("/initiatives", request("draft.json"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("id").asString()).isEqualTo(id);

        assertStatus(post(id, "submit", "submit.json", "\"1\""), 200);
        assertStatus(post(id, "start-assessment", "start-assessment.json", "\"2\""), 200);
        assertStatus(post(id, "accept", "accept.json", "\"3\""), 200);

        Desk.Reply tooEarly = desk.post("/initiatives/" + id + "/start-work", request("start-work-too-early.json"),
                Optional.of("\"4\""), "fr");
        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(tooEarly.json().get("violations").get(0).get("ruleId").asString()).isEqualTo("L1");

        assertStatus(post(id, "draft-convention", "draft-convention.json", "\"4\""), 200);
        assertStatus(post(id, "sign", "sign-town.json", "\"5\""), 200);
        Desk.Reply stale = post(id, "sign", "sign-association.json", "\"5\"");
        assertStatus(stale, 412);
        assertThat(stale.etag()).contains("\"6\"");
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(6);
        Desk.Reply agreed = post(id, "sign", "sign-association.json", "\"6\"");
        assertThat(agreed.status()).as(agreed.body()).isEqualTo(200);
        assertThat(agreed.etagValue()).isEqualTo("\"7\"");

        JsonNode document = agreed.json();
        assertThat(document.get("status").asString()).isEqualTo("agreed");
        JsonNode sample = mapper.readTree(Files.readString(Path.of("../../docs/examples/flower-boxes-agreed.json")));
        // The desk's record names the rule catalogue it was made under; the sample, older, leaves it to the default.
        assertThat(document.get("rulesVersion").asInt()).isEqualTo(2);
        ((ObjectNode) document).remove("rulesVersion");
        assertThat(document).isEqualTo(sample);
    }
}
