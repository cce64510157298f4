package io.github.loosmethod.initiative;

import io.github.loosmethod.InvalidValueException;
import org.immutables.value.Value;

/**
 * What an initiative is for (<em>objet</em>): how it improves the shared living environment
 * (<em>cadre de vie</em>) and why it serves the general interest (<em>intérêt général</em>).
 *
 * <p>Either text may be empty while a request is being written; a fifty-fifty needs both before
 * the validator accepts it (rule R2). Both must be well-formed Unicode, refused otherwise with
 * {@link InvalidValueException}. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Purpose {

    Purpose() {
        // Only the generated implementation extends this type.
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static ImmutablePurpose.Builder builder() {
        return ImmutablePurpose.builder();
    }

    /**
     * Creates a purpose.
     *
     * @param livingEnvironment how the initiative improves the living environment, not null (may be empty)
     * @param generalInterest why it serves the general interest, not null (may be empty)
     * @return the purpose, never null
     * @throws NullPointerException if an argument is null
     */
    public static Purpose of(String livingEnvironment, String generalInterest) {
        return ImmutablePurpose.builder().withLivingEnvironment(livingEnvironment)
                .withGeneralInterest(generalInterest).build();
    }

    /**
     * Returns how the initiative improves the living environment.
     *
     * @return the text, never null, possibly empty
     */
    public abstract String livingEnvironment();

    /**
     * Returns why the initiative serves the general interest.
     *
     * @return the text, never null, possibly empty
     */
    public abstract String generalInterest();

    @Value.Check
    final void checkInvariants() {
        InvalidValueException.requireWellFormed("livingEnvironment", livingEnvironment());
        InvalidValueException.requireWellFormed("generalInterest", generalInterest());
    }
}
