package io.github.loosmethod.benchmarks;

import static io.github.loosmethod.testkit.cases.LoosEnGohelle.at;

import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import io.github.loosmethod.testkit.cases.LoosEnGohelle;
import io.github.loosmethod.commitment.Commitment;
import io.github.loosmethod.commitment.CommitmentKind;
import io.github.loosmethod.commitment.CommitmentStatus;
import io.github.loosmethod.commitment.Convention;
import io.github.loosmethod.commitment.Quantity;
import io.github.loosmethod.commitment.QuantityUnit;
import io.github.loosmethod.commitment.Side;
import io.github.loosmethod.commitment.Signature;
import io.github.loosmethod.commitment.StatusChange;
import io.github.loosmethod.evaluation.Evaluation;
import io.github.loosmethod.initiative.Initiative;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The realistic inputs of the benchmarks: the École Émile-Basly fifty-fifty grown to a convention
 * of 10 commitments and an audit trail of 20 events (three rounds of breach, suspension and
 * remedy included), built through the public lifecycle, and its Ch'ti TAIDx evaluation.
 */
public final class Inputs {

    private static final LocalDate START = EmileBaslyPlayground.CONVENTION_START;
    private static final LocalDate END = EmileBaslyPlayground.CONVENTION_END;

    private Inputs() {
    }

    static Convention convention() {
        List<Commitment> commitments = new ArrayList<>(EmileBaslyPlayground.convention().commitments());
        commitments.add(Commitment.builder().withId("town-advice").withSide(Side.TOWN).withResponsible(EmileBaslyPlayground.COUNCILLOR)
                .withKind(CommitmentKind.ADVICE).withDescription("Advice of the councillor in charge of the living environment").build());
        commitments.add(Commitment.builder().withId("town-plants").withSide(Side.TOWN).withResponsible(LoosEnGohelle.MUNICIPALITY)
                .withKind(CommitmentKind.FUNDING).withDescription("Shrubs and trees for the freed ground")
                .withQuantity(Quantity.of(2500, QuantityUnit.EUROS)).build());
        commitments.add(Commitment.builder().withId("association-planting").withSide(Side.APPLICANTS)
                .withResponsible(EmileBaslyPlayground.LOOS_NGOURMA).withKind(CommitmentKind.REALISATION)
                .withDescription("Plant the trees with the pupils").withQuantity(Quantity.of(40, QuantityUnit.HOURS)).build());
        commitments.add(Commitment.builder().withId("parents-summer-watering").withSide(Side.APPLICANTS)
                .withResponsible(EmileBaslyPlayground.PARENTS).withKind(CommitmentKind.STEWARDSHIP)
                .withDescription("Water the plantings during the summer holidays").build());
        return Convention.builder().from(EmileBaslyPlayground.convention()).withCommitments(commitments).build();
    }

