package io.github.loosmethod.towndesk;

import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeKind;
import io.github.loosmethod.initiative.InitiativeStatus;
import io.github.loosmethod.initiative.LifecycleEvent;
import io.github.loosmethod.interchange.Interchange;
import io.github.loosmethod.interchange.PortfolioWriter;
import io.github.loosmethod.jackson3.LoosJson;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The desk's records of initiatives in PostgreSQL: each initiative as its canonical interchange
 * document (jsonb) with its id, kind, status, territory and version as columns, and its lifecycle
 * events as rows of the audit trail.
 *
 * <p>Every write is one transaction: the document, its columns and the new events are committed
 * together or not at all, so a crash between two writes loses nothing and a refused operation
 * writes nothing. A change locks the record's row, checks the version the client saw and applies
 * the library's operation to the current value; of two clients that saw the same version, the
 * second finds it stale.
 *
 * <p>This class is thread-safe.
 */
@Repository
public class InitiativeStore {

    /** The canonical form, and the reader of stored documents (which the rules never make unreadable). */
    private static final Interchange JSON = LoosJson.strict();

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transactions;

    /**
     * Creates the store.
     *
     * @param template the database, not null
     * @param transactions the transaction manager, not null
     */
    public InitiativeStore(JdbcTemplate template, PlatformTransactionManager transactions) {
        this.template = Objects.requireNonNull(template, "template");
        this.jdbc = JdbcClient.create(template);
        this.transactions = new TransactionTemplate(Objects.requireNonNull(transactions, "transactions"));
    }

    /**
     * Keeps a new initiative, at version 1, with the events its history already holds.
     *
     * @param initiative the initiative, not null
     * @return the stored initiative, never null
     * @throws DeskException ({@link ProblemType#ALREADY_EXISTS}) if an initiative has its id
     */
    public StoredInitiative create(Initiative initiative) {
        Objects.requireNonNull(initiative, "initiative");
        return transactions.execute(status -> {
            try {
                jdbc.sql("""
                        INSERT INTO initiative (id, kind, status, territory_code, version, document)
                        VALUES (:id, :kind, :status, :territory, 1, CAST(:document AS jsonb))""")
                        .param("id", initiative.id())
                        .param("kind", Codes.code(initiative.kind()))
                        .param("status", Codes.code(initiative.status()))
                        .param("territory", initiative.territory().code())
                        .param("document", JSON.writeAsString(initiative))
                        .update();
            } catch (DuplicateKeyException e) {
                throw DeskException.alreadyExists(initiative.id());
            }
            appendEvents(initiative, 0);
            return new StoredInitiative(initiative, 1);
        });
    }

    /**
     * Keeps new initiatives all together, in one transaction: if one of them cannot be kept (its id
     * taken, by a record already kept or by another of the list), none is.
     *
     * @param initiatives the initiatives, not null
     * @return the stored initiatives, each at version 1, in the same order; never null
     * @throws DeskException ({@link ProblemType#ALREADY_EXISTS}) naming the first id already taken
     */
    public List<StoredInitiative> createAll(List<Initiative> initiatives) {
        List<Initiative> all = List.copyOf(initiatives);
        // Each create joins this transaction (the template's propagation is REQUIRED): a failure rolls back them all.
        return transactions.execute(status -> all.stream().map(this::create).toList());
    }

    /**
     * Finds an initiative by id.
     *
     * @param id the id, not null
     * @return the stored initiative, empty if none has that id
     */
    public Optional<StoredInitiative> find(String id) {
        Objects.requireNonNull(id, "id");
        return jdbc.sql("SELECT document::text, version FROM initiative WHERE id = :id")
                .param("id", id)
                .query((row, n) -> stored(row))
                .optional();
    }

