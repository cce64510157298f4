package io.github.loosmethod.actor;

import io.github.loosmethod.Labelled;

/**
 * The kinds of actor the method knows (<em>type d'acteur</em>).
 *
 * <p>Two groupings matter to the rules: the kinds that may carry a fifty-fifty
 * ({@link #mayApplyForFiftyFifty()}: resident, resident group, association, school — rule R1)
 * and the kinds that act for the town ({@link #actsForTown()}: elected officials and bodies,
 * municipal services, the municipality itself).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ActorKind implements Labelled {
    /** One resident (<em>habitant</em>). */
    RESIDENT(true, false),
    /** An informal group of residents: neighbours of a street, parents, a class of pupils (<em>collectif d'habitants</em>). */
    RESIDENT_GROUP(true, false),
    /** A registered association (<em>association loi 1901</em>). */
    ASSOCIATION(true, false),
    /** A school, through its staff (<em>école</em>). */
    SCHOOL(true, false),
    /** One elected official of the town: the mayor, a deputy, a councillor (<em>élu</em>). */
    ELECTED_OFFICIAL(false, true),
    /**
     * A body of elected officials deciding together: the municipal council, the mayor's office
     * (<em>conseil municipal, bureau municipal</em>). Added to the brief's list because the method
     * lets "an elected official or a body of them" decide.
     */
    ELECTED_BODY(false, true),
    /** A department of the town hall, such as the technical services (<em>service municipal</em>). */
    MUNICIPAL_SERVICE(false, true),
    /** The town as a legal person (<em>la commune</em>). */
    MUNICIPALITY(false, true),
    /** A private company (<em>entreprise</em>). */
    COMPANY(false, false),
    /** Another public body: region, ADEME, intercommunality, social landlord (<em>partenaire public</em>). */
    PUBLIC_PARTNER(false, false),
    /** A university, laboratory or evaluation firm (<em>organisme de recherche</em>). */
    RESEARCH_BODY(false, false),
    /** A company owned by citizens: a citizen SAS, a cooperative (SCIC, SCOP) (<em>société citoyenne</em>). */
    CITIZEN_COMPANY(false, false);

    private final boolean mayApplyForFiftyFifty;
    private final boolean actsForTown;

    ActorKind(boolean mayApplyForFiftyFifty, boolean actsForTown) {
        this.mayApplyForFiftyFifty = mayApplyForFiftyFifty;
        this.actsForTown = actsForTown;
    }

    /**
     * Tells whether an actor of this kind may carry a fifty-fifty (rule R1).
     *
     * @return true for residents, resident groups, associations and schools
     */
    public boolean mayApplyForFiftyFifty() {
        return mayApplyForFiftyFifty;
    }

    /**
     * Tells whether an actor of this kind acts for the town (the "town" side of a convention).
     *
     * @return true for elected officials and bodies, municipal services and the municipality
     */
    public boolean actsForTown() {
        return actsForTown;
    }

    /**
     * Tells whether an actor of this kind holds a democratic mandate and may therefore decide on
     * a request (rule R3).
     *
     * @return true for {@link #ELECTED_OFFICIAL} and {@link #ELECTED_BODY}
     */
    public boolean isElected() {
        return this == ELECTED_OFFICIAL || this == ELECTED_BODY;
    }

    @Override
    public String labelKey() {
        return "ActorKind." + name();
    }
}
