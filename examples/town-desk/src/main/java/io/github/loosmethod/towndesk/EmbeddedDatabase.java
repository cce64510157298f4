package io.github.loosmethod.towndesk;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The desk's default database: a real PostgreSQL started in a temporary folder from binaries that
 * come from Maven Central, so that the desk starts on a fresh clone with nothing installed. It
 * stops, and its folder is deleted, when the desk stops. Used only when
 * {@code spring.datasource.url} is not set; a town in production points that property at its
 * server.
 *
 * <p>As root (CI, containers) PostgreSQL refuses to start; the embedded library then runs it in
 * a user namespace ({@code unshare -U}), where it is not root.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedDatabase {

    /**
     * Starts the server.
     *
     * @return the running server, closed with the application context
     * @throws UncheckedIOException if it cannot start
     */
    @Bean(destroyMethod = "close")
    public EmbeddedPostgres embeddedPostgres() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL could not start: " + e.getMessage(), e);
        }
    }

    /**
     * A pool of connections to the server's {@code postgres} database.
     *
     * @param postgres the running server, not null
     * @return the pool, closed with the application context
     */
    @Bean(destroyMethod = "close")
    public DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        pool.setUsername("postgres");
        pool.setPoolName("town-desk");
        return pool;
    }
}
