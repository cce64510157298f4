package io.github.loosmethod.actor;

import static io.github.loosmethod.InvalidValueException.requireThat;
import static io.github.loosmethod.InvalidValueException.requireNonBlank;

import io.github.loosmethod.provenance.Identifier;
import io.github.loosmethod.provenance.Source;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person or organisation taking part in an initiative (<em>acteur</em>): a resident, a group,
 * an association, a school, an elected official, a municipal service, the municipality, a
 * partner.
 *
 * <p>An actor is identified by its {@link #id()}; the same id must describe the same actor
 * everywhere in an initiative. A minor (<em>mineur</em>, for example a class of 11–14-year-old
 * pupils) names the responsible adult or institution (<em>responsable légal</em>) by its id; the
 * method then requires that responsible to co-apply or co-sign (rule R14).
 *
 * <p>Invariants, refused at construction with {@link io.github.loosmethod.InvalidValueException}:
 * id and name are not blank; a minor is a resident or a resident group and names a responsible
 * other than itself; an adult names no responsible and has no age band. Instances are immutable and thread-safe;
 * no accessor returns null.
 */
@Value.Immutable
public abstract class Actor {

    Actor() {
        // Only the generated implementation extends this type.
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableActor.Builder builder() {
        return ImmutableActor.builder();
    }

    /**
     * Creates an adult actor.
     *
     * @param id the identifier, not blank
     * @param name the display name, not blank
     * @param kind the kind, not null
     * @return the actor, never null
     * @throws io.github.loosmethod.InvalidValueException if id or name is blank
     * @throws NullPointerException if an argument is null
     */
    public static Actor of(String id, String name, ActorKind kind) {
        return builder().withId(id).withName(name).withKind(kind).build();
    }

    /**
     * Creates a minor actor (a pupil, a class of pupils) with the id of its responsible adult or
     * institution.
     *
     * @param id the identifier, not blank
     * @param name the display name, not blank
     * @param kind {@link ActorKind#RESIDENT} or {@link ActorKind#RESIDENT_GROUP}
     * @param responsibleActorId the id of the responsible adult or institution, not blank, not {@code id}
     * @return the actor, never null
     * @throws io.github.loosmethod.InvalidValueException if an invariant fails
     * @throws NullPointerException if an argument is null
     */
    public static Actor minor(String id, String name, ActorKind kind, String responsibleActorId) {
        return builder().withId(id).withName(name).withKind(kind).withMinor(true)
                .withResponsibleActorId(responsibleActorId).build();
    }

    /**
     * Returns the identifier, unique within an initiative and stable across exchanges.
     *
     * @return the id, never blank
     */
    public abstract String id();

    /**
     * Returns the name shown to people.
     *
     * @return the name, never blank
     */
    public abstract String name();

    /**
     * Returns the kind of actor.
     *
     * @return the kind, never null
     */
    public abstract ActorKind kind();

    /**
     * Tells whether this actor is a minor, or a group of minors, who may apply or sign only with
     * a responsible adult or institution (R14).
     *
     * @return true for a minor; false by default
     */
    @Value.Default
    public boolean minor() {
        return false;
    }

    /**
     * Returns the id of the adult or institution responsible for this minor.
     *
     * @return the responsible's id; present exactly when {@link #minor()} is true
     */
    public abstract Optional<String> responsibleActorId();

    /**
     * Returns the age band of a minor, where the record says it.
     *
     * @return the band; empty when unknown, always empty for an adult
     */
    public abstract Optional<AgeBand> ageBand();

    /**
     * Returns the actor's identifiers in other registers: the SIRET or RNA number of an
     * association, the SIREN of the municipality, an account on a civic platform.
     *
     * @return the identifiers, unmodifiable, possibly empty
     */
    public abstract List<Identifier> identifiers();

    /**
     * Returns where the actor's description comes from.
     *
     * @return the sources, unmodifiable, possibly empty
     */
    public abstract List<Source> sources();

    /**
     * Tells whether this actor acts for the town.
     *
     * @return {@code kind().actsForTown()}
     */
    public final boolean actsForTown() {
        return kind().actsForTown();
    }

    @Value.Check
    final void checkInvariants() {
        requireNonBlank("id", id());
        requireNonBlank("name", name());
        if (minor()) {
            requireThat(kind() == ActorKind.RESIDENT || kind() == ActorKind.RESIDENT_GROUP, "kind", kind(),
                    "invariant.minorKind");
            requireThat(responsibleActorId().isPresent(), "responsibleActorId", responsibleActorId(),
                    "invariant.minorResponsible");
            requireNonBlank("responsibleActorId", responsibleActorId().get());
            requireThat(!responsibleActorId().get().equals(id()), "responsibleActorId", responsibleActorId().get(),
                    "invariant.minorSelf");
        } else {
            requireThat(ageBand().isEmpty(), "ageBand", ageBand(), "invariant.ageBand");
            requireThat(responsibleActorId().isEmpty(), "responsibleActorId", responsibleActorId(),
                    "invariant.responsibleOfMinor");
        }
    }
}
