package io.github.loosmethod.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.loosmethod.InvalidValueException;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import io.github.loosmethod.testkit.cases.StreetFlowerBoxes;
import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ContributionReportTest {

    @Test
    void each_side_is_reported_by_kind_status_and_unit() {
        ContributionReport report = EmileBaslyPlayground.closed().convention().orElseThrow().contributions();

        SideContribution town = report.of(Side.TOWN);
        SideContribution applicants = report.of(Side.APPLICANTS);
        assertThat(town.commitmentCount()).isEqualTo(2);
        assertThat(applicants.commitmentCount()).isEqualTo(4);
        assertThat(town.countByKind()).containsEntry(CommitmentKind.EQUIPMENT_LOAN, 1).containsEntry(CommitmentKind.TECHNICAL_SUPPORT, 1);
        assertThat(applicants.countByKind()).containsEntry(CommitmentKind.REALISATION, 2);
        assertThat(town.total(QuantityUnit.HOURS)).isEqualByComparingTo("16");
        assertThat(applicants.total(QuantityUnit.HOURS)).isEqualByComparingTo("120");
        assertThat(applicants.total(QuantityUnit.SQUARE_METRES)).isEqualByComparingTo("150");
        assertThat(town.total(QuantityUnit.EUROS)).isEqualByComparingTo("0");
        assertThat(applicants.count(CommitmentStatus.FULFILLED)).isEqualTo(4);
        assertThat(town.count(CommitmentStatus.BREACHED)).isZero();
        assertThat(report.shareOf(Side.APPLICANTS, QuantityUnit.HOURS)).contains(new BigDecimal("0.8824"));
        assertThat(report.shareOf(Side.TOWN, QuantityUnit.EUROS)).isEmpty();
    }

    @Test
    void quantities_of_one_unit_add_up_exactly() {
        Convention convention = Convention.builder().from(StreetFlowerBoxes.convention())
                .addCommitment(Commitment.builder().withId("extra").withSide(Side.TOWN)
                        .withResponsible(io.github.loosmethod.testkit.cases.LoosEnGohelle.MUNICIPALITY).withKind(CommitmentKind.FUNDING)
                        .withDescription("Potting soil").withQuantity(Quantity.of(new BigDecimal("0.1"), QuantityUnit.EUROS)).build())
                .build();

        assertThat(convention.contributions().of(Side.TOWN).total(QuantityUnit.EUROS)).isEqualTo(new BigDecimal("640.6"));
    }

    @Test
    void an_empty_convention_reports_both_sides_with_nothing() {
        ContributionReport report = ContributionReport.of(List.of());

        assertThat(report.sides()).containsOnlyKeys(Side.TOWN, Side.APPLICANTS);
        assertThat(report.of(Side.TOWN).commitmentCount()).isZero();
        assertThat(report.of(Side.APPLICANTS).totals()).isEmpty();
    }

    private static ImmutableSideContribution.Builder town() {
        return SideContribution.builder().withSide(Side.TOWN).withCommitmentCount(2).putCountByKind(CommitmentKind.FUNDING, 2)
                .putCountByStatu(CommitmentStatus.PLANNED, 2).putTotal(QuantityUnit.EUROS, new BigDecimal("640.5"));
    }

    private static SideContribution applicants() {
        return SideContribution.builder().withSide(Side.APPLICANTS).withCommitmentCount(0).build();
    }

    @Test
    void a_side_contribution_refuses_negative_counts_and_totals() {
        assertRefused(town().withCommitmentCount(-1)::build, "commitmentCount");
        assertRefused(town().putCountByKind(CommitmentKind.ADVICE, -1)::build, "countByKind[ADVICE]");
        assertRefused(town().putCountByStatu(CommitmentStatus.BREACHED, -1)::build, "countByStatus[BREACHED]");
        assertRefused(town().putTotal(QuantityUnit.HOURS, new BigDecimal("-0.5"))::build, "totals[HOURS]");
        assertRefused(town().putTotal(QuantityUnit.HOURS, new BigDecimal("0.00001"))::build, "totals[HOURS]");
        assertRefused(town().putTotal(QuantityUnit.HOURS, new BigDecimal("1E+40"))::build, "totals[HOURS]");
    }

    @Test
    void a_side_contribution_keeps_its_totals_canonical() {
        SideContribution padded = town().putTotal(QuantityUnit.EUROS, new BigDecimal("640.50")).build();
        SideContribution exponent = town().putTotal(QuantityUnit.EUROS, new BigDecimal("6.405E+2")).build();

        assertThat(padded).isEqualTo(town().build()).hasSameHashCodeAs(town().build());
        assertThat(exponent).isEqualTo(town().build());
        assertThat(padded.total(QuantityUnit.EUROS).toString()).isEqualTo("640.5");
        assertThat(town().putTotal(QuantityUnit.EUROS, new BigDecimal("1E+3")).build().total(QuantityUnit.EUROS).toString())
                .isEqualTo("1000");
    }

    @Test
    void a_report_holds_both_sides_each_under_its_own_key() {
        assertRefused(ContributionReport.builder().putSide(Side.TOWN, town().build())::build, "sides");
        assertRefused(ContributionReport.builder().putSide(Side.APPLICANTS, applicants())::build, "sides");
        assertRefused(ContributionReport.builder().putSide(Side.TOWN, applicants()).putSide(Side.APPLICANTS, applicants())::build,
                "sides[TOWN].side");
        assertRefused(ContributionReport.builder().putSide(Side.TOWN, town().build()).putSide(Side.APPLICANTS, town().build())::build,
                "sides[APPLICANTS].side");
        ContributionReport both = ContributionReport.builder().putSide(Side.APPLICANTS, applicants()).putSide(Side.TOWN, town().build())
                .build();
        assertThat(both.of(Side.TOWN).total(QuantityUnit.EUROS)).isEqualTo(new BigDecimal("640.5"));
    }

    private static void assertRefused(ThrowingCallable construction, String field) {
        InvalidValueException refused = catchThrowableOfType(InvalidValueException.class, construction);

        assertThat(refused).as(field).isNotNull();
        assertThat(refused.field()).isEqualTo(field);
    }
}
