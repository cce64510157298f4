package io.github.loosmethod.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Confidence intervals of benchmark speeds and of their ratios, by a hierarchical bootstrap over
 * JMH's raw measurements: forks are drawn with replacement, then iterations within each drawn
 * fork. Drawing forks first matters on this kind of machine: two JVMs running the same code
 * differ more (the JIT decides differently in each) than two iterations of one JVM, and JMH's own
 * error, computed over all iterations as if they were independent, hides that.
 *
 * <p>A ratio of two benchmarks draws each side independently (they ran in different JVMs) and
 * takes the ratio of the two drawn means; its interval is the percentile interval of those ratios.
 * The resampling uses a fixed seed, so that one JMH result always gives the same table.
 */
final class Statistics {

    /** The confidence level of every interval printed. */
    static final double LEVEL = 0.95;

    private static final int RESAMPLES = 10_000;
    private static final long SEED = 19;

    private Statistics() {
    }

    /**
     * The raw measurements of one benchmark, as a speed: per fork, the scores of its measured
     * iterations; {@code higherIsFaster} is false for times (JMH's average-time mode), whose
     * speed is the inverse of their mean.
     *
     * @param forks the scores per fork, at least one fork of at least one score
     * @param higherIsFaster whether the scores are rates (true) or times (false)
     */
    record Sample(List<double[]> forks, boolean higherIsFaster) {

        Sample {
            forks = List.copyOf(forks);
            if (forks.isEmpty() || forks.stream().anyMatch(f -> f.length == 0)) {
                throw new IllegalArgumentException("a sample needs at least one fork of at least one score");
            }
        }

        /** The mean of every score, forks weighted by their number of iterations. */
        double mean() {
            double sum = 0;
            int n = 0;
            for (double[] fork : forks) {
                for (double v : fork) {
                    sum += v;
                    n++;
                }
            }
            return sum / n;
        }

        /** The speed: the mean score for rates, its inverse for times (in the inverse unit). */
        double speed() {
            return speed(mean());
        }

        double speed(double mean) {
            return higherIsFaster ? mean : 1 / mean;
        }

        /** One bootstrap draw of the mean: forks with replacement, then iterations within them. */
        double drawMean(SplittableRandom random) {
            double sum = 0;
            int n = 0;
            for (int f = 0; f < forks.size(); f++) {
                double[] fork = forks.get(random.nextInt(forks.size()));
                for (int i = 0; i < fork.length; i++) {
                    sum += fork[random.nextInt(fork.length)];
                    n++;
                }
            }
            return sum / n;
        }
    }

    /**
     * An estimate with its confidence interval.
     *
     * @param value the point estimate (from all the measurements)
     * @param low the interval's lower bound
     * @param high the interval's upper bound
     */
    record Estimate(double value, double low, double high) {

        /**
         * Says whether a target is met: only when the whole interval clears it.
         *
         * @param target the least acceptable value
         * @return {@code "met"} if the lower bound is at least the target, {@code "missed"} if the
         *         upper bound is below it, else {@code "not shown"} (the interval straddles it)
         */
        String against(double target) {
            if (low >= target) {
                return "met";
            }
            return high < target ? "missed" : "not shown";
        }

        /** The estimate as {@code 1.23 [1.10, 1.31]}, with a given number of decimals. */
        String format(int decimals) {
            String number = "%,." + decimals + "f";
            return String.format(Locale.ROOT, number + " [" + number + ", " + number + "]", value, low, high);
        }
    }

    /**
     * The speed of one benchmark with its interval.
     *
     * @param sample the measurements
     * @return the speed, in the unit of the scores (or its inverse for times)
     */
    static Estimate speed(Sample sample) {
        return interval(sample.speed(), random -> sample.speed(sample.drawMean(random)));
    }

    /**
     * The ratio of two speeds, {@code a / b}, with its interval.
     *
     * @param a the numerator's measurements
     * @param b the denominator's measurements
     * @return the ratio of the speeds
     */
    static Estimate ratio(Sample a, Sample b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return interval(a.speed() / b.speed(),
                random -> a.speed(a.drawMean(random)) / b.speed(b.drawMean(random)));
    }

    private static Estimate interval(double value, ToDoubleFunction<SplittableRandom> draw) {
        SplittableRandom random = new SplittableRandom(SEED);
        double[] draws = new double[RESAMPLES];
        for (int i = 0; i < RESAMPLES; i++) {
            draws[i] = draw.applyAsDouble(random);
        }
        java.util.Arrays.sort(draws);
        double tail = (1 - LEVEL) / 2;
        return new Estimate(value, draws[(int) Math.floor(tail * (RESAMPLES - 1))],
                draws[(int) Math.ceil((1 - tail) * (RESAMPLES - 1))]);
    }
}
