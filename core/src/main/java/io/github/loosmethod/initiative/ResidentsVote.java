package io.github.loosmethod.initiative;

import static io.github.loosmethod.InvalidValueException.requireThat;
import static io.github.loosmethod.InvalidValueException.requireDistinct;
import static io.github.loosmethod.InvalidValueException.requireNonBlank;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A vote of residents (<em>vote des habitants</em>): the general assembly of a citizen-led
 * association or company, or the selection of a participatory budget. Who could vote, how many
 * did, and what each option received.
 *
 * <p>An option's votes never exceed the voters; their sum may, since a participatory budget lets
 * each voter choose several projects.
 *
 * <p>Invariants, refused at construction with {@link io.github.loosmethod.InvalidValueException}:
 * the electorate is not blank; voters are not negative and not more than the eligible, when
 * known; at least one result, options distinct, none with more votes than voters. Instances are
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class ResidentsVote {

    ResidentsVote() {
        // Only the generated implementation extends this type.
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableResidentsVote.Builder builder() {
        return ImmutableResidentsVote.builder();
    }

    /**
     * Returns who could vote, in the words of the record ("members of the cooperative",
     * "residents aged 11 and over").
     *
     * @return the electorate, never blank
     */
    public abstract String electorate();

    /**
     * Returns how many could vote, when known.
     *
     * @return the count, or empty
     */
    public abstract Optional<Long> eligible();

    /**
     * Returns how many voted.
     *
     * @return the count, not negative
     */
    public abstract long voters();

    /**
     * Returns the votes of each option, in the order of the ballot.
     *
     * @return the results, unmodifiable, never empty
     */
    public abstract List<VoteResult> results();

    @Value.Check
    final void checkInvariants() {
        requireNonBlank("electorate", electorate());
        requireThat(voters() >= 0, "voters", voters(), "invariant.negative");
        if (eligible().isPresent()) {
            requireThat(eligible().get() >= voters(), "eligible", eligible().get(),
                    "invariant.eligibleVoters", voters());
        }
        requireThat(!results().isEmpty(), "results", List.of(), "invariant.oneResult");
        requireDistinct("results", results(), VoteResult::option);
        for (int i = 0; i < results().size(); i++) {
            requireThat(results().get(i).votes() <= voters(), "results[" + i + "].votes", results().get(i).votes(),
                    "invariant.resultVotes", voters());
        }
    }
}
