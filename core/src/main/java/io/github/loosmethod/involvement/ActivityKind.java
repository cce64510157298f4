package io.github.loosmethod.involvement;

import io.github.loosmethod.Labelled;

/**
 * The form a participation activity took (<em>type d'activité de participation</em>), as civic
 * platforms and council records name them.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ActivityKind implements Labelled {
    /** A public meeting (<em>réunion publique</em>). */
    PUBLIC_MEETING,
    /** A working session in small groups (<em>atelier</em>). */
    WORKSHOP,
    /** A questionnaire, on paper or online (<em>questionnaire</em>). */
    QUESTIONNAIRE,
    /** A walk on site with residents (<em>balade urbaine, diagnostic en marchant</em>). */
    SITE_WALK,
    /** A consultation on a civic platform (<em>consultation en ligne</em>). */
    ONLINE_CONSULTATION,
    /** An exhibition of the project with a register for comments (<em>exposition</em>). */
    EXHIBITION,
    /** A vote of residents (<em>vote</em>). */
    VOTE,
    /** A session of a steering committee with residents (<em>comité de pilotage</em>). */
    STEERING_COMMITTEE,
    /** Work done together on site (<em>chantier participatif</em>). */
    WORK_SITE,
    /** A public telling of a project and its lessons (<em>séance de récit</em>). */
    NARRATIVE_SESSION;

    @Override
    public String labelKey() {
        return "ActivityKind." + name();
    }
}
