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
                () -> EmileBaslyPlayground.agreed().suspend(STRANGER, Instant.EPOCH, "Too early"));

        TransitionRefusedException copy = roundTrip(refused);

        assertThat(copy.operation()).isEqualTo("SUSPEND");
        assertThat(copy.report()).isNotNull().isEqualTo(refused.report());
        assertThat(copy.report().ruleIds()).containsExactly("L2", "L3", "L4");
        assertThat(copy.getMessage()).isEqualTo(refused.getMessage());
    }

    @Test
    void an_l1_refusal_keeps_what_the_initiative_still_needs_in_both_languages() throws Exception {
        TransitionRefusedException refused = catchThrowableOfType(TransitionRefusedException.class,
                () -> EmileBaslyPlayground.conventionDrafted().startWork(EmileBaslyPlayground.PARENTS,
                        Instant.parse("2023-08-01T10:00:00Z"), "Too early"));

        TransitionRefusedException copy = roundTrip(refused);

        assertThat(copy.report()).isEqualTo(refused.report());
        assertThat(copy.report().violations()).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("L1");
            assertThat(v.message(java.util.Locale.ENGLISH)).contains("the signature of the convention by town, applicants");
            assertThat(v.message(java.util.Locale.FRENCH)).contains("la signature de la convention par : commune, porteurs de projet");
        });
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

    @Test
    void a_refusal_without_violations_travels_but_a_negative_count_of_them_is_refused() throws Exception {
        TransitionRefusedException empty = new TransitionRefusedException("SUBMIT",
                io.github.loosmethod.validation.ValidationReport.of(java.util.List.of()));
        assertThat(roundTrip(empty).report().violations()).isEmpty();

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(empty);
        }
        byte[] serialized = bytes.toByteArray();
        // The count of violations: an int in a block of data, right before the end of the object's own data.
        byte[] zero = {0x77, 0x04, 0, 0, 0, 0, 0x78};
        int at = -1;
        for (int i = 0; i + zero.length <= serialized.length && at < 0; i++) {
            at = java.util.Arrays.equals(serialized, i, i + zero.length, zero, 0, zero.length) ? i : -1;
        }
        assertThat(at).isNotNegative();
        java.util.Arrays.fill(serialized, at + 2, at + 6, (byte) 0xFF);

        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serialized))) {
            assertThat(catchThrowableOfType(java.io.InvalidObjectException.class, in::readObject))
                    .hasMessage("negative count of violations: -1");
        }
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
