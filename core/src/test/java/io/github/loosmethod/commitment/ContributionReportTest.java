package io.github.loosmethod.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import io.github.loosmethod.testkit.cases.StreetFlowerBoxes;
import java.math.BigDecimal;
import java.util.List;
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
}
