package io.github.loosmethod.initiative;

import static io.github.loosmethod.InvalidValueException.requireThat;
import static io.github.loosmethod.InvalidValueException.requireNonBlank;

import org.immutables.value.Value;

/**
 * The votes one option received in a residents' vote (<em>résultat d'une option</em>): "yes",
 * "no", or a project of a participatory budget.
 *
 * <p>Invariants, refused at construction with {@link io.github.loosmethod.InvalidValueException}:
 * the option is not blank; the count is not negative. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class VoteResult {

    VoteResult() {
        // Only the generated implementation extends this type.
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableVoteResult.Builder builder() {
        return ImmutableVoteResult.builder();
    }

    /**
     * Creates a result.
     *
     * @param option the option, not blank
     * @param votes the votes it received, not negative
     * @return the result, never null
     * @throws io.github.loosmethod.InvalidValueException if the option is blank or the count negative
     * @throws NullPointerException if {@code option} is null
     */
    public static VoteResult of(String option, long votes) {
        return builder().withOption(option).withVotes(votes).build();
    }

    /**
     * Returns the option voted on.
     *
     * @return the option, never blank
     */
    public abstract String option();

    /**
     * Returns how many votes it received.
     *
     * @return the count, not negative
     */
    public abstract long votes();

    @Value.Check
    final void checkInvariants() {
        requireNonBlank("option", option());
        requireThat(votes() >= 0, "votes", votes(), "invariant.negative");
    }
}
