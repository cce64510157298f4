package io.github.loosmethod.interchange;

import io.github.loosmethod.validation.ValidationReport;
import java.util.Objects;

/**
 * A value read without being refused for the rules of the method, with the report of the rules it
 * breaks (<em>valeur et rapport</em>): what a host stores and reloads when it keeps drafts, imports
 * and records judged by an older catalogue, so that nothing is lost by reading. The value is well
 * formed and meets every invariant; only the rules are reported rather than refused.
 *
 * <pre>{@code
 * Checked<Initiative> draft = LoosJson.strict().readChecked(bytes, Initiative.class);
 * store(draft.value());
 * draft.report().errors().forEach(v -> show(v.ruleId(), v.path(), v.message(locale)));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe when their value is.
 *
 * @param <T> the type of the value
 */
public final class Checked<T> {

    private final T value;
    private final ValidationReport report;

    private Checked(T value, ValidationReport report) {
        this.value = Objects.requireNonNull(value, "value");
        this.report = Objects.requireNonNull(report, "report");
    }

    /**
     * Pairs a value with its report.
     *
     * @param <T> the type of the value
     * @param value the value, not null
     * @param report what the rules of the method found in it, not null
     * @return the pair, never null
     * @throws NullPointerException if an argument is null
     */
    public static <T> Checked<T> of(T value, ValidationReport report) {
        return new Checked<>(value, report);
    }

    /**
     * Returns the value read.
     *
     * @return the value, never null
     */
    public T value() {
        return value;
    }

    /**
     * Returns every rule of the current catalogue the value breaks; empty for a type the rules do
     * not judge (an actor, a convention on its own).
     *
     * @return the report, never null
     */
    public ValidationReport report() {
        return report;
    }

    /**
     * Tells whether the value breaks no rule as an error.
     *
     * @return {@code report().isValid()}
     */
    public boolean isValid() {
        return report.isValid();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Checked && ((Checked<?>) other).value.equals(value) && ((Checked<?>) other).report.equals(report);
    }

    @Override
    public int hashCode() {
        return value.hashCode() * 31 + report.hashCode();
    }

    @Override
    public String toString() {
        return "Checked[" + value + ", " + report + "]";
    }
}
