package io.github.loosmethod.towndesk;

import static io.github.loosmethod.testkit.cases.EmileBaslyPlayground.COUNCILLOR;
import static io.github.loosmethod.testkit.cases.EmileBaslyPlayground.SCHOOL;
import static io.github.loosmethod.testkit.cases.LoosEnGohelle.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.loosmethod.jackson3.LoosJson;
import io.github.loosmethod.jackson3.LoosMethodModule;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.json.JsonMapper;

/**
 * A crash between two writes loses nothing: the desk runs as a process of its own on a
 * PostgreSQL started here, clients stream operations at it (drafts, submissions, assessments:
 * each a write of the document and, but the first, of its event), the process is killed
 * ({@code SIGKILL}) in the middle of the stream, and started again on the same database. Every
 * operation acknowledged is there, at most the one in flight besides, and every record is whole:
 * its version is one more than its event rows, its document's history has those events, its
 * status column is its document's.
 */
class CrashTest {

    private static final int CLIENTS = 4;
    private static final Duration START = Duration.ofSeconds(120);
    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new LoosMethodModule()).build();

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aKilledDeskLosesNoAcknowledgedOperationAndLeavesNoHalfAppliedOne() throws Exception {
        Path logs = Files.createDirectories(Path.of("target", "crash-test"));
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            int port = freePort();
            Process first = start(url, port, logs.resolve("desk-before-the-crash.log"));
            Map<String, Long> acknowledged = new ConcurrentHashMap<>();
            try {
                Desk desk = new Desk(port, MAPPER);
                awaitReady(desk, first);
                AtomicInteger operations = new AtomicInteger();
                AtomicReference<Throwable> failure = new AtomicReference<>();
                List<Thread> clients = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    int client = c;
                    Thread thread = new Thread(() -> stream(desk, client, acknowledged, operations, failure), "client-" + c);
                    thread.start();
                    clients.add(thread);
                }
                // Killed once the stream runs in earnest, in the middle of it: the clients are still sending.
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (operations.get() < 60 && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertThat(operations.get()).as("operations acknowledged before the crash").isGreaterThanOrEqualTo(60);
                first.destroyForcibly();
                assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
                for (Thread client : clients) {
                    client.join(TimeUnit.SECONDS.toMillis(30));
                }
                assertThat(failure.get()).as("a client's failure other than the crash").isNull();
            } finally {
                first.destroyForcibly();
            }

            Process second = start(url, port, logs.resolve("desk-after-the-crash.log"));
            try {
                Desk desk = new Desk(port, MAPPER);
                awaitReady(desk, second);
                for (Map.Entry<String, Long> ack : acknowledged.entrySet()) {
                    Desk.Reply stored = desk.get("/initiatives/" + ack.getKey());
                    assertThat(stored.status()).as(ack.getKey()).isEqualTo(200);
                    long version = Long.parseLong(stored.etagValue().replace("\"", ""));
                    // What was acknowledged is there; at most the operation in flight when the desk died, committed
                    // before its answer could be sent, besides.
                    assertThat(version).as(ack.getKey()).isBetween(ack.getValue(), ack.getValue() + 1);
                }
            } finally {
                second.destroyForcibly();
                second.waitFor(30, TimeUnit.SECONDS);
            }
            try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement sql = connection.createStatement()) {
                ResultSet broken = sql.executeQuery("""
                        SELECT i.id FROM initiative i
                        LEFT JOIN (SELECT initiative_id, count(*) AS n, max(seq) AS last FROM lifecycle_event GROUP BY initiative_id) e
                               ON e.initiative_id = i.id
                        WHERE i.version <> 1 + coalesce(e.n, 0)
                           OR coalesce(e.last, 0) <> coalesce(e.n, 0)
                           OR jsonb_array_length(coalesce(i.document->'history', '[]'::jsonb)) <> coalesce(e.n, 0)
                           OR i.status <> i.document->>'status'
                           OR i.status <> coalesce((SELECT to_status FROM lifecycle_event l
                                                    WHERE l.initiative_id = i.id ORDER BY seq DESC LIMIT 1), 'draft')""");
                List<String> ids = new ArrayList<>();
                while (broken.next()) {
                    ids.add(broken.getString(1));
                }
                assertThat(ids).as("records half-applied").isEmpty();
                ResultSet count = sql.executeQuery("SELECT count(*) FROM initiative");
                count.next();
                assertThat(count.getLong(1)).isGreaterThanOrEqualTo(acknowledged.size());
            }
        }
    }

    /**
     * One client's stream: a draft, its submission, its assessment started, then the next draft;
     * each acknowledged version noted, until the desk stops answering.
     */
    private static void stream(Desk desk, int client, Map<String, Long> acknowledged, AtomicInteger operations,
            AtomicReference<Throwable> failure) {
        try {
            for (int n = 0; ; n++) {
                String id = "crash-" + client + "-" + n;
                String draft = LoosJson.strict().writeAsString(DeskTestBase.renamed(EmileBaslyPlayground.draft(), id));
                if (!acknowledge(desk.post("/initiatives", draft), id, 1, acknowledged, operations)) {
                    return;
                }
                if (!acknowledge(desk.post("/initiatives/" + id + "/submit",
                        DeskTestBase.move(SCHOOL, at(LocalDate.of(2022, 2, 14), 10), "Voted by the class"), "\"1\""),
                        id, 2, acknowledged, operations)) {
                    return;
                }
                if (!acknowledge(desk.post("/initiatives/" + id + "/start-assessment",
                        DeskTestBase.move(COUNCILLOR, at(LocalDate.of(2022, 2, 16), 9), "Received at the town hall"), "\"2\""),
                        id, 3, acknowledged, operations)) {
                    return;
                }
            }
        } catch (java.io.UncheckedIOException e) {
            // The desk was killed under this client: the operation in flight got no answer, so it is not acknowledged.
        } catch (RuntimeException | AssertionError e) {
            failure.compareAndSet(null, e);
        }
    }

    private static boolean acknowledge(Desk.Reply reply, String id, long version, Map<String, Long> acknowledged,
            AtomicInteger operations) {
        if (reply.status() / 100 != 2) {
            throw new IllegalStateException("The desk refused a step of the stream: " + reply.status() + " " + reply.body());
        }
        assertThat(reply.etag()).isEqualTo(Optional.of("\"" + version + "\""));
        acknowledged.put(id, version);
        operations.incrementAndGet();
        return true;
    }

    /** The desk in a JVM of its own, on the test's classpath, pointed at the test's database. */
    private static Process start(String url, int port, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                TownDeskApplication.class.getName(), "--server.port=" + port, "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private static void awaitReady(Desk desk, Process process) throws InterruptedException {
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the desk is running (see target/crash-test)").isTrue();
            try {
                if (desk.get("/initiatives?territory=none").status() == 200) {
                    return;
                }
            } catch (RuntimeException e) {
                // Not listening yet.
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The desk did not start within " + START);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
