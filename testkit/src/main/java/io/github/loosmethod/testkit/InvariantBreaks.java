package io.github.loosmethod.testkit;

import io.github.loosmethod.commitment.Commitment;
import io.github.loosmethod.commitment.Convention;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.LifecycleEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Attempts to build broken variants of valid initiatives, each breaking exactly one named
 * invariant; each attempt must be refused by {@link io.github.loosmethod.InvalidValueException}
 * naming the field given here.
 */
public final class InvariantBreaks {

    /** One invariant: the field the refusal names, and how to break it on an initiative (empty when it cannot be). */
    public static final class Break {
        /** The field (or the start of the path) the refusal must name. */
        public final String field;
        /** Builds the broken variant; empty when the initiative has nothing to break. */
        public final Function<Initiative, Optional<Runnable>> attempt;

        Break(String field, Function<Initiative, Optional<Runnable>> attempt) {
            this.field = field;
            this.attempt = attempt;
        }
    }

    private InvariantBreaks() {
    }

    /**
     * Returns the named invariant breaks.
     *
     * @return invariant name to break, in a fixed order
     */
    public static Map<String, Break> all() {
        Map<String, Break> breaks = new LinkedHashMap<>();
        breaks.put("title not blank", new Break("title", i -> Optional.of(() -> Initiative.builder().from(i).withTitle(" ").build())));
        breaks.put("applicants distinct", new Break("applicants", i -> Optional.of(() ->
                Initiative.builder().from(i).addApplicant(i.applicants().get(0)).build())));
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
        breaks.put("convention ends after it starts", new Break("endDate", i -> i.convention().map(c -> () ->
                Convention.builder().from(c).withEndDate(c.startDate().minusDays(1)).build())));
        breaks.put("commitment ids distinct", new Break("commitments", i -> i.convention().filter(c -> !c.commitments().isEmpty())
                .map(c -> () -> Convention.builder().from(c).addCommitment(c.commitments().get(0)).build())));
        breaks.put("commitment history is a chain", new Break("history[1].from", i -> i.convention().flatMap(c -> c.commitments()
                .stream().filter(k -> k.history().size() == 1).findFirst()).map(k -> () -> Commitment.builder().from(k)
                        .addHistory(k.history().get(0)).build())));
        return breaks;
    }
}
