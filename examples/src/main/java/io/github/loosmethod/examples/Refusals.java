package io.github.loosmethod.examples;

import io.github.loosmethod.Language;
import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import io.github.loosmethod.testkit.cases.LoosEnGohelle;
import io.github.loosmethod.commitment.Commitment;
import io.github.loosmethod.commitment.CommitmentKind;
import io.github.loosmethod.commitment.CommitmentStatus;
import io.github.loosmethod.commitment.Convention;
import io.github.loosmethod.commitment.Side;
import io.github.loosmethod.commitment.Signature;
import io.github.loosmethod.initiative.DecisionOutcome;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.Purpose;
import io.github.loosmethod.initiative.Decision;
import io.github.loosmethod.initiative.TransitionRefusedException;
import io.github.loosmethod.involvement.CoConstructionLevel;
import io.github.loosmethod.involvement.ProjectPhase;
import io.github.loosmethod.validation.ValidationReport;
import io.github.loosmethod.validation.Violation;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/**
 * The Émile-Basly playground with the rules of the method broken one at a time, each refusal shown
 * as a host system would display it to a clerk: the rule's id and title, where the problem is,
 * and the message, in English or French.
 *
 * <p>Usage: {@code Refusals [--lang en|fr]}. {@code --help} prints the usage; bad arguments print a
 * one-line error and the usage on stderr and exit with status 2.
 */
public final class Refusals {

    private final PrintStream out;
    private final Locale locale;

    Refusals(PrintStream out, Locale locale) {
        this.out = out;
        this.locale = locale;
    }

    /**
     * Shows the refusals and exits with status 0 (2 for bad arguments).
     *
     * @param args {@code --lang en|fr}, {@code --help}, or nothing
     */
    public static void main(String[] args) {
        System.exit(run(args, Cli.stdout(), Cli.stderr()));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return Cli.run(new Options(out, err), args);
    }

    /** The command line: nothing but the shared options. */
    @Command(name = "Refusals")
    private static final class Options extends Cli.Program {

        Options(PrintStream out, PrintStream err) {
            super(out, err);
        }

        @Override
        int execute() {
            new Refusals(out, locale()).run();
            return Cli.OK;
        }
    }

    /** One way of breaking the case: a record checked by the validator, or an operation refused by the lifecycle. */
    private static final class Break {
        final String english;
        final String french;
        final Supplier<ValidationReport> outcome;

        Break(String english, String french, Supplier<ValidationReport> outcome) {
            this.english = english;
            this.french = french;
            this.outcome = outcome;
        }
    }

    private static Break record(String english, String french, Supplier<Initiative> broken) {
        return new Break(english, french, () -> broken.get().validate());
    }

    private static Break operation(String english, String french, Supplier<Initiative> attempt) {
        return new Break(english, french, () -> {
            try {
                attempt.get();
                return ValidationReport.clean();
            } catch (TransitionRefusedException refused) {
                return refused.report();
            }
        });
    }

    private static Initiative commitment(Initiative initiative, String id, Function<Commitment, Commitment> edit) {
        Convention convention = initiative.convention().orElseThrow();
        return Initiative.builder().from(initiative).withConvention(Convention.builder().from(convention)
                .withCommitments(convention.commitments().stream().map(c -> c.id().equals(id) ? edit.apply(c) : c)
                        .collect(Collectors.toList())).build()).build();
    }

