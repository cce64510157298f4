/**
 * What each side promises (<em>engagements réciproques</em>): the convention signed by the town
 * and the applicants, its commitments with their quantities and dated status history, the
 * signatures, and the report of what each side contributes.
 *
 * <p>"Fifty-fifty" is a give-and-take relation, not a 50/50 split: nothing here requires equal
 * shares (rule R9). {@link io.github.loosmethod.commitment.ContributionReport} reports each side's
 * contribution; it never judges it.
 */
@LoosStyle
package io.github.loosmethod.commitment;

import io.github.loosmethod.LoosStyle;
