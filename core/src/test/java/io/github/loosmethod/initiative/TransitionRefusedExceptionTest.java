package io.github.loosmethod.initiative;

import static io.github.loosmethod.testkit.cases.EmileBaslyPlayground.COUNCILLOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.commitment.Commitment;
import io.github.loosmethod.commitment.CommitmentKind;
import io.github.loosmethod.commitment.Convention;
import io.github.loosmethod.commitment.Side;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import io.github.loosmethod.testkit.cases.LoosEnGohelle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A refusal sent to another JVM (a remote call, a message queue, a cluster's session store) goes
 * through Java serialization; it must still say what was refused and why.
 */
class TransitionRefusedExceptionTest {

    private static final Actor STRANGER = Actor.of("passer-by", "A passer-by", ActorKind.RESIDENT);

    @Test
    void a_refusal_by_guards_keeps_its_operation_and_report_through_serialization() throws Exception {
        TransitionRefusedException refused = catchThrowableOfType(TransitionRefusedException.class,
                () -> EmileBaslyPlayground.submitted().startWork(STRANGER, Instant.EPOCH, "Too early"));

        TransitionRefusedException copy = roundTrip(refused);

        assertThat(copy.operation()).isEqualTo("START_WORK");
        assertThat(copy.report()).isNotNull().isEqualTo(refused.report());
        assertThat(copy.report().ruleIds()).containsExactly("L1", "L2", "L3");
        assertThat(copy.getMessage()).isEqualTo(refused.getMessage());
    }

    @Test
    void a_refusal_by_rules_keeps_every_violation_with_its_path_and_both_messages() throws Exception {
        Convention townDoesTheWorks = Convention.builder().from(EmileBaslyPlayground.convention())
                .addCommitment(Commitment.of("town-works", Side.TOWN, LoosEnGohelle.TECHNICAL_SERVICES,
                        CommitmentKind.REALISATION, "The services green the playground"))
                .build();
        TransitionRefusedException refused = catchThrowableOfType(TransitionRefusedException.class,
                () -> EmileBaslyPlayground.accepted().draftConvention(townDoesTheWorks));

        TransitionRefusedException copy = roundTrip(refused);

        assertThat(copy.operation()).isEqualTo("DRAFT_CONVENTION");
        assertThat(copy.report()).isNotNull().isEqualTo(refused.report());
        assertThat(copy.report().violations()).hasSize(refused.report().violations().size());
        assertThat(copy.report().isValid()).isFalse();
    }

    @Test
    void a_refusal_survives_two_trips() throws Exception {
        TransitionRefusedException refused = catchThrowableOfType(TransitionRefusedException.class,
                () -> EmileBaslyPlayground.agreed().suspend(COUNCILLOR, Instant.parse("2023-08-01T10:00:00Z"), "No breach"));

        TransitionRefusedException copy = roundTrip(roundTrip(refused));

        assertThat(copy.operation()).isEqualTo(refused.operation());
        assertThat(copy.report()).isEqualTo(refused.report());
    }

    private static TransitionRefusedException roundTrip(TransitionRefusedException refused) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(refused);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (TransitionRefusedException) in.readObject();
        }
    }
}
