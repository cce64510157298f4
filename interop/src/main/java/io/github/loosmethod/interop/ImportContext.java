package io.github.loosmethod.interop;

import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.actor.Territory;
import io.github.loosmethod.initiative.ImmutableInitiative;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeKind;
import io.github.loosmethod.initiative.Purpose;
import io.github.loosmethod.involvement.InvolvementPlan;
import io.github.loosmethod.provenance.Source;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a source does not say and the town importing it does (<em>contexte d'import</em>): its
 * territory, the town as an actor, the body of elected members that decides (when the town names
 * it), the applicant that stands in for the residents a source does not name (when the town
 * allows one), when the import runs, the languages it prefers for texts given in several, the kind of
 * initiative and the involvement plan it declares for the records of this source. Every value an
 * adapter takes from here rather than from the source is a {@link LossCategory#DEFAULTED} entry
 * of the loss report. Statuses go only as far as the source's facts and what the town declares
 * here allow without breaking a rule of the method; a later status the source implies is a
 * {@link LossCategory#CAPPED_STATUS} entry — no policy synthesises more (an applicant's
 * commitments, a signature) than the source and the town say.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param territory the town's territory, not null
 * @param town the town as a party to conventions, of kind {@link ActorKind#MUNICIPALITY}
 * @param decidingBody the elected official or body that decides on the records of this source, or
 *        empty when the town does not name one (then no decision is synthesised)
 * @param standInApplicant the applicant recorded for a record whose source names none (a result
 *        of a platform, a winning budget project), or empty when the town allows none (then such a
 *        record is refused: an initiative has at least one applicant)
 * @param importedAt when the import runs, the retrieval time of every source, not null
 * @param locales the languages preferred for a text given in several, the first first; not empty
 * @param kind the kind of initiative the town declares for the records of this source, not null
 * @param plan the involvement plan the town declares for them, not null
 */
public record ImportContext(Territory territory, Actor town, Optional<Actor> decidingBody, Optional<Actor> standInApplicant,
        Instant importedAt, List<Locale> locales, InitiativeKind kind, InvolvementPlan plan) {

    /**
     * Creates a context.
     *
     * @param territory the town's territory, not null
     * @param town the town as a party to conventions, of kind {@link ActorKind#MUNICIPALITY}
     * @param decidingBody the elected official or body that decides on the records of this source, or
     *        empty when the town does not name one (then no decision is synthesised)
     * @param standInApplicant the applicant recorded for a record whose source names none (a result
     *        of a platform, a winning budget project), or empty when the town allows none (then such a
     *        record is refused: an initiative has at least one applicant)
     * @param importedAt when the import runs, the retrieval time of every source, not null
     * @param locales the languages preferred for a text given in several, the first first; not empty
     * @param kind the kind of initiative the town declares for the records of this source, not null
     * @param plan the involvement plan the town declares for them, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the town is not a municipality, the deciding body is not
     *         elected, the stand-in applicant is not of a kind that applies, or no locale is given
     */
    public ImportContext {
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(town, "town");
        Objects.requireNonNull(decidingBody, "decidingBody");
        Objects.requireNonNull(standInApplicant, "standInApplicant");
        Objects.requireNonNull(importedAt, "importedAt");
        locales = List.copyOf(locales);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(plan, "plan");
        if (town.kind() != ActorKind.MUNICIPALITY) {
            throw new IllegalArgumentException("the town is a municipality, not " + town.kind());
        }
        if (decidingBody.isPresent() && !decidingBody.get().kind().isElected()) {
            throw new IllegalArgumentException("the deciding body is elected, not " + decidingBody.get().kind());
        }
        if (standInApplicant.isPresent() && !standInApplicant.get().kind().mayApplyForFiftyFifty()) {
            throw new IllegalArgumentException("the stand-in applicant is of a kind that applies, not " + standInApplicant.get().kind());
        }
        if (locales.isEmpty()) {
            throw new IllegalArgumentException("at least one locale");
        }
    }

    /**
     * Creates the context of a town that declares fifty-fifty initiatives with an empty plan, names
     * no deciding body and no stand-in applicant, and prefers French then English.
     *
     * @param territory the town's territory, not null
     * @param town the town, a municipality, not null
     * @param importedAt when the import runs, not null
     * @return the context, never null
     */
    public static ImportContext of(Territory territory, Actor town, Instant importedAt) {
        return new ImportContext(territory, town, Optional.empty(), Optional.empty(), importedAt, List.of(Locale.FRENCH, Locale.ENGLISH),
                InitiativeKind.FIFTY_FIFTY, InvolvementPlan.empty());
    }

    /**
     * Returns the same context naming the elected official or body that decides.
     *
     * @param body the deciding body, elected, not null
     * @return the new context, never null
     */
    public ImportContext withDecidingBody(Actor body) {
        return new ImportContext(territory, town, Optional.of(body), standInApplicant, importedAt, locales, kind, plan);
    }

    /**
     * Returns the same context allowing an applicant to stand in for the residents a source does
     * not name; each record that uses it has a {@link LossCategory#DEFAULTED} entry.
     *
     * @param applicant the stand-in, of a kind that applies (a resident group, say), not null
     * @return the new context, never null
     */
    public ImportContext withStandInApplicant(Actor applicant) {
        return new ImportContext(territory, town, decidingBody, Optional.of(applicant), importedAt, locales, kind, plan);
    }

    /**
     * Returns the same context preferring other locales for texts given in several.
     *
     * @param preferred the locales, the first first, not empty
     * @return the new context, never null
     */
    public ImportContext withLocales(List<Locale> preferred) {
        return new ImportContext(territory, town, decidingBody, standInApplicant, importedAt, preferred, kind, plan);
    }


    /**
     * Returns the same context declaring another kind and plan for the records.
     *
     * @param declaredKind the kind, not null
     * @param declaredPlan the plan, not null
     * @return the new context, never null
     */
    public ImportContext withProfile(InitiativeKind declaredKind, InvolvementPlan declaredPlan) {
        return new ImportContext(territory, town, decidingBody, standInApplicant, importedAt, locales, declaredKind, declaredPlan);
    }

    /**
     * Starts the draft of an initiative of this town from a record of a source: its territory, the
     * kind and the plan the town declares, and the source; the text a source gives stands for both
     * parts of the purpose, for the adapter to report.
     *
     * @param id the initiative's id, not blank
     * @param title its title, not blank
     * @param purpose the text standing for its purpose, not blank
     * @param source where the record was read, not null
     * @return the builder, for the adapter to add applicants, themes and the rest; never null
     * @throws io.github.loosmethod.InvalidValueException if the id, the title or the purpose is one
     *         the model refuses (blank, too long), which an adapter's {@link Losses#record} turns
     *         into a refused record
     */
    public ImmutableInitiative.Builder draft(String id, String title, String purpose, Source source) {
        return Initiative.builder().withId(id).withTerritory(territory).withTitle(title).withPurpose(Purpose.of(purpose, purpose))
                .withKind(kind).withInvolvementPlan(plan).addSources(source);
    }
}
