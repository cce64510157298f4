package io.github.loosmethod.initiative;

import static io.github.loosmethod.InvalidValueException.requireThat;

import org.immutables.value.Value;

/**
 * The counts of a vote of elected officials, as a deliberation records them (<em>résultat du
 * vote</em>): for, against, abstentions.
 *
 * <p>Invariants, refused at construction with {@link io.github.loosmethod.InvalidValueException}:
 * no count is negative, and at least one vote was cast or abstained. Instances are immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class CouncilVote {

    CouncilVote() {
        // Only the generated implementation extends this type.
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableCouncilVote.Builder builder() {
        return ImmutableCouncilVote.builder();
    }

    /**
     * Creates the counts of a vote.
     *
     * @param inFavour votes for, not negative
     * @param against votes against, not negative
     * @param abstentions abstentions, not negative
     * @return the counts, never null
     * @throws io.github.loosmethod.InvalidValueException if a count is negative or all are zero
     */
    public static CouncilVote of(int inFavour, int against, int abstentions) {
        return builder().withInFavour(inFavour).withAgainst(against).withAbstentions(abstentions).build();
    }

    /**
     * Returns the votes for (<em>pour</em>).
     *
     * @return the count, not negative
     */
    public abstract int inFavour();

    /**
     * Returns the votes against (<em>contre</em>).
     *
     * @return the count, not negative
     */
    public abstract int against();

    /**
     * Returns the abstentions (<em>abstentions</em>).
     *
     * @return the count, not negative
     */
    public abstract int abstentions();

    /**
     * Tells whether more voted for than against: the motion carries.
     *
     * @return true if {@link #inFavour()} exceeds {@link #against()}
     */
    public final boolean carries() {
        return inFavour() > against();
    }

    @Value.Check
    final void checkInvariants() {
        requireThat(inFavour() >= 0, "inFavour", inFavour(), "invariant.negative");
        requireThat(against() >= 0, "against", against(), "invariant.negative");
        requireThat(abstentions() >= 0, "abstentions", abstentions(), "invariant.negative");
        requireThat((long) inFavour() + against() + abstentions() > 0, "inFavour", inFavour(), "invariant.oneVoter");
    }
}
