package io.github.loosmethod.validation;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Everything the validator or a lifecycle guard found wrong with a record, all at once
 * (<em>rapport de validation</em>).
 *
 * <p>A report is <em>valid</em> when it holds no {@link Severity#ERROR}; warnings do not make a
 * record invalid. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ValidationReport {

    ValidationReport() {
        // Only the generated implementation extends this type.
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableValidationReport.Builder builder() {
        return ImmutableValidationReport.builder();
    }

    /**
     * Returns the report with no violation.
     *
     * @return an empty report, never null
     */
    public static ValidationReport clean() {
        return of(List.of());
    }

    /**
     * Creates a report.
     *
     * @param violations the violations, in the order found, not null
     * @return the report, never null
     * @throws NullPointerException if {@code violations} or an element is null
     */
    public static ValidationReport of(Collection<Violation> violations) {
        return ImmutableValidationReport.builder().addAllViolations(Objects.requireNonNull(violations, "violations")).build();
    }

    /**
     * Returns every violation found, in the order of the rule catalogue and of the record.
     *
     * @return the violations, unmodifiable, never null
     */
    public abstract List<Violation> violations();

    /**
     * Returns the version of the rule catalogue that judged the record: {@link Rule#CATALOGUE_VERSION}
     * for {@code validate()}, an older one for a record judged as of its own catalogue.
     *
     * @return the version, 1 or more
     */
    @Value.Default
    public int catalogueVersion() {
        return Rule.CATALOGUE_VERSION;
    }

    /**
     * Tells whether the record satisfies every rule that is an error when broken.
     *
     * @return true if there is no violation of severity {@link Severity#ERROR}
     */
    public final boolean isValid() {
        return violations().stream().noneMatch(v -> v.severity() == Severity.ERROR);
    }

    /**
     * Returns the violations of severity {@link Severity#ERROR}.
     *
     * @return the errors, unmodifiable, never null
     */
    public final List<Violation> errors() {
        return violations().stream().filter(v -> v.severity() == Severity.ERROR).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the ids of the rules broken, sorted.
     *
     * @return the ids, unmodifiable, never null
     */
    public final Set<String> ruleIds() {
        TreeSet<String> ids = violations().stream().map(Violation::ruleId).collect(Collectors.toCollection(TreeSet::new));
        return java.util.Collections.unmodifiableSet(ids);
    }

    /**
     * Returns the violations of one rule.
     *
     * @param rule the rule, not null
     * @return the violations, unmodifiable, never null
     * @throws NullPointerException if {@code rule} is null
     */
    public final List<Violation> of(Rule rule) {
        Objects.requireNonNull(rule, "rule");
        return violations().stream().filter(v -> v.rule() == rule).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Renders the report one violation per line, for logs and exception messages.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        if (violations().isEmpty()) {
            return "no violation";
        }
        return violations().stream().map(Violation::toString).collect(Collectors.joining("\n"));
    }

    @Value.Check
    final void checkInvariants() {
        io.github.loosmethod.InvalidValueException.requireThat(catalogueVersion() >= 1, "catalogueVersion", catalogueVersion(),
                "invariant.fromOne");
    }
}
