package io.github.loosmethod.testkit;

import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.AgeBand;
import io.github.loosmethod.commitment.Commitment;
import io.github.loosmethod.commitment.Convention;
import io.github.loosmethod.evaluation.Evidence;
import io.github.loosmethod.evaluation.EvidenceKind;
import io.github.loosmethod.initiative.CouncilVote;
import io.github.loosmethod.initiative.Decision;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.LifecycleEvent;
import io.github.loosmethod.initiative.ResidentsVote;
import io.github.loosmethod.initiative.VoteResult;
import io.github.loosmethod.involvement.ParticipationActivity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Attempts to build broken variants of the values a valid initiative holds, each breaking exactly
 * one named invariant; each attempt must be refused by {@link io.github.loosmethod.InvalidValueException}
 * naming the field given here. The invariants are those of the initiative itself and of its
 * parts: decisions and their votes, participation activities, actors, conventions and
 * commitments, and the evidence that cites an activity.
 *
 * <p>This class holds static methods only; it is thread-safe.
 */
public final class InvariantBreaks {

    /**
     * One invariant: the field the refusal names, and how to break it on an initiative (empty when
     * it cannot be).
     *
     * <p>Instances are immutable and thread-safe.
     */
    public static final class Break {
        /**
         * The field the refusal must name: exactly, or, when it ends with {@code [}, the start of
         * the path (an index that depends on the record follows).
         */
        public final String field;
        /** Builds the broken variant; empty when the initiative has nothing to break. */
        public final Function<Initiative, Optional<Runnable>> attempt;

        Break(String field, Function<Initiative, Optional<Runnable>> attempt) {
            this.field = field;
            this.attempt = attempt;
        }

        /**
         * Tells whether a refusal named the field of this break.
         *
         * @param refused the field a refusal named, not null
         * @return true if it is this break's field, or starts with it when it ends with {@code [}
         */
        public boolean names(String refused) {
            return field.endsWith("[") ? refused.startsWith(field) : refused.equals(field);
        }
    }

    private InvariantBreaks() {
    }

    /**
     * Returns the named invariant breaks.
     *
     * @return invariant name to break, in a fixed order, in a new map
     */
    public static Map<String, Break> all() {
        Map<String, Break> breaks = new LinkedHashMap<>();
        initiative(breaks);
        decisions(breaks);
        votes(breaks);
        activities(breaks);
        provenance(breaks);
        breaks.put("an adult has no age band", new Break("ageBand", i -> i.applicants().stream().filter(a -> !a.minor()).findFirst()
                .map(adult -> () -> Actor.builder().from(adult).withAgeBand(AgeBand.FROM_11_TO_14).build())));
        breaks.put("convention ends after it starts", new Break("endDate", i -> i.convention().map(c -> () ->
                Convention.builder().from(c).withEndDate(c.startDate().minusDays(1)).build())));
        breaks.put("commitment ids distinct", new Break("commitments", i -> i.convention().filter(c -> !c.commitments().isEmpty())
                .map(c -> () -> Convention.builder().from(c).addCommitment(c.commitments().get(0)).build())));
        breaks.put("commitment history is a chain", new Break("history[1].from", i -> i.convention().flatMap(c -> c.commitments()
                .stream().filter(k -> k.history().size() == 1).findFirst()).map(k -> () -> Commitment.builder().from(k)
                        .addHistory(k.history().get(0)).build())));
        return breaks;
    }

    private static void provenance(Map<String, Break> breaks) {
        breaks.put("a SIRET's check digit", new Break("value", i -> Optional.of(() ->
                io.github.loosmethod.provenance.Identifier.of("siret", "21060004500393"))));
        breaks.put("an RNA number's shape", new Break("value", i -> Optional.of(() ->
                io.github.loosmethod.provenance.Identifier.of("rna", "W12345"))));
        breaks.put("an INSEE commune code's shape", new Break("value", i -> Optional.of(() ->
                io.github.loosmethod.provenance.Identifier.of("insee", "20004"))));
        breaks.put("a scheme's spelling", new Break("scheme", i -> Optional.of(() ->
                io.github.loosmethod.provenance.Identifier.of("SIRET", "21060004500392"))));
        breaks.put("a source's system not blank", new Break("system", i -> Optional.of(() ->
                io.github.loosmethod.provenance.Source.builder().withSystem("\t").build())));
        breaks.put("a source's address is http or https", new Break("url", i -> Optional.of(() ->
                io.github.loosmethod.provenance.Source.builder().withSystem("decidim").withUrl("javascript:alert(1)").build())));
        breaks.put("a source's line counts from 1", new Break("line", i -> Optional.of(() ->
                io.github.loosmethod.provenance.Source.builder().withSystem("tableur").withLine(0).build())));
        breaks.put("a source's pointer starts with /", new Break("pointer", i -> Optional.of(() ->
                io.github.loosmethod.provenance.Source.builder().withSystem("export").withPointer("data").build())));
        breaks.put("a record does not replace itself", new Break("replaces", i -> Optional.of(() ->
                Initiative.builder().from(i).withReplaces(i.id()).build())));
        breaks.put("a withdrawal gives its reason", new Break("withdrawnFromPublication", i -> Optional.of(() ->
                Initiative.builder().from(i).withWithdrawnFromPublication(" ").build())));
        breaks.put("a catalogue version counts from 1", new Break("rulesVersion", i -> Optional.of(() ->
                Initiative.builder().from(i).withRulesVersion(0).build())));
    }

