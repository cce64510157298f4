package io.github.loosmethod.validation;

import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.commitment.Commitment;
import io.github.loosmethod.commitment.Convention;
import io.github.loosmethod.commitment.Signature;
import io.github.loosmethod.initiative.Initiative;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** Small surgical edits of valid records, each used to break exactly one thing. */
final class Breaks {

    private Breaks() {
    }

    static Initiative withApplicants(Initiative initiative, Actor... applicants) {
        return Initiative.builder().from(initiative).withApplicants(List.of(applicants)).build();
    }

    static Initiative convention(Initiative initiative, UnaryOperator<Convention> edit) {
        return Initiative.builder().from(initiative).withConvention(edit.apply(initiative.convention().orElseThrow())).build();
    }

    static Initiative commitment(Initiative initiative, String id, UnaryOperator<Commitment> edit) {
        return convention(initiative, c -> Convention.builder().from(c).withCommitments(c.commitments().stream()
                .map(k -> k.id().equals(id) ? edit.apply(k) : k).collect(Collectors.toList())).build());
    }

    static Initiative withoutCommitments(Initiative initiative, Predicate<Commitment> drop) {
        return convention(initiative, c -> Convention.builder().from(c).withCommitments(
                c.commitments().stream().filter(drop.negate()).collect(Collectors.toList())).build());
    }

    static Initiative withoutSignatures(Initiative initiative, Predicate<Signature> drop) {
        return convention(initiative, c -> Convention.builder().from(c).withSignatures(
                c.signatures().stream().filter(drop.negate()).collect(Collectors.toList())).build());
    }
}
