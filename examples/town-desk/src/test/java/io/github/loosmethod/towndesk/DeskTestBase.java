package io.github.loosmethod.towndesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.jackson3.LoosJson;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The desk started on a random port over its embedded PostgreSQL, shared by every test class (one
 * Spring context, one database): each test keeps its initiatives under ids of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class DeskTestBase {

    private static final AtomicInteger IDS = new AtomicInteger();

    @Value("${local.server.port}")
    int port;

    @Autowired
    JsonMapper mapper;

    @Autowired
    JdbcTemplate jdbc;

    Desk desk;

    @BeforeEach
    void connect() {
        desk = new Desk(port, mapper);
    }

    /** A fresh id, so that tests sharing the database never meet. */
    static String freshId(String stem) {
        return stem + "-" + IDS.incrementAndGet() + "-" + System.nanoTime();
    }

    static Initiative renamed(Initiative initiative, String id) {
        return Initiative.builder().from(initiative).withId(id).build();
    }

    /** Keeps a draft through the API and returns its ETag. */
    String create(Initiative draft) {
        Desk.Reply reply = desk.post("/initiatives", LoosJson.strict().writeAsString(draft));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.etagValue();
    }

    static Map<String, Object> move(Actor by, Instant at, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("by", by);
        body.put("at", at.toString());
        body.put("reason", reason);
        return body;
    }

    long version(String id) {
        return jdbc.queryForObject("SELECT version FROM initiative WHERE id = ?", Long.class, id);
    }

    int events(String id) {
        return jdbc.queryForObject("SELECT count(*) FROM lifecycle_event WHERE initiative_id = ?", Integer.class, id);
    }

    String storedDocument(String id) {
        return jdbc.queryForObject("SELECT document::text FROM initiative WHERE id = ?", String.class, id);
    }
}