    private static List<Break> breaks() {
        Actor services = LoosEnGohelle.TECHNICAL_SERVICES;
        return List.of(
                record("The town itself applies", "La commune porte elle-même le projet", () -> Initiative.builder()
                        .from(EmileBaslyPlayground.draft()).withApplicants(List.of(LoosEnGohelle.MUNICIPALITY)).build()),
                record("No general-interest statement", "Pas d'énoncé d'intérêt général", () -> Initiative.builder()
                        .from(EmileBaslyPlayground.draft()).withPurpose(Purpose.of("Shade in the playground.", "")).build()),
                operation("The technical services accept the request", "Les services techniques acceptent la demande",
                        () -> EmileBaslyPlayground.underAssessment().accept(Decision.of(services,
                                LoosEnGohelle.at(LocalDate.of(2022, 3, 7), 18), DecisionOutcome.ACCEPTED, "Looks fine"))),
                operation("Works start before the signatures", "Les travaux commencent avant les signatures",
                        () -> EmileBaslyPlayground.conventionDrafted().startWork(EmileBaslyPlayground.PARENTS,
                                LoosEnGohelle.at(LocalDate.of(2022, 3, 20), 8), "Impatient")),
                record("The town commits to nothing", "La commune ne s'engage à rien", () -> {
                    Initiative closed = EmileBaslyPlayground.closed();
                    Convention convention = closed.convention().orElseThrow();
                    return Initiative.builder().from(closed).withConvention(Convention.builder().from(convention)
                            .withCommitments(convention.commitmentsOf(Side.APPLICANTS)).build()).build();
                }),
                record("The technical services do the greening alone", "Les services techniques végétalisent seuls",
                        () -> commitment(EmileBaslyPlayground.agreed(), "greening-together",
                                c -> Commitment.builder().from(c).withResponsible(services).build())),
                operation("The stewardship is declared done in September", "La pérennité est déclarée tenue en septembre",
                        () -> EmileBaslyPlayground.inStewardship().recordCommitmentStatus("school-upkeep",
                                CommitmentStatus.FULFILLED, LocalDate.of(2022, 9, 1), "Summer is over")),
                operation("The pupils sign without their school", "Les élèves signent sans leur école",
                        () -> EmileBaslyPlayground.conventionDrafted()
                                .sign(Signature.of(Side.APPLICANTS, EmileBaslyPlayground.PUPILS, EmileBaslyPlayground.CONVENTION_START),
                                        LoosEnGohelle.at(EmileBaslyPlayground.CONVENTION_START, 10), "Pupils sign")
                                .sign(Signature.of(Side.TOWN, EmileBaslyPlayground.COUNCILLOR, EmileBaslyPlayground.CONVENTION_START),
                                        LoosEnGohelle.at(EmileBaslyPlayground.CONVENTION_START, 12), "Councillor signs")),
                record("Co-production claimed for the diagnosis", "Co-production revendiquée pour le diagnostic",
                        () -> Initiative.builder().from(EmileBaslyPlayground.agreed()).withInvolvementPlan(EmileBaslyPlayground
                                .agreed().involvementPlan().with(ProjectPhase.DIAGNOSIS, CoConstructionLevel.CO_PRODUCTION)).build()),
                operation("The town does the works under the convention", "La commune réalise les travaux dans la convention",
                        () -> EmileBaslyPlayground.accepted().draftConvention(Convention.builder()
                                .from(EmileBaslyPlayground.convention()).addCommitment(Commitment.of("town-works", Side.TOWN,
                                        services, CommitmentKind.REALISATION, "The services green the playground")).build())),
                operation("A passer-by withdraws the request", "Un passant retire la demande",
                        () -> EmileBaslyPlayground.submitted().withdraw(Actor.of("passer-by", "A passer-by", ActorKind.RESIDENT),
                                LoosEnGohelle.at(LocalDate.of(2022, 2, 15), 9), "Not mine")));
    }

    void run() {
        boolean french = Language.of(locale) == Language.FRENCH;
        out.println(french ? "== Le cas de l'école Émile-Basly, chaque règle enfreinte à son tour"
                : "== The École Émile-Basly case, each rule broken in turn");
        int number = 0;
        for (Break broken : breaks()) {
            ValidationReport report = broken.outcome.get();
            out.println();
            out.printf("%d. %s%n", ++number, french ? broken.french : broken.english);
            if (report.violations().isEmpty()) {
                out.println(french ? "   (accepté)" : "   (accepted)");
            }
            for (Violation violation : report.violations()) {
                out.printf("   ✗ %s — %s%n", violation.ruleId(), violation.rule().title(locale));
                out.printf("     %s %s%n", french ? "où :" : "where:", violation.path());
                out.printf("     %s%n", violation.message(locale));
            }
        }
    }
}