    /**
     * Applies an operation of the library to an initiative, in one transaction: the current record
     * is locked, its version compared with the one the client saw, the operation applied, and the
     * result written with the events it added. If the operation throws, nothing is written.
     *
     * @param id the initiative's id, not null
     * @param seenVersion the version the client made its change on
     * @param operation the operation, returning the changed initiative (with the same id), not null
     * @return the stored result, at the next version, never null
     * @throws DeskException ({@link ProblemType#NOT_FOUND}) if no initiative has that id,
     *         ({@link ProblemType#STALE_VERSION}) if the record is no longer at {@code seenVersion}
     * @throws RuntimeException whatever the operation throws, such as the library's refusal
     */
    public StoredInitiative change(String id, long seenVersion, UnaryOperator<Initiative> operation) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(operation, "operation");
        return transactions.execute(status -> {
            StoredInitiative current = jdbc.sql("SELECT document::text, version FROM initiative WHERE id = :id FOR UPDATE")
                    .param("id", id)
                    .query((row, n) -> stored(row))
                    .optional()
                    .orElseThrow(() -> DeskException.notFound(id));
            if (current.version() != seenVersion) {
                throw DeskException.stale(id, seenVersion, current.version());
            }
            Initiative changed = operation.apply(current.initiative());
            if (!changed.id().equals(id)) {
                throw new IllegalStateException("An operation changed the id of " + id + " to " + changed.id());
            }
            long next = current.version() + 1;
            int updated = jdbc.sql("""
                    UPDATE initiative SET status = :status, version = :next, document = CAST(:document AS jsonb),
                           updated_at = now()
                    WHERE id = :id AND version = :seen""")
                    .param("status", Codes.code(changed.status()))
                    .param("next", next)
                    .param("document", JSON.writeAsString(changed))
                    .param("id", id)
                    .param("seen", seenVersion)
                    .update();
            if (updated != 1) {
                // Unreachable while the row is locked above; kept so that the version check never rests on the lock alone.
                throw DeskException.stale(id, seenVersion, current.version());
            }
            appendEvents(changed, current.initiative().history().size());
            return new StoredInitiative(changed, next);
        });
    }

    /**
     * Lists the initiatives, filtered on their columns, by id.
     *
     * @param status only those in this status, or all
     * @param kind only those of this kind, or all
     * @param territory only those of this territory's code, or all
     * @return the summaries, never null
     */
    public List<InitiativeSummary> list(Optional<InitiativeStatus> status, Optional<InitiativeKind> kind,
            Optional<String> territory) {
        StringBuilder sql = new StringBuilder("""
                SELECT id, kind, status, territory_code, document->>'title' AS title, version FROM initiative WHERE TRUE""");
        List<Object> parameters = new ArrayList<>();
        status.ifPresent(s -> {
            sql.append(" AND status = ?");
            parameters.add(Codes.code(s));
        });
        kind.ifPresent(k -> {
            sql.append(" AND kind = ?");
            parameters.add(Codes.code(k));
        });
        territory.ifPresent(t -> {
            sql.append(" AND territory_code = ?");
            parameters.add(t);
        });
        sql.append(" ORDER BY id");
        return jdbc.sql(sql.toString()).params(parameters)
                .query((row, n) -> new InitiativeSummary(row.getString("id"), row.getString("kind"),
                        row.getString("status"), row.getString("territory_code"), row.getString("title"),
                        row.getLong("version")))
                .list();
    }

    /**
     * Returns the audit trail of an initiative, in order.
     *
     * @param id the initiative's id, not null
     * @return its events, empty for a draft or an unknown id
     */
    public List<AuditEntry> auditTrail(String id) {
        Objects.requireNonNull(id, "id");
        return jdbc.sql("""
                SELECT seq, transition, from_status, to_status, actor_id, actor_name, occurred_at, reason
                FROM lifecycle_event WHERE initiative_id = :id ORDER BY seq""")
                .param("id", id)
                .query((row, n) -> new AuditEntry(row.getInt("seq"), row.getString("transition"),
                        row.getString("from_status"), row.getString("to_status"), row.getString("actor_id"),
                        row.getString("actor_name"), row.getTimestamp("occurred_at").toInstant(),
                        row.getString("reason")))
                .list();
    }

    /**
     * Writes every initiative, by id, as a JSON Lines portfolio: one canonical document a line.
     * Rows are fetched a hundred at a time, so the portfolio's size does not weigh on memory.
     *
     * @param out where to write, not closed, not null
     */
    public void export(OutputStream out) {
        Objects.requireNonNull(out, "out");
        transactions.executeWithoutResult(status -> {
            PortfolioWriter writer = JSON.portfolioWriter(out);
            // PostgreSQL's driver streams a result only inside a transaction and with a fetch size.
            template.query(connection -> {
                var statement = connection.prepareStatement("SELECT document::text, version FROM initiative ORDER BY id");
                statement.setFetchSize(100);
                return statement;
            }, row -> {
                writer.write(stored(row).initiative());
            });
            writer.flush();
        });
    }

    private void appendEvents(Initiative initiative, int alreadyStored) {
        List<LifecycleEvent> history = initiative.history();
        for (int i = alreadyStored; i < history.size(); i++) {
            LifecycleEvent event = history.get(i);
            jdbc.sql("""
                    INSERT INTO lifecycle_event (initiative_id, seq, transition, from_status, to_status,
                                                 actor_id, actor_name, occurred_at, reason)
                    VALUES (:id, :seq, :transition, :from, :to, :actorId, :actorName, :at, :reason)""")
                    .param("id", initiative.id())
                    .param("seq", i + 1)
                    .param("transition", Codes.code(event.transition()))
                    .param("from", Codes.code(event.from()))
                    .param("to", Codes.code(event.to()))
                    .param("actorId", event.by().id())
                    .param("actorName", event.by().name())
                    .param("at", Timestamp.from(event.at()))
                    .param("reason", event.reason())
                    .update();
        }
    }

    /** Reads a stored document; lossless, so that a record the rules have since come to refuse still reads. */
    private static StoredInitiative stored(ResultSet row) throws SQLException {
        byte[] document = row.getString(1).getBytes(StandardCharsets.UTF_8);
        return new StoredInitiative(JSON.readChecked(document, Initiative.class).value(), row.getLong(2));
    }
}
