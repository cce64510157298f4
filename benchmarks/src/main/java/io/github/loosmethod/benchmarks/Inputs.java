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
import io.github.loosmethod.initiative.InitiativeKind;
import io.github.loosmethod.interchange.PortfolioWriter;
import io.github.loosmethod.serialization.LoosJson;
import io.github.loosmethod.testkit.ValidRecords;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The inputs of the benchmarks. The headline figures are measured on <em>generated</em> records
 * with the variety of real ones (the testkit's {@link ValidRecords}, one fixed seed): the four
 * kinds at every status, from a bare draft to a closed convention with its commitments' histories,
 * French, Greek, Chinese and emoji texts — rather than on copies of one document, which would let
 * the branch predictor and the caches learn it. The École Émile-Basly fifty-fifty grown to a
 * convention of 10 commitments and an audit trail of 20 events, built through the public
 * lifecycle, remains the input of the validation growth and of the earlier tables.
 */
public final class Inputs {

    /** The seed of every generated input: two runs measure the same records. */
    static final long SEED = 2026;

    /** The number of distinct generated documents the single-document benchmarks go through in turn. */
    static final int POOL = 1_000;

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

    /**
     * The generated initiatives, the same on every call.
     *
     * @param count how many
     * @return the initiatives, valid, in the generator's order
     */
    static List<Initiative> generated(int count) {
        ValidRecords records = ValidRecords.withSeed(SEED);
        List<Initiative> initiatives = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            initiatives.add(records.initiative());
        }
        return initiatives;
    }

    /**
     * Describes a set of generated initiatives as they are written: sizes, kinds, commitments,
     * events and the share of documents with text beyond ASCII.
     *
     * @param initiatives the initiatives
     * @return one sentence, for the table's inputs line
     */
    static String describe(List<Initiative> initiatives) {
        LoosJson json = LoosJson.strict();
        int[] sizes = new int[initiatives.size()];
        int[] commitments = new int[sizes.length];
        int[] events = new int[sizes.length];
        Map<InitiativeKind, Integer> kinds = new EnumMap<>(InitiativeKind.class);
        int beyondAscii = 0;
        long total = 0;
        for (int n = 0; n < sizes.length; n++) {
            Initiative initiative = initiatives.get(n);
            String text = json.writeAsString(initiative);
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            sizes[n] = bytes.length;
            total += bytes.length;
            beyondAscii += bytes.length != text.length() || text.contains("\\u") ? 1 : 0;
            commitments[n] = initiative.convention().map(c -> c.commitments().size()).orElse(0);
            events[n] = initiative.history().size();
            kinds.merge(initiative.kind(), 1, Integer::sum);
        }
        StringBuilder kindCounts = new StringBuilder();
        kinds.forEach((kind, count) -> kindCounts.append(kindCounts.length() == 0 ? "" : ", ").append(count).append(' ')
                .append(kind.name().toLowerCase(Locale.ROOT)));
        return String.format(Locale.ROOT,
                "%,d generated initiatives (ValidRecords, seed %d): %s; %,d bytes on average (min %,d, median %,d, max %,d); "
                        + "%s commitments, %s lifecycle events; %d %% with text beyond ASCII",
                sizes.length, SEED, kindCounts, total / sizes.length, min(sizes), median(sizes), max(sizes), range(commitments),
                range(events), Math.round(100.0 * beyondAscii / sizes.length));
    }

    private static String range(int[] values) {
        return String.format(Locale.ROOT, "%d to %d (median %d)", min(values), max(values), median(values));
    }

    private static int min(int[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    private static int max(int[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    private static int median(int[] values) {
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    }

    /**
     * The generated portfolio of a number of lines, as a JSON Lines file written once and kept in
     * the system's temporary folder (its name says the seed and the size), so that every fork of
     * every portfolio benchmark reads the same file without generating it again.
     *
     * @param lines the number of initiatives
     * @return the file
     * @throws UncheckedIOException if it cannot be written
     */
    static Path portfolio(int lines) {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "loos-bench-" + SEED + "-" + lines + ".jsonl");
        if (Files.isRegularFile(file)) {
            return file;
        }
        try {
            Path partial = Files.createTempFile(file.getParent(), "loos-bench-", ".partial");
            ValidRecords records = ValidRecords.withSeed(SEED);
            try (OutputStream out = Files.newOutputStream(partial); PortfolioWriter writer = LoosJson.strict().portfolioWriter(out)) {
                for (int n = 0; n < lines; n++) {
                    writer.write(records.initiative());
                }
            }
            // Moved in place only when whole: a benchmark interrupted while writing leaves no short file behind.
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the benchmark portfolio " + file, e);
        }
    }
}
