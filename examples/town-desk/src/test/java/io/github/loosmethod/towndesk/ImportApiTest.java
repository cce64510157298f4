package io.github.loosmethod.towndesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.actor.Territory;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.interop.ImportContext;
import io.github.loosmethod.interop.ImportedRecord;
import io.github.loosmethod.interop.scdl.ScdlImport;
import io.github.loosmethod.jackson3.LoosJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * POST /imports/{source} against the real PostgreSQL, on the interop module's own fixtures: what
 * the library's adapter builds is kept, all of it or nothing, and answered with the loss report.
 */
class ImportApiTest extends DeskTestBase {

    /** The interop module's fixture of a Loos-en-Gohelle SCDL subventions table (from the module's folder, as Maven runs tests). */
    private static final Path SUBVENTIONS = Path.of("../../interop/src/test/resources/io/github/loosmethod/interop/scdl/subventions-loos.csv");
    private static final Path CASES = Path.of(
            "../../interop/src/test/resources/io/github/loosmethod/interop/participedia/ParticipediaImportFuzzTestInputs/cases/seed-loos");
    private static final String AT = "2024-01-15T09:00:00Z";
    private static final String TOWN = "?territory=62528&territoryName=Loos-en-Gohelle&importedAt=" + AT
            + "&standIn=Les%20habitants&decidingBody=Conseil%20municipal&file=subventions-loos.csv";

    /** The imported ids are the source's (deterministic): each test starts without them. */
    @BeforeEach
    void forgetImports() {
        jdbc.update("DELETE FROM lifecycle_event WHERE initiative_id LIKE 'scdl-subventions:%'");
        jdbc.update("DELETE FROM initiative WHERE id LIKE 'scdl-subventions:%'");
    }

    private Desk.Reply post(String path, String contentType, byte[] body, String language) {
        return desk.exchange("POST", path, Map.of("Content-Type", contentType, "Accept-Language", language), body);
    }

    private int imported() {
        return jdbc.queryForObject("SELECT count(*) FROM initiative WHERE id LIKE 'scdl-subventions:%'", Integer.class);
    }

    /** What the library's adapter builds from the fixture, with the context the query parameters give. */
    private static List<Initiative> built() {
        Territory territory = Territory.of("62528", "Loos-en-Gohelle", "FR", ZoneId.of("Europe/Paris"));
        ImportContext context = ImportContext.of(territory, Actor.of("town-62528", "Loos-en-Gohelle", ActorKind.MUNICIPALITY),
                Instant.parse(AT))
                .withDecidingBody(Actor.of("council-62528", "Conseil municipal", ActorKind.ELECTED_BODY))
                .withStandInApplicant(Actor.of("residents-62528", "Les habitants", ActorKind.RESIDENT_GROUP));
        List<Initiative> built = new ArrayList<>();
        ScdlImport.subventions(context).read(SUBVENTIONS, StandardCharsets.UTF_8, ',',
                (ImportedRecord record) -> record.initiative().ifPresent(built::add));
        return built;
    }

    @Test
    void aTableIsKeptAsTheAdapterBuildsItWithTheLossReport() throws IOException {
        Desk.Reply reply = post("/imports/scdl-subventions" + TOWN, "text/csv; charset=UTF-8", Files.readAllBytes(SUBVENTIONS), "en");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode answer = reply.json();
        List<Initiative> expected = built();
        assertThat(expected).isNotEmpty();
        assertThat(answer.get("summary").get("built").asLong()).isEqualTo(expected.size());
        assertThat(answer.get("summary").get("refused").asLong()).isPositive();
        assertThat(answer.get("initiatives")).hasSize(expected.size());
        for (Initiative initiative : expected) {
            Initiative stored = LoosJson.strict().readChecked(storedDocument(initiative.id()).getBytes(StandardCharsets.UTF_8),
                    Initiative.class).value();
            assertThat(stored).isEqualTo(initiative);
            assertThat(version(initiative.id())).isEqualTo(1);
            assertThat(events(initiative.id())).isEqualTo(initiative.history().size());
        }
        // The refused record is in the loss report, where it was read and why, in both languages.
        JsonNode refused = null;
        for (JsonNode loss : answer.get("losses")) {
            if ("refused_record".equals(loss.get("category").asString())) {
                refused = loss;
            }
        }
        assertThat(refused).isNotNull();
        assertThat(refused.get("source").get("file").asString()).isEqualTo("subventions-loos.csv");
        assertThat(refused.get("source").get("line").asInt()).isPositive();
        assertThat(refused.get("message").get("fr").asString()).isNotBlank();
    }

