package io.github.loosmethod.provenance;

import static io.github.loosmethod.InvalidValueException.requireThat;
import static io.github.loosmethod.InvalidValueException.requireNonBlank;

import io.github.loosmethod.InvalidValueException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * An identifier of an actor or a territory in another register (<em>identifiant</em>): a scheme
 * and a value, such as {@code siret 21620528600015} or {@code decidim.loos:user 4212}. The schemes
 * of {@link IdentifierScheme} are checked (a SIRET's check digit, an RNA number's shape); any
 * other scheme is free and kept as it is.
 *
 * <p>Invariants, refused at construction with {@link InvalidValueException}: the scheme is lower
 * case letters, digits and {@code . _ : -}, starting with a letter; the value is not blank, has no
 * white space at either end, and is valid for a checked scheme. Instances are immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Identifier {

    Identifier() {
        // Only the generated implementation extends this type.
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableIdentifier.Builder builder() {
        return ImmutableIdentifier.builder();
    }

    /**
     * Creates an identifier.
     *
     * @param scheme the scheme's code, such as {@code "siret"} or a platform's own, not null
     * @param value the value, not null
     * @return the identifier, never null
     * @throws InvalidValueException if the scheme is malformed or the value not valid for it
     * @throws NullPointerException if an argument is null
     */
    public static Identifier of(String scheme, String value) {
        return builder().withScheme(scheme).withValue(value).build();
    }

    /**
     * Creates an identifier of a checked scheme.
     *
     * @param scheme the scheme, not null
     * @param value the value, not null
     * @return the identifier, never null
     * @throws InvalidValueException if the value is not valid for the scheme
     * @throws NullPointerException if an argument is null
     */
    public static Identifier of(IdentifierScheme scheme, String value) {
        return of(scheme.code(), value);
    }

    /**
     * Returns the scheme's code.
     *
     * @return the code, never blank
     */
    public abstract String scheme();

    /**
     * Returns the value in that scheme.
     *
     * @return the value, never blank
     */
    public abstract String value();

    /**
     * Returns the checked scheme this identifier belongs to.
     *
     * @return the scheme, or empty for a free scheme
     */
    public final Optional<IdentifierScheme> checkedScheme() {
        return IdentifierScheme.byCode(scheme());
    }

    // Compiled once: String.matches would compile it again for every identifier read or built.
    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9._:-]{0,63}");

    @Value.Check
    final void checkInvariants() {
        requireThat(SCHEME.matcher(scheme()).matches(), "scheme", scheme(),
                "invariant.scheme");
        requireNonBlank("value", value());
        requireThat(value().strip().equals(value()), "value", value(), "invariant.padded");
        Optional<io.github.loosmethod.LocalizedText> problem = checkedScheme().flatMap(s -> s.problem(value()));
        if (problem.isPresent()) {
            throw InvalidValueException.of("value", value(), "invariant.identifier", scheme(), problem.get());
        }
    }
}
