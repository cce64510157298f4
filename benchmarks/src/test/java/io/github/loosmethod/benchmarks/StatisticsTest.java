package io.github.loosmethod.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StatisticsTest {

    private static Statistics.Sample rates(double... perFork) {
        return new Statistics.Sample(java.util.Arrays.stream(perFork).mapToObj(v -> new double[] {v * 0.99, v, v * 1.01}).toList(),
                true);
    }

    @Test
    void aRatioOfIdenticalMeasurementsIsOneWithANarrowInterval() {
        Statistics.Estimate ratio = Statistics.ratio(rates(100, 101, 99, 100, 100), rates(100, 101, 99, 100, 100));

        assertThat(ratio.value()).isCloseTo(1.0, within(1e-12));
        assertThat(ratio.low()).isLessThan(1.0).isGreaterThan(0.98);
        assertThat(ratio.high()).isGreaterThan(1.0).isLessThan(1.02);
    }

    @Test
    void timesAreTurnedIntoSpeedsBeforeTheRatio() {
        Statistics.Sample fast = new Statistics.Sample(List.of(new double[] {1.0, 1.0}, new double[] {1.0, 1.0}), false);
        Statistics.Sample slow = new Statistics.Sample(List.of(new double[] {4.0, 4.0}, new double[] {4.0, 4.0}), false);

        Statistics.Estimate ratio = Statistics.ratio(fast, slow);

        assertThat(ratio.value()).isEqualTo(4.0);
        assertThat(ratio.low()).isEqualTo(4.0);
        assertThat(ratio.high()).isEqualTo(4.0);
    }

    @Test
    void theIntervalWidensWithTheDifferencesBetweenForks() {
        Statistics.Estimate steady = Statistics.speed(rates(100, 100, 100, 100, 100));
        Statistics.Estimate scattered = Statistics.speed(rates(70, 130, 90, 110, 100));

        assertThat(scattered.high() - scattered.low()).isGreaterThan(10 * (steady.high() - steady.low()));
        // Between-fork spread dominates: the interval is about the spread of fork means over √5, not of single scores.
        assertThat(scattered.low()).isLessThan(95);
        assertThat(scattered.high()).isGreaterThan(105);
    }

    @Test
    void aTargetIsMetOnlyWhenTheWholeIntervalClearsIt() {
        assertThat(new Statistics.Estimate(1.2, 1.05, 1.3).against(1.0)).isEqualTo("met");
        assertThat(new Statistics.Estimate(1.2, 1.0, 1.3).against(1.0)).isEqualTo("met");
        assertThat(new Statistics.Estimate(1.1, 0.95, 1.3).against(1.0)).isEqualTo("not shown");
        assertThat(new Statistics.Estimate(0.9, 0.8, 0.99).against(1.0)).isEqualTo("missed");
    }

    @Test
    void theSameMeasurementsAlwaysGiveTheSameInterval() {
        Statistics.Sample a = rates(70, 130, 90, 110, 100);
        Statistics.Sample b = rates(50, 60, 55, 65, 52);

        assertThat(Statistics.ratio(a, b)).isEqualTo(Statistics.ratio(a, b));
    }

    @Test
    void aDrawTakesAsManyScoresAsTheSampleHas() {
        Statistics.Sample sample = new Statistics.Sample(List.of(new double[] {1}, new double[] {3, 3, 3}), true);
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 200; i++) {
            // Any draw's mean lies between the smallest and the largest score.
            assertThat(sample.drawMean(random)).isBetween(1.0, 3.0);
        }
        assertThat(sample.mean()).isEqualTo(2.5);
    }

    @Test
    void aSampleNeedsAScore() {
        assertThatThrownBy(() -> new Statistics.Sample(List.of(), true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Statistics.Sample(List.of(new double[0]), true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEstimateIsPrintedWithItsInterval() {
        assertThat(new Statistics.Estimate(1.234, 1.1, 1.35).format(2)).isEqualTo("1.23 [1.10, 1.35]");
        assertThat(new Statistics.Estimate(12345.6, 12000, 13000).format(0)).isEqualTo("12,346 [12,000, 13,000]");
    }
}
