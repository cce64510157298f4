package io.github.loosmethod.provenance;

import static io.github.loosmethod.InvalidValueException.requireThat;
import static io.github.loosmethod.InvalidValueException.requireNonBlank;

import io.github.loosmethod.InvalidValueException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a record, or what it was built from, comes from (<em>source</em>): the system, the id it
 * has there, its address, the file and line or JSON Pointer it was read at, and when it was
 * retrieved. An import names its source; a record exchanged many times keeps every source it
 * passed through.
 *
 * <p>Invariants, refused at construction with {@link InvalidValueException}: the system is not
 * blank; id and file are not blank when given; the URL is an absolute {@code http} or
 * {@code https} address; the line counts from 1; the pointer is a JSON Pointer into the document
 * (starting with {@code /}); the retrieval instant is within the years the format writes. Instances are
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class Source {

    Source() {
        // Only the generated implementation extends this type.
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableSource.Builder builder() {
        return ImmutableSource.builder();
    }

    /**
     * Creates the source of a record of another system, by its id there.
     *
     * @param system the system, such as {@code "decidim.loos-en-gohelle.fr"}, not null
     * @param id the record's id in that system, not null
     * @return the source, never null
     * @throws InvalidValueException if a text is blank
     * @throws NullPointerException if an argument is null
     */
    public static Source of(String system, String id) {
        return builder().withSystem(system).withId(id).build();
    }

    /**
     * Returns the system the record comes from: a platform's address, a register's name.
     *
     * @return the system, never blank
     */
    public abstract String system();

    /**
     * Returns the record's id in that system.
     *
     * @return the id, or empty
     */
    public abstract Optional<String> id();

    /**
     * Returns the record's address.
     *
     * @return an absolute http or https URL, or empty
     */
    public abstract Optional<String> url();

    /**
     * Returns the file it was read from.
     *
     * @return the file's name, or empty
     */
    public abstract Optional<String> file();

    /**
     * Returns the line of that file, counted from 1.
     *
     * @return the line, or empty
     */
    public abstract Optional<Integer> line();

    /**
     * Returns where in a JSON document it was read.
     *
     * @return a JSON Pointer starting with {@code /}, or empty
     */
    public abstract Optional<String> pointer();

    /**
     * Returns when it was retrieved.
     *
     * @return the instant, or empty
     */
    public abstract Optional<Instant> retrievedAt();

    @Value.Check
    final void checkInvariants() {
        requireNonBlank("system", system());
        id().ifPresent(id -> requireNonBlank("id", id));
        file().ifPresent(file -> requireNonBlank("file", file));
        url().ifPresent(Source::requireUrl);
        line().ifPresent(line -> requireThat(line >= 1, "line", line, "invariant.fromOne"));
        pointer().ifPresent(pointer -> requireThat(pointer.startsWith("/"), "pointer", pointer,
                "invariant.pointer"));
        retrievedAt().ifPresent(at -> InvalidValueException.requireInstant("retrievedAt", at));
    }

    private static void requireUrl(String url) {
        try {
            URI uri = new URI(url);
            requireThat(uri.isAbsolute() && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null,
                    "url", url, "invariant.httpUrl");
        } catch (URISyntaxException e) {
            throw InvalidValueException.of("url", url, "invariant.url", e.getReason());
        }
    }
}
