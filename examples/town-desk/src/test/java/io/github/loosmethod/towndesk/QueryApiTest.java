package io.github.loosmethod.towndesk;

import static io.github.loosmethod.testkit.cases.EmileBaslyPlayground.PARENTS;
import static io.github.loosmethod.testkit.cases.EmileBaslyPlayground.SCHOOL;
import static io.github.loosmethod.testkit.cases.LoosEnGohelle.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.loosmethod.actor.Territory;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.interchange.OnBadLine;
import io.github.loosmethod.interchange.PortfolioReader;
import io.github.loosmethod.jackson3.LoosJson;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import io.github.loosmethod.testkit.cases.LivingEnvironmentCharter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What a clerk reads without changing anything: the list and its filters, the reports, the export. */
class QueryApiTest extends DeskTestBase {

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(line -> ids.add(line.get("id").asString()));
        return ids;
    }

    @Test
    void theListFiltersByStatusKindAndTerritory() {
        String draft = freshId("list-draft");
        create(renamed(EmileBaslyPlayground.draft(), draft));
        String submitted = freshId("list-submitted");
        create(renamed(EmileBaslyPlayground.draft(), submitted));
        desk.post("/initiatives/" + submitted + "/submit", move(SCHOOL, at(LocalDate.of(2022, 2, 14), 10), "Voted"), "\"1\"");
        String policy = freshId("list-policy");
        create(renamed(LivingEnvironmentCharter.draft(), policy));
        String elsewhere = freshId("list-elsewhere");
        create(Initiative.builder().from(renamed(EmileBaslyPlayground.draft(), elsewhere))
                .withTerritory(Territory.of("59350", "Lille", "FR", ZoneId.of("Europe/Paris"))).build());

        assertThat(ids(desk.get("/initiatives?status=submitted").json())).contains(submitted).doesNotContain(draft, policy);
        assertThat(ids(desk.get("/initiatives?status=draft&kind=co_constructed_policy").json()))
                .contains(policy).doesNotContain(draft, submitted, elsewhere);
        assertThat(ids(desk.get("/initiatives?territory=59350").json())).containsExactly(elsewhere);
        List<String> all = ids(desk.get("/initiatives").json());
        assertThat(all).contains(draft, submitted, policy, elsewhere);
        assertThat(all).isSorted();

        JsonNode line = desk.get("/initiatives?territory=59350").json().get(0);
        assertThat(line.get("kind").asString()).isEqualTo("fifty_fifty");
        assertThat(line.get("status").asString()).isEqualTo("draft");
        assertThat(line.get("title").asString()).isEqualTo(EmileBaslyPlayground.draft().title());
        assertThat(line.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void theExportIsAJsonLinesPortfolioOfEveryStoredDocument() throws Exception {
        String id = freshId("export");
        create(renamed(EmileBaslyPlayground.draft(), id));

        Desk.Reply export = desk.get("/portfolio");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("application/jsonl");
        List<Initiative> read = new ArrayList<>();
        try (PortfolioReader reader = LoosJson.strict().portfolioReader(
                new ByteArrayInputStream(export.body().getBytes(StandardCharsets.UTF_8)), OnBadLine.stop())) {
            reader.forEach(read::add);
        }
        assertThat(read).hasSize(desk.get("/initiatives").json().size());
        assertThat(read).contains(renamed(EmileBaslyPlayground.draft(), id));
    }

    /** Readiness tells everything that stands in the way, in one round, and changes nothing. */
    @Test
    void readinessTellsWhatIsMissingWithoutChangingAnything() {
        String id = freshId("readiness");
        create(renamed(EmileBaslyPlayground.draft(), id));
        Map<String, Object> question = Map.of("transition", "start_work", "by", PARENTS,
                "at", at(LocalDate.of(2022, 4, 11), 8).toString());

        Desk.Reply reply = desk.post("/initiatives/" + id + "/readiness", question, java.util.Optional.empty(), "fr");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode report = reply.json();
        assertThat(report.get("valid").asBoolean()).isFalse();
        JsonNode first = report.get("violations").get(0);
        assertThat(first.get("ruleId").asString()).isEqualTo("L1");
        assertThat(first.get("rule").asString()).isNotBlank();
        assertThat(first.get("message").asString()).contains("convention");
        assertThat(version(id)).isEqualTo(1);

        Map<String, Object> submit = Map.of("transition", "submit", "by", SCHOOL, "at", at(LocalDate.of(2022, 2, 14), 10).toString());
        assertThat(desk.post("/initiatives/" + id + "/readiness", submit).json().get("valid").asBoolean()).isTrue();
    }

    @Test
    void validationReportsEveryRuleWithItsPointer() {
        String id = freshId("validation");
        create(renamed(EmileBaslyPlayground.draft(), id));
        JsonNode report = desk.get("/initiatives/" + id + "/validation", "fr").json();
        assertThat(report.get("valid").asBoolean()).isTrue();
        assertThat(report.get("catalogueVersion").asInt()).isEqualTo(io.github.loosmethod.validation.Rule.CATALOGUE_VERSION);
        report.get("violations").forEach(v -> assertThat(v.get("pointer").asString()).matches("(/[^/]+)*"));
    }

    @Test
    void aDraftHasAnEmptyAuditTrailAndAnUnknownIdNone() {
        String id = freshId("trail");
        create(renamed(EmileBaslyPlayground.draft(), id));
        assertThat(desk.get("/initiatives/" + id + "/events").json().size()).isZero();
        assertThat(desk.get("/initiatives/nobody/events").status()).isEqualTo(404);
    }
}
