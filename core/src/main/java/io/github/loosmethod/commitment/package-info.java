/**
 * What each side promises (<em>engagements réciproques</em>): the convention signed by the town
 * and the applicants, its commitments with their quantities and dated status history, the
 * signatures, and the report of what each side contributes.
 *
 * <p>"Fifty-fifty" is a give-and-take relation, not a 50/50 split: nothing here requires equal
 * shares (rule R9). {@link io.github.loosmethod.commitment.ContributionReport} reports each side's
 * contribution; it never judges it.
 *
 * <p>A convention with a commitment of each side, drafted for an accepted initiative and signed by both:
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
 *
 * Initiative agreed = accepted.draftConvention(convention)
 *         .sign(Signature.of(Side.TOWN, deputyMayor, LocalDate.of(2023, 4, 3)),
 *                 Instant.parse("2023-04-03T08:00:00Z"), "The deputy mayor signs for the town")
 *         .sign(Signature.of(Side.APPLICANTS, association, LocalDate.of(2023, 4, 3)),
 *                 Instant.parse("2023-04-03T09:00:00Z"), "The association's president signs");
 * }</pre>
 */
@LoosStyle
package io.github.loosmethod.commitment;

import io.github.loosmethod.LoosStyle;