    /** An id already kept: the import is refused whole, and the records before it in the file are not kept either. */
    @Test
    void anIdTakenKeepsNothingOfTheImport() throws IOException {
        List<Initiative> expected = built();
        assertThat(expected.size()).isGreaterThan(1);
        Initiative last = expected.get(expected.size() - 1);
        jdbc.update("INSERT INTO initiative (id, kind, status, territory_code, version, document) VALUES (?, ?, ?, '62528', 1, CAST(? AS jsonb))",
                last.id(), Codes.code(last.kind()), Codes.code(last.status()), LoosJson.strict().writeAsString(last));

        Desk.Reply reply = post("/imports/scdl-subventions" + TOWN, "text/csv", Files.readAllBytes(SUBVENTIONS), "fr");

        assertThat(reply.status()).as(reply.body()).isEqualTo(409);
        assertThat(reply.json().get("type").asString()).isEqualTo("/problems/already-exists");
        assertThat(reply.json().get("detail").asString()).contains(last.id());
        assertThat(imported()).isEqualTo(1);
        assertThat(events(expected.get(0).id())).isZero();
    }

    @Test
    void aFileThatGivesNothingIsAProblemCarryingItsLossReportAndKeepsNothing() {
        Desk.Reply wrong = post("/imports/scdl-subventions" + TOWN, "text/csv", "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8), "fr");
        assertThat(wrong.status()).as(wrong.body()).isEqualTo(422);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(wrong.json().get("type").asString()).isEqualTo("/problems/import-refused");
        assertThat(wrong.json().get("title").asString()).isEqualTo("Rien du fichier n'a pu être importé");
        assertThat(wrong.json().get("violations").get(0).get("message").asString()).isNotBlank();
        assertThat(wrong.json().get("losses")).isNotEmpty();

        byte[] latin1 = "nomAttribuant\nMairie de Lo\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        Desk.Reply unreadable = post("/imports/scdl-subventions" + TOWN, "text/csv; charset=UTF-8", latin1, "en");
        assertThat(unreadable.status()).as(unreadable.body()).isEqualTo(422);
        assertThat(unreadable.json().get("violations").get(0).get("message").asString()).containsIgnoringCase("UTF-8");
        assertThat(imported()).isZero();
    }

    /** Participedia cases are not initiatives: the loss report says what each held, and nothing is kept. */
    @Test
    void aSourceWithoutInitiativesAnswersItsLossReport() throws IOException {
        long before = jdbc.queryForObject("SELECT count(*) FROM initiative", Long.class);
        Desk.Reply reply = post("/imports/participedia-cases?territory=62528&territoryName=Loos-en-Gohelle", "application/json",
                Files.readAllBytes(CASES), "en");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("initiatives")).isEmpty();
        assertThat(reply.json().get("summary").get("records").asLong()).isEqualTo(2);
        assertThat(reply.json().get("losses")).isNotEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM initiative", Long.class)).isEqualTo(before);
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() throws IOException {
        byte[] table = Files.readAllBytes(SUBVENTIONS);
        assertRefused(post("/imports/excel" + TOWN, "text/csv", table, "en"), 400, "source");
        assertRefused(post("/imports/scdl-subventions?territory=6252&territoryName=Loos", "text/csv", table, "fr"), 400, "territory");
        assertRefused(post("/imports/scdl-subventions?territory=62528", "text/csv", table, "fr"), 400, "territoryName");
        assertRefused(post("/imports/scdl-subventions" + TOWN + "&kind=municipal_project", "text/csv", table, "en"), 400, "kind");
        assertRefused(post("/imports/scdl-subventions" + TOWN + "&separator=ab", "text/csv", table, "en"), 400, "separator");
        assertRefused(post("/imports/scdl-subventions" + TOWN + "&importedAt=yesterday", "text/csv", table, "en"), 400, "importedAt");
        assertRefused(post("/imports/scdl-subventions" + TOWN + "&locales=fr,%20", "text/csv", table, "en"), 400, "locales");
        assertRefused(post("/imports/scdl-subventions" + TOWN.replace("subventions-loos.csv", "..%2Fx.csv"), "text/csv", table, "en"), 400, "file");
        assertRefused(post("/imports/decidim-proposals" + TOWN.replace(".csv", ".json") + "&separator=;", "application/json",
                "[]".getBytes(StandardCharsets.UTF_8), "en"), 400, "separator");
        // A table sent as JSON: the source says what it reads.
        Desk.Reply media = post("/imports/scdl-subventions" + TOWN, "application/json", table, "fr");
        assertRefused(media, 415, "Content-Type");
        assertThat(media.json().get("detail").asString()).contains("text/csv");
        assertThat(imported()).isZero();
    }

    private static void assertRefused(Desk.Reply reply, int status, String where) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("violations").get(0).get("pointer").asString()).as(reply.body()).isEqualTo(where);
        assertThat(reply.body()).doesNotContain("Exception", "at org.");
    }
}