    private static void initiative(Map<String, Break> breaks) {
        breaks.put("title not blank", new Break("title", i -> Optional.of(() -> Initiative.builder().from(i).withTitle(" ").build())));
        breaks.put("applicants distinct", new Break("applicants", i -> Optional.of(() ->
                Initiative.builder().from(i).addApplicant(i.applicants().get(0)).build())));
        breaks.put("activity ids distinct", new Break("activities", i -> i.activities().stream().findFirst().map(a -> () ->
                Initiative.builder().from(i).addActivity(ParticipationActivity.builder().from(a).withTitle("Another one").build())
                        .build())));
        breaks.put("revises not blank", new Break("revises", i -> Optional.of(() -> Initiative.builder().from(i).withRevises("\u00a0")
                .build())));
        breaks.put("history is a chain", new Break("history[0].from", i -> i.history().size() < 2 ? Optional.empty()
                : Optional.of(() -> Initiative.builder().from(i).withHistory(i.history().subList(1, i.history().size())).build())));
        breaks.put("history in time order", new Break("history[", i -> {
            List<LifecycleEvent> history = i.history();
            if (history.size() < 2 || !history.get(0).at().isBefore(history.get(history.size() - 1).at())) {
                return Optional.empty();
            }
            List<LifecycleEvent> reordered = new ArrayList<>(history);
            LifecycleEvent last = reordered.remove(reordered.size() - 1);
            reordered.add(LifecycleEvent.of(last.transition(), last.from(), last.to(), last.by(), history.get(0).at().minusSeconds(1),
                    last.reason()));
            return Optional.of(() -> Initiative.builder().from(i).withHistory(reordered).build());
        }));
    }

    private static void decisions(Map<String, Break> breaks) {
        breaks.put("decision reference not blank", new Break("reference", i -> i.assessment().map(d -> () ->
                Decision.builder().from(d).withReference(" ").build())));
        breaks.put("decision object not blank", new Break("object", i -> i.assessment().map(d -> () ->
                Decision.builder().from(d).withObject("\t").build())));
        breaks.put("decision gives a reason", new Break("reasons", i -> i.assessment().map(d -> () ->
                Decision.builder().from(d).withReasons(List.of()).build())));
        breaks.put("council counts not negative", new Break("against", i -> councilVote(i).map(v -> () ->
                CouncilVote.of(v.inFavour(), -1, v.abstentions()))));
        breaks.put("council vote has a voter", new Break("inFavour", i -> councilVote(i).map(v -> () -> CouncilVote.builder().from(v)
                .withInFavour(0).withAgainst(0).withAbstentions(0).build())));
    }

    private static void votes(Map<String, Break> breaks) {
        breaks.put("residents' voters not more than the eligible", new Break("eligible", i -> residentsVote(i).map(v -> () ->
                ResidentsVote.builder().from(v).withEligible(v.voters() - 1).build())));
        breaks.put("an option's votes not more than the voters", new Break("results[0].votes", i -> residentsVote(i).map(v -> () ->
                ResidentsVote.builder().from(v).withResults(List.of(VoteResult.of("Pour", v.voters() + 1))).build())));
        breaks.put("options distinct", new Break("results", i -> residentsVote(i).map(v -> () ->
                ResidentsVote.builder().from(v).addResult(VoteResult.of(v.results().get(0).option(), 0)).build())));
        breaks.put("a vote has a result", new Break("results", i -> residentsVote(i).map(v -> () ->
                ResidentsVote.builder().from(v).withResults(List.of()).build())));
        breaks.put("option not blank", new Break("option", i -> residentsVote(i).map(v -> () ->
                VoteResult.builder().from(v.results().get(0)).withOption("\u2003").build())));
        breaks.put("option's votes not negative", new Break("votes", i -> residentsVote(i).map(v -> () ->
                VoteResult.builder().from(v.results().get(0)).withVotes(-1).build())));
    }

    private static void activities(Map<String, Break> breaks) {
        breaks.put("activity id not blank", new Break("id", i -> firstActivity(i).map(a -> () ->
                ParticipationActivity.builder().from(a).withId(" ").build())));
        breaks.put("activity title not blank", new Break("title", i -> firstActivity(i).map(a -> () ->
                ParticipationActivity.builder().from(a).withTitle("").build())));
        breaks.put("participants not negative", new Break("participants", i -> firstActivity(i).map(a -> () ->
                ParticipationActivity.builder().from(a).withParticipants(-1).build())));
        breaks.put("activity outputs not blank", new Break("outputs[", i -> firstActivity(i).map(a -> () ->
                ParticipationActivity.builder().from(a).addOutput(" ").build())));
        breaks.put("activity references not blank", new Break("references[", i -> firstActivity(i).map(a -> () ->
                ParticipationActivity.builder().from(a).addReference("\n").build())));
        breaks.put("evidence of an activity names it", new Break("reference", i -> firstActivity(i).map(a -> () ->
                Evidence.of(EvidenceKind.ACTIVITY, "Workshop: " + a.title()))));
    }

    private static Optional<ParticipationActivity> firstActivity(Initiative i) {
        return i.activities().stream().findFirst();
    }

    private static Optional<CouncilVote> councilVote(Initiative i) {
        return i.decisions().stream().flatMap(d -> d.councilVote().stream()).findFirst();
    }

    private static Optional<ResidentsVote> residentsVote(Initiative i) {
        return i.decisions().stream().flatMap(d -> d.residentsVote().stream()).findFirst();
    }
}
