/**
 * The initiative and its lifecycle (<em>l'initiative et son cycle de vie</em>): from the idea a
 * resident brings, through the town's assessment and the signing of the convention, to the works,
 * their stewardship and the closing, each step recorded with who, when and why.
 *
 * <p>An initiative built, then moved through its lifecycle; a step the rules of the method do not allow is refused with the rules it breaks:
 * <pre>{@code
 * Initiative draft = Initiative.builder()
 *         .withId("loos-2023-ff-jardinieres")
 *         .withTerritory(loos)
 *         .withTitle("Flower boxes in the rue des Écoles")
 *         .withPurpose(Purpose.of("More flowers along the street.", "A pleasant street for every passer-by."))
 *         .withKind(InitiativeKind.FIFTY_FIFTY)
 *         .addApplicant(association)
 *         .withInvolvementPlan(InvolvementPlan.empty()
 *                 .with(ProjectPhase.IMPLEMENTATION, CoConstructionLevel.CO_PRODUCTION))
 *         .build();
 *
 * Initiative accepted = draft
 *         .submit(association, Instant.parse("2023-03-01T18:00:00Z"), "Voted by the association's members")
 *         .startAssessment(deputyMayor, Instant.parse("2023-03-06T08:00:00Z"), "Request received")
 *         .accept(Decision.of(deputyMayor, Instant.parse("2023-03-20T17:00:00Z"), DecisionOutcome.ACCEPTED,
 *                 "Improves the street for all"));
 *
 * try {
 *     accepted.startWork(association, Instant.parse("2023-04-01T08:00:00Z"), "Let's go");   // no convention signed yet
 * } catch (TransitionRefusedException refused) {
 *     refused.report().violations().forEach(v -> refusals.add(v.ruleId() + " " + v.message(Locale.FRENCH)));
 * }
 * }</pre>
 */
@LoosStyle
package io.github.loosmethod.initiative;

import io.github.loosmethod.LoosStyle;
