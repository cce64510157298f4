/**
 * How far residents are involved (<em>niveaux d'implication</em>): the six-level co-construction
 * ladder, the phases of a project, the level chosen for each phase, and the crosswalks to the
 * IAP2 spectrum and Arnstein's ladder so that towns recording those can bring their data in.
 *
 * <p>The level of involvement chosen for each phase of a project:
 * <pre>{@code
 * InvolvementPlan plan = InvolvementPlan.builder()
 *         .putLevel(ProjectPhase.DECISION, CoConstructionLevel.CONSULTATION)
 *         .putLevel(ProjectPhase.IMPLEMENTATION, CoConstructionLevel.CO_PRODUCTION)
 *         .build();
 * CoConstructionLevel works = plan.levels().get(ProjectPhase.IMPLEMENTATION);   // CO_PRODUCTION
 * }</pre>
 */
@LoosStyle
package io.github.loosmethod.involvement;

import io.github.loosmethod.LoosStyle;
