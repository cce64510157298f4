package io.github.loosmethod.towndesk;

import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.jackson3.LoosJson;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bounded load run on loopback, reported in BENCHMARKS.md: the desk on its embedded PostgreSQL,
 * and 16 clients taking a step of the Émile-Basly lifecycle on an initiative drawn at random,
 * each reading the record's ETag and then posting the step with If-Match — so that clients meet
 * on the same records and some changes are stale. Every initiative is driven to its closing.
 *
 * <p>Then it checks that no update was lost (every record is exactly the closed case, at the
 * version its accepted changes give, with every event), that no answer was a 5xx, and prints the
 * latencies. Exits with 1 when a check fails.
 *
 * <pre>mvn -q -pl examples/town-desk -am test-compile exec:java@load [-Dexec.args="INITIATIVES CLIENTS"]</pre>
 */
public final class DeskLoad {

    private DeskLoad() {
    }

    /**
     * Runs the load.
     *
     * @param arguments the number of initiatives (385 by default: 10,010 operations with their
     *        creation) and of clients (16)
     * @throws Exception if the run cannot be made
     */
    public static void main(String[] arguments) throws Exception {
        int initiatives = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 385;
        int clients = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 16;
        ConfigurableApplicationContext context = SpringApplication.run(TownDeskApplication.class, "--server.port=0");
        int status;
        try {
            status = run(context, initiatives, clients);
        } finally {
            context.close();
        }
        System.exit(status);
    }

    private static int run(ConfigurableApplicationContext context, int initiatives, int clients) throws Exception {
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        Desk desk = new Desk(port, context.getBean(JsonMapper.class));
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        String run = "load-" + System.currentTimeMillis();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < initiatives; i++) {
            ids.add(run + "-" + i);
        }
        int steps = EmileBaslyScript.STEPS.size();
        AtomicIntegerArray done = new AtomicIntegerArray(initiatives);
        AtomicInteger finished = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger stale = new AtomicInteger();
        AtomicInteger serverErrors = new AtomicInteger();
        AtomicInteger otherRefusals = new AtomicInteger();
        AtomicLong operations = new AtomicLong();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        AtomicInteger nextToCreate = new AtomicInteger();

        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            work.add(pool.submit(() -> {
                // First the drafts, shared out among the clients; then the steps.
                for (int i = nextToCreate.getAndIncrement(); i < initiatives; i = nextToCreate.getAndIncrement()) {
                    String json = LoosJson.strict().writeAsString(DeskTestBase.renamed(EmileBaslyPlayground.draft(), ids.get(i)));
                    long t = System.nanoTime();
                    Desk.Reply created = desk.post("/initiatives", json);
                    latencies.add(System.nanoTime() - t);
                    operations.incrementAndGet();
                    if (created.status() != 201) {
                        unexpected.add("create " + created.status() + " " + created.body());
                    }
                }
                while (finished.get() < initiatives) {
                    int i = ThreadLocalRandom.current().nextInt(initiatives);
                    if (done.get(i) == steps || nextToCreate.get() < initiatives) {
                        continue;
                    }
                    String id = ids.get(i);
                    Desk.Reply read = desk.get("/initiatives/" + id);
                    if (read.status() != 200) {
                        // Its draft is still on its way from another client.
                        continue;
                    }
                    String etag = read.etagValue();
                    int step = Integer.parseInt(etag.replace("\"", "")) - 1;
                    if (step >= steps) {
                        continue;
                    }
                    EmileBaslyScript.Step next = EmileBaslyScript.STEPS.get(step);
                    long t = System.nanoTime();
                    Desk.Reply reply = desk.post("/initiatives/" + id + "/" + next.operation(), next.body(), Optional.of(etag), "en");
                    latencies.add(System.nanoTime() - t);
                    operations.incrementAndGet();
                    if (reply.status() == 200) {
                        accepted.incrementAndGet();
                        if (done.incrementAndGet(i) == steps) {
                            finished.incrementAndGet();
                        }
                    } else if (reply.status() == 412) {
                        stale.incrementAndGet();
                    } else if (reply.status() >= 500) {
                        serverErrors.incrementAndGet();
                        unexpected.add(next.operation() + " " + reply.status() + " " + reply.body());
                    } else {
                        otherRefusals.incrementAndGet();
                        unexpected.add(next.operation() + " " + reply.status() + " " + reply.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : work) {
            future.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;

        // No lost update: every record is the closed case, at the version its accepted changes give, with every event.
        Initiative closed = EmileBaslyPlayground.closed();
        int wrong = 0;
        for (String id : ids) {
            String document = jdbc.queryForObject("SELECT document::text FROM initiative WHERE id = ?", String.class, id);
            long version = jdbc.queryForObject("SELECT version FROM initiative WHERE id = ?", Long.class, id);
            int events = jdbc.queryForObject("SELECT count(*) FROM lifecycle_event WHERE initiative_id = ?", Integer.class, id);
            Initiative stored = LoosJson.strict().readChecked(document.getBytes(StandardCharsets.UTF_8), Initiative.class).value();
            if (!stored.equals(DeskTestBase.renamed(closed, id)) || version != steps + 1 || events != closed.history().size()) {
                wrong++;
            }
        }

        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("operations %d (creations %d, changes accepted %d, stale 412 %d, other refusals %d, 5xx %d) "
                + "by %d clients in %.1f s: %.0f operations/s%n", operations.get(), initiatives, accepted.get(), stale.get(),
                otherRefusals.get(), serverErrors.get(), clients, seconds, operations.get() / seconds);
        System.out.printf("latency ms: p50 %.1f, p90 %.1f, p99 %.1f, max %.1f%n", percentile(sorted, 50),
                percentile(sorted, 90), percentile(sorted, 99), sorted[sorted.length - 1] / 1e6);
        System.out.printf("records checked %d, lost or wrong %d; changes accepted %d = %d records x %d steps: %s%n",
                ids.size(), wrong, accepted.get(), initiatives, steps, accepted.get() == initiatives * steps);
        unexpected.stream().limit(5).forEach(line -> System.out.println("unexpected: " + line));
        boolean ok = wrong == 0 && serverErrors.get() == 0 && otherRefusals.get() == 0 && unexpected.isEmpty()
                && accepted.get() == initiatives * steps;
        System.out.println(ok ? "OK" : "FAILED");
        return ok ? 0 : 1;
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
