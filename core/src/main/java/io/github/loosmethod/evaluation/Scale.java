package io.github.loosmethod.evaluation;

import static io.github.loosmethod.InvalidValueException.requireThat;

import io.github.loosmethod.Decimals;
import io.github.loosmethod.LocalizedText;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The scale a criterion is scored on (<em>échelle</em>): ordinal with labelled points, yes/no,
 * percentage or count.
 *
 * <p>A scale knows which values it accepts ({@link #accepts(BigDecimal)}) and how to bring a
 * value onto a common 0–1 range so that scores on different scales can be weighed together
 * ({@link #normalise(BigDecimal, Optional)}). A count has no upper bound: it is normalised only
 * against a target.
 *
 * <p>Invariants, refused at construction with {@link io.github.loosmethod.InvalidValueException}:
 * an ordinal scale has at least two points with strictly increasing values; the other kinds have
 * none. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Scale {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    Scale() {
        // Only the generated implementation extends this type.
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableScale.Builder builder() {
        return ImmutableScale.builder();
    }

    /**
     * Creates an ordinal scale.
     *
     * @param points the points, at least two, in strictly increasing value order
     * @return the scale, never null
     * @throws io.github.loosmethod.InvalidValueException if there are fewer than two points or
     *         their values do not increase
     * @throws NullPointerException if a point is null
     */
    public static Scale ordinal(ScalePoint... points) {
        return builder().withKind(ScaleKind.ORDINAL).addPoints(points).build();
    }

    /**
     * Returns the usual four-point ordinal scale of the method's evaluations: 1 not at all,
     * 2 a little, 3 largely, 4 fully.
     *
     * @return the scale, never null
     */
    public static Scale fourPoints() {
        return ordinal(ScalePoint.of(1, LocalizedText.of("not at all", "pas du tout")),
                ScalePoint.of(2, LocalizedText.of("a little", "un peu")),
                ScalePoint.of(3, LocalizedText.of("largely", "largement")),
                ScalePoint.of(4, LocalizedText.of("fully", "pleinement")));
    }

    /**
     * Returns the yes/no scale: 1 for yes, 0 for no.
     *
     * @return the scale, never null
     */
    public static Scale yesNo() {
        return builder().withKind(ScaleKind.YES_NO).build();
    }

    /**
     * Returns the percentage scale, 0 to 100.
     *
     * @return the scale, never null
     */
    public static Scale percentage() {
        return builder().withKind(ScaleKind.PERCENTAGE).build();
    }

    /**
     * Returns the count scale: whole numbers of zero or more.
     *
     * @return the scale, never null
     */
    public static Scale count() {
        return builder().withKind(ScaleKind.COUNT).build();
    }

    /**
     * Returns the kind of scale.
     *
     * @return the kind, never null
     */
    public abstract ScaleKind kind();

    /**
     * Returns the labelled points of an ordinal scale.
     *
     * @return the points in increasing order, unmodifiable; empty for other kinds
     */
    public abstract List<ScalePoint> points();

    /**
     * Tells whether a value is on this scale: one of the points' values (ordinal), 0 or 1
     * (yes/no), between 0 and 100 inclusive (percentage), a whole number of zero or more (count).
     *
     * @param value the value, not null
     * @return true if the value is on the scale
     * @throws NullPointerException if {@code value} is null
     */
    public boolean accepts(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        switch (kind()) {
            case ORDINAL:
                return points().stream().anyMatch(p -> BigDecimal.valueOf(p.value()).compareTo(value) == 0);
            case YES_NO:
                return value.compareTo(BigDecimal.ZERO) == 0 || value.compareTo(BigDecimal.ONE) == 0;
            case PERCENTAGE:
                return value.signum() >= 0 && value.compareTo(HUNDRED) <= 0;
            default:
                return value.signum() >= 0 && value.stripTrailingZeros().scale() <= 0;
        }
    }

    /**
     * Brings a value onto the 0–1 range: the rank between the lowest and highest point
     * (ordinal), the value itself (yes/no), a hundredth of it (percentage), or its share of the
     * target capped at 1 (count).
     *
     * @param value a value this scale accepts, not null
     * @param target the criterion's target, used by counts only, not null
     * @return the normalised value between 0 and 1 rounded to 4 decimal places, in canonical form, or empty for a value
     *         the scale does not accept, or for a count without a positive target
     * @throws NullPointerException if an argument is null
     */
    public Optional<BigDecimal> normalise(BigDecimal value, Optional<BigDecimal> target) {
        Objects.requireNonNull(target, "target");
        if (!accepts(value)) {
            return Optional.empty();
        }
        BigDecimal result;
        switch (kind()) {
            case ORDINAL:
                BigDecimal low = BigDecimal.valueOf(points().get(0).value());
                BigDecimal high = BigDecimal.valueOf(points().get(points().size() - 1).value());
                result = value.subtract(low).divide(high.subtract(low), MathContext.DECIMAL64);
                break;
            case YES_NO:
                result = value;
                break;
            case PERCENTAGE:
                result = value.divide(HUNDRED, MathContext.DECIMAL64);
                break;
            default:
                if (target.isEmpty() || target.get().signum() <= 0) {
                    return Optional.empty();
                }
                result = value.divide(target.get(), MathContext.DECIMAL64).min(BigDecimal.ONE);
                break;
        }
        return Optional.of(Decimals.round("normalised value", result, 4));
    }

    @Value.Check
    final void checkInvariants() {
        if (kind() == ScaleKind.ORDINAL) {
            requireThat(points().size() >= 2, "points", points().size(), "invariant.ordinalPoints");
            for (int i = 1; i < points().size(); i++) {
                requireThat(points().get(i).value() > points().get(i - 1).value(), "points[" + i + "].value",
                        points().get(i).value(), "invariant.increasingPoints");
            }
        } else {
            requireThat(points().isEmpty(), "points", points().size(), "invariant.onlyOrdinalPoints");
        }
    }
}
