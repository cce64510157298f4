/**
 * How the effects of the method are judged (<em>évaluation</em>): criteria from the town's own
 * 2016 evaluation, its principles, the OECD guidelines and the IAP2 promises; frameworks that
 * weigh them; evaluations that score them with evidence; and scorecards that always show how much of
 * the framework was assessed. Indicators across a portfolio are in {@code io.github.loosmethod.portfolio}.
 */
@LoosStyle
package io.github.loosmethod.evaluation;

import io.github.loosmethod.LoosStyle;
