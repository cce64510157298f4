package io.github.loosmethod.evaluation;

import io.github.loosmethod.LocalizedText;
import org.immutables.value.Value;

/**
 * One labelled point of an ordinal scale (<em>échelon</em>), such as 3 "largely / largement".
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScalePoint {

    ScalePoint() {
        // Only the generated implementation extends this type.
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableScalePoint.Builder builder() {
        return ImmutableScalePoint.builder();
    }

    /**
     * Creates a point.
     *
     * @param value the point's value
     * @param label its label in both languages, not null
     * @return the point, never null
     * @throws NullPointerException if {@code label} is null
     */
    public static ScalePoint of(int value, LocalizedText label) {
        return builder().withValue(value).withLabel(label).build();
    }

    /**
     * Returns the point's value.
     *
     * @return the value
     */
    public abstract int value();

    /**
     * Returns the point's label.
     *
     * @return the label, never null
     */
    public abstract LocalizedText label();
}
