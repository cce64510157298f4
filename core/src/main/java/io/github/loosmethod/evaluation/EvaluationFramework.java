package io.github.loosmethod.evaluation;

import static io.github.loosmethod.InvalidValueException.requireDistinct;
import static io.github.loosmethod.InvalidValueException.requireNonBlank;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named, versioned set of weighted criteria (<em>référentiel d'évaluation</em>). Towns use a
 * built-in catalogue as it is ({@link #of(Catalogue)}), or define their own and combine catalogues
 * with the builder.
 *
 * <p>Invariants, refused at construction with {@link io.github.loosmethod.InvalidValueException}:
 * id, name and version are not blank; criterion codes are distinct. Instances are immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class EvaluationFramework {

    EvaluationFramework() {
        // Only the generated implementation extends this type.
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableEvaluationFramework.Builder builder() {
        return ImmutableEvaluationFramework.builder();
    }

    /**
     * Returns the framework made of one catalogue, every criterion weighing 1.
     *
     * @param catalogue the catalogue, not null
     * @return the framework, with the catalogue's name as id, never null
     * @throws NullPointerException if {@code catalogue} is null
     */
    public static EvaluationFramework of(Catalogue catalogue) {
        Objects.requireNonNull(catalogue, "catalogue");
        ImmutableEvaluationFramework.Builder builder = builder().withId(catalogue.name())
                .withName(catalogue.title().english()).withVersion(catalogue.version());
        catalogue.criteria().forEach(c -> builder.addCriterion(WeightedCriterion.of(c, BigDecimal.ONE)));
        return builder.build();
    }

    /**
     * Returns the identifier of the framework.
     *
     * @return the id, never blank
     */
    public abstract String id();

    /**
     * Returns the framework's name.
     *
     * @return the name, never blank
     */
    public abstract String name();

    /**
     * Returns the version, so that evaluations made with different versions are not confused.
     *
     * @return the version, never blank
     */
    public abstract String version();

    /**
     * Returns the weighted criteria, in order.
     *
     * @return the criteria, unmodifiable, never null
     */
    public abstract java.util.List<WeightedCriterion> criteria();

    /**
     * Finds a criterion by its code.
     *
     * @param code the code, not null
     * @return the weighted criterion, or empty if the framework has none with that code
     * @throws NullPointerException if {@code code} is null
     */
    public Optional<WeightedCriterion> criterion(String code) {
        Objects.requireNonNull(code, "code");
        return criteria().stream().filter(c -> c.criterion().code().equals(code)).findFirst();
    }

    @Value.Check
    final void checkInvariants() {
        requireNonBlank("id", id());
        requireNonBlank("name", name());
        requireNonBlank("version", version());
        requireDistinct("criteria", criteria(), c -> c.criterion().code());
    }
}
