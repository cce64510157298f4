package io.github.loosmethod.commitment;

import static io.github.loosmethod.InvalidValueException.requireThat;
import static io.github.loosmethod.InvalidValueException.requireDistinct;
import static io.github.loosmethod.InvalidValueException.requireNonBlank;

import io.github.loosmethod.InvalidValueException;
import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ActorKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The agreement signed by the town and the applicants (<em>convention</em>): its period, the
 * commitments of each side and the signatures.
 *
 * <p>The town is a party in its own right ({@link #town()}, the municipality); the applicant
 * parties are the applicants of the initiative that holds the convention. A convention is agreed
 * once both sides have signed (rule R4); the lifecycle of the initiative records that moment.
 *
 * <p>Invariants, refused at construction with {@link io.github.loosmethod.InvalidValueException}:
 * the reference is not blank; the town is an actor of kind {@link ActorKind#MUNICIPALITY}; the
 * period does not end before it starts; no signature is dated after the end; nobody signs twice
 * for the same side; commitment ids are distinct. Instances are immutable and thread-safe; no
 * accessor returns null.
 *
 * <p>Built through {@link ImmutableConvention.Builder}, each commitment through {@link ImmutableCommitment.Builder}:
 * <pre>{@code
 * Convention convention = Convention.builder()
 *         .withReference("FF-2023-07")
 *         .withTown(town)
 *         .withStartDate(LocalDate.of(2023, 4, 3))
 *         .withEndDate(LocalDate.of(2024, 3, 31))
 *         .addCommitment(Commitment.builder().withId("planters").withSide(Side.TOWN)
 *                 .withResponsible(town).withKind(CommitmentKind.SUPPLIES)
 *                 .withDescription("Supply 12 planters and their flowers")
 *                 .withQuantity(Quantity.of(12, QuantityUnit.ITEMS)).build())
 *         .addCommitment(Commitment.builder().withId("planting").withSide(Side.APPLICANTS)
 *                 .withResponsible(association).withKind(CommitmentKind.REALISATION)
 *                 .withDescription("Install the planters and plant the flowers").build())
 *         .addCommitment(Commitment.builder().withId("watering").withSide(Side.APPLICANTS)
 *                 .withResponsible(association).withKind(CommitmentKind.STEWARDSHIP)
 *                 .withDescription("Water and maintain the flower boxes").build())
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Convention {

    Convention() {
        // Only the generated implementation extends this type.
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableConvention.Builder builder() {
        return ImmutableConvention.builder();
    }

    /**
     * Returns the town's reference for this convention, such as {@code "FF-2022-03"}.
     *
     * @return the reference, never blank
     */
    public abstract String reference();

    /**
     * Returns the town as a party: the municipality.
     *
     * @return the municipality, never null
     */
    public abstract Actor town();

    /**
     * Returns the first day the convention is in force.
     *
     * @return the start date, never null
     */
    public abstract LocalDate startDate();

    /**
     * Returns the last day the convention is in force; stewardship commitments run until then
     * (R12).
     *
     * @return the end date, never before the start date
     */
    public abstract LocalDate endDate();

    /**
     * Returns the commitments of both sides, in the order of the convention's text.
     *
     * @return the commitments, unmodifiable, never null
     */
    public abstract List<Commitment> commitments();

    /**
     * Returns the signatures, in the order they were given.
     *
     * @return the signatures, unmodifiable, never null
     */
    public abstract List<Signature> signatures();

    /**
     * Returns the commitments of one side, in order.
     *
     * @param side the side, not null
     * @return the commitments, unmodifiable, never null
     * @throws NullPointerException if {@code side} is null
     */
    public List<Commitment> commitmentsOf(Side side) {
        Objects.requireNonNull(side, "side");
        List<Commitment> of = new ArrayList<>(commitments().size());
        for (Commitment commitment : commitments()) {
            if (commitment.side() == side) {
                of.add(commitment);
            }
        }
        return Collections.unmodifiableList(of);
    }

    /**
     * Finds a commitment by its id.
     *
     * @param id the id, not null
     * @return the commitment, or empty if none has that id
     * @throws NullPointerException if {@code id} is null
     */
    public Optional<Commitment> commitment(String id) {
        Objects.requireNonNull(id, "id");
        return commitments().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * Tells whether at least one signature was given for a side.
     *
     * @param side the side, not null
     * @return true if someone signed for {@code side}
     * @throws NullPointerException if {@code side} is null
     */
    public boolean isSignedBy(Side side) {
        Objects.requireNonNull(side, "side");
        for (Signature signature : signatures()) {
            if (signature.side() == side) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether both sides have signed.
     *
     * @return true if the town and the applicants have each signed at least once
     */
    public boolean isSignedByBothSides() {
        return isSignedBy(Side.TOWN) && isSignedBy(Side.APPLICANTS);
    }

    /**
     * Tells whether a day falls within the convention's period.
     *
     * @param date the day, not null
     * @return true if {@code startDate() <= date <= endDate()}
     * @throws NullPointerException if {@code date} is null
     */
    public boolean isInForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(startDate()) && !date.isAfter(endDate());
    }

    /**
     * Returns a copy of this convention with one more signature.
     *
     * @param signature the signature, not null
     * @return a new convention, never null
     * @throws io.github.loosmethod.InvalidValueException if the signature is dated after the end
     *         or the signer already signed for that side
     * @throws NullPointerException if {@code signature} is null
     */
    public Convention withSignature(Signature signature) {
        return builder().from(this).addSignature(Objects.requireNonNull(signature, "signature")).build();
    }

    /**
     * Returns a copy of this convention in which the commitment with the same id as the given
     * one is replaced by it.
     *
     * @param commitment the new version of a commitment of this convention, not null
     * @return a new convention, never null
     * @throws io.github.loosmethod.InvalidValueException if no commitment has that id
     * @throws NullPointerException if {@code commitment} is null
     */
    public Convention withCommitment(Commitment commitment) {
        Objects.requireNonNull(commitment, "commitment");
        requireThat(commitment(commitment.id()).isPresent(), "commitments", commitment.id(), "invariant.noCommitment");
        List<Commitment> updated = new ArrayList<>(commitments());
        updated.replaceAll(c -> c.id().equals(commitment.id()) ? commitment : c);
        return builder().from(this).withCommitments(updated).build();
    }

    /**
     * Reports what each side contributes, without judging the balance (rule R9).
     *
     * @return the report, never null
     */
    public ContributionReport contributions() {
        return ContributionReport.of(commitments());
    }

    @Value.Check
    final void checkInvariants() {
        requireNonBlank("reference", reference());
        InvalidValueException.requireDate("startDate", startDate());
        InvalidValueException.requireDate("endDate", endDate());
        requireThat(town().kind() == ActorKind.MUNICIPALITY, "town.kind", town().kind(),
                "invariant.townParty");
        // Checked for every convention read from a document: messages are built only on failure.
        if (endDate().isBefore(startDate())) {
            throw InvalidValueException.of("endDate", endDate().toString(), "invariant.endBeforeStart", startDate());
        }
        for (int i = 0; i < signatures().size(); i++) {
            Signature signature = signatures().get(i);
            if (signature.date().isAfter(endDate())) {
                throw InvalidValueException.of("signatures[" + i + "].date", signature.date().toString(), "invariant.signedAfterEnd",
                        endDate());
            }
        }
        requireDistinct("signatures", signatures(), s -> s.side() + "/" + s.signer().id());
        requireDistinct("commitments", commitments(), Commitment::id);
    }
}