    /**
     * The realistic initiative: 10 commitments, 20 lifecycle events, closed.
     *
     * @return the initiative, valid
     */
    public static Initiative initiative() {
        Initiative i = EmileBaslyPlayground.accepted().draftConvention(convention());
        for (Signature signature : List.of(Signature.of(Side.APPLICANTS, EmileBaslyPlayground.SCHOOL, START),
                Signature.of(Side.APPLICANTS, EmileBaslyPlayground.PUPILS, START),
                Signature.of(Side.APPLICANTS, EmileBaslyPlayground.LOOS_NGOURMA, START),
                Signature.of(Side.APPLICANTS, EmileBaslyPlayground.PARENTS, START),
                Signature.of(Side.TOWN, EmileBaslyPlayground.COUNCILLOR, START))) {
            i = i.sign(signature, at(START, 12), "Signed at the town hall");
        }
        i = i.startWork(EmileBaslyPlayground.PARENTS, at(day(2022, 4, 11), 8), "Easter holidays")
                .recordCommitmentStatus("parents-asphalt", CommitmentStatus.IN_PROGRESS, day(2022, 4, 11), "Started")
                .recordCommitmentStatus("parents-asphalt", CommitmentStatus.BREACHED, day(2022, 4, 15), "Nobody came");
        i = breachRound(i, "parents-asphalt", day(2022, 4, 15), day(2022, 4, 18));
        i = i.recordCommitmentStatus("greening-together", CommitmentStatus.BREACHED, day(2022, 4, 20), "Rain, then nobody");
        i = breachRound(i, "greening-together", day(2022, 4, 20), day(2022, 4, 22));
        for (Commitment c : i.convention().orElseThrow().commitments()) {
            if (c.kind() != CommitmentKind.STEWARDSHIP && c.status().isOpen()) {
                i = i.recordCommitmentStatus(c.id(), CommitmentStatus.FULFILLED, day(2022, 5, 31), "Done");
            }
        }
        i = i.deliver(EmileBaslyPlayground.COUNCILLOR, at(day(2022, 6, 3), 17), "Playground greened")
                .startStewardship(EmileBaslyPlayground.SCHOOL, at(day(2022, 6, 3), 18), "Upkeep begins")
                .recordCommitmentStatus("school-upkeep", CommitmentStatus.IN_PROGRESS, day(2022, 6, 3), "Rota set up")
                .recordCommitmentStatus("parents-summer-watering", CommitmentStatus.IN_PROGRESS, day(2022, 6, 3), "Rota set up")
                .recordCommitmentStatus("school-upkeep", CommitmentStatus.BREACHED, day(2022, 8, 1), "Holidays");
        i = breachRound(i, "school-upkeep", day(2022, 8, 1), day(2022, 8, 5));
        i = i.recordCommitmentStatus("parents-summer-watering", CommitmentStatus.BREACHED, day(2022, 9, 1), "Dry month");
        i = breachRound(i, "parents-summer-watering", day(2022, 9, 1), day(2022, 9, 3));
        return i.recordCommitmentStatus("school-upkeep", CommitmentStatus.FULFILLED, END, "Kept until the end")
                .recordCommitmentStatus("parents-summer-watering", CommitmentStatus.FULFILLED, END, "Kept until the end")
                .close(EmileBaslyPlayground.COUNCILLOR, at(day(2023, 7, 3), 10), "Convention ended");
    }

    private static Initiative breachRound(Initiative i, String commitment, LocalDate breached, LocalDate remedied) {
        return i.suspend(EmileBaslyPlayground.COUNCILLOR, at(breached, 18), "Commitment " + commitment + " breached")
                .recordCommitmentStatus(commitment, CommitmentStatus.IN_PROGRESS, remedied, "Taken up again")
                .resume(EmileBaslyPlayground.COUNCILLOR, at(remedied, 18), "Remedied");
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    /**
     * The realistic initiative with its convention grown to a number of commitments (for the
     * growth of validation), the extra ones being settled pieces of advice.
     *
     * @param commitments the number of commitments, at least 10
     * @return the initiative, valid
     */
    public static Initiative withCommitments(int commitments) {
        Initiative base = initiative();
        Convention convention = base.convention().orElseThrow();
        List<Commitment> all = new ArrayList<>(convention.commitments());
        for (int k = all.size(); k < commitments; k++) {
            all.add(Commitment.builder().withId("advice-" + k).withSide(Side.TOWN).withResponsible(LoosEnGohelle.MUNICIPALITY)
                    .withKind(CommitmentKind.ADVICE).withDescription("Advice session " + k)
                    .addHistory(StatusChange.of(CommitmentStatus.PLANNED, CommitmentStatus.FULFILLED, day(2022, 5, 31), "Given"))
                    .build());
        }
        return Initiative.builder().from(base).withConvention(Convention.builder().from(convention).withCommitments(all).build()).build();
    }

    /**
     * The evaluation of the realistic initiative.
     *
     * @return the evaluation, valid
     */
    public static Evaluation evaluation() {
        return EmileBaslyPlayground.narrativeEvaluation();
    }
}
