package io.github.loosmethod.commitment;

import io.github.loosmethod.actor.Actor;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One signature on a convention (<em>signature</em>): which side signs, who signs, on which day.
 *
 * <p>Whether the signer may sign for that side (an elected official for the town, an applicant
 * for the applicants, a minor only with a co-signing adult) is a rule of the method, checked by
 * the validator (R4, R14). Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Signature {

    Signature() {
        // Only the generated implementation extends this type.
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableSignature.Builder builder() {
        return ImmutableSignature.builder();
    }

    /**
     * Creates a signature.
     *
     * @param side the side the signer signs for, not null
     * @param signer the person or organisation who signs, not null
     * @param date the day of signing, not null
     * @return the signature, never null
     * @throws NullPointerException if an argument is null
     */
    public static Signature of(Side side, Actor signer, LocalDate date) {
        return ImmutableSignature.builder().withSide(side).withSigner(signer).withDate(date).build();
    }

    /**
     * Returns the side the signer signs for.
     *
     * @return the side, never null
     */
    public abstract Side side();

    /**
     * Returns who signs.
     *
     * @return the signer, never null
     */
    public abstract Actor signer();

    /**
     * Returns the day of signing.
     *
     * @return the date, never null
     */
    public abstract LocalDate date();

    @Value.Check
    final void checkInvariants() {
        io.github.loosmethod.InvalidValueException.requireDate("date", date());
    }
}
