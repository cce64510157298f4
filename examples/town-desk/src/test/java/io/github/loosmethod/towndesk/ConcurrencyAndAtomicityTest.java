package io.github.loosmethod.towndesk;

import static io.github.loosmethod.testkit.cases.EmileBaslyPlayground.COUNCILLOR;
import static io.github.loosmethod.testkit.cases.EmileBaslyPlayground.SCHOOL;
import static io.github.loosmethod.testkit.cases.LoosEnGohelle.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.loosmethod.commitment.Side;
import io.github.loosmethod.commitment.Signature;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.jackson3.LoosJson;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Two clerks at once, and a failure in the middle of an operation, against the real PostgreSQL. */
class ConcurrencyAndAtomicityTest extends DeskTestBase {

    private static final LocalDate DAY = EmileBaslyPlayground.CONVENTION_START;

    /** A convention drafted, nobody signed yet, at version 2: made through the API. */
    private String conventionDrafted() {
        String id = freshId("concurrent");
        Initiative accepted = renamed(EmileBaslyPlayground.accepted(), id);
        create(Initiative.builder().from(accepted).withHistory(List.of()).withDecisions(List.of()).build());
        // Brought to "accepted" in the database, as an import would; the drafting is the API's.
        jdbc.update("UPDATE initiative SET document = CAST(? AS jsonb), status = 'accepted' WHERE id = ?",
                LoosJson.strict().writeAsString(accepted), id);
        Desk.Reply drafted = desk.post("/initiatives/" + id + "/draft-convention", EmileBaslyPlayground.convention(), "\"1\"");
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(200);
        return id;
    }

    /** Two signatures sent at the same moment on the same version: one is kept, the other gets 412. */
    @RepeatedTest(5)
    void ofTwoConcurrentSignaturesOneWinsAndTheOtherGets412() throws Exception {
        String id = conventionDrafted();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService clerks = Executors.newFixedThreadPool(2);
        try {
            Future<Desk.Reply> school = clerks.submit(() -> {
                start.await();
                return desk.post("/initiatives/" + id + "/sign", Map.of("signature", Signature.of(Side.APPLICANTS, SCHOOL, DAY),
                        "at", at(DAY, 10).toString(), "reason", "The head teacher signs"), "\"2\"");
            });
            Future<Desk.Reply> town = clerks.submit(() -> {
                start.await();
                return desk.post("/initiatives/" + id + "/sign", Map.of("signature", Signature.of(Side.TOWN, COUNCILLOR, DAY),
                        "at", at(DAY, 12).toString(), "reason", "The councillor signs"), "\"2\"");
            });
            start.countDown();
            List<Integer> statuses = List.of(school.get().status(), town.get().status());
            assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        } finally {
            clerks.shutdownNow();
        }
        assertThat(version(id)).isEqualTo(3);
        assertThat(events(id)).isEqualTo(1);
        Initiative stored = LoosJson.strict().readChecked(storedDocument(id).getBytes(StandardCharsets.UTF_8),
                Initiative.class).value();
        assertThat(stored.convention().orElseThrow().signatures()).hasSize(1);
    }

    /**
     * The document is written, then the event: when the second write fails (here a row already
     * in its place), the first is undone with it: one transaction per operation.
     */
    @Test
    void aFailureBetweenTheTwoWritesLeavesTheRecordAsItWas() {
        String id = freshId("atomic");
        create(renamed(EmileBaslyPlayground.draft(), id));
        String before = storedDocument(id);
        jdbc.update("""
                INSERT INTO lifecycle_event (initiative_id, seq, transition, from_status, to_status, actor_id,
                                             actor_name, occurred_at, reason)
                VALUES (?, 1, 'submit', 'draft', 'submitted', 'someone', 'Someone', now(), 'in the way')""", id);

        Desk.Reply failed = desk.post("/initiatives/" + id + "/submit",
                move(SCHOOL, at(LocalDate.of(2022, 2, 14), 10), "Voted by the class"), "\"1\"");

        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.body()).doesNotContain("Exception", "at org.");
        assertThat(version(id)).isEqualTo(1);
        assertThat(storedDocument(id)).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT status FROM initiative WHERE id = ?", String.class, id)).isEqualTo("draft");
    }
}
