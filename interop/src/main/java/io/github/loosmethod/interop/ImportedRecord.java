package io.github.loosmethod.interop;

import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.provenance.Source;
import io.github.loosmethod.validation.ValidationReport;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One record of a source, imported (<em>fiche importée</em>): where it came from, the initiative
 * built from it — or none, with the {@link LossCategory#REFUSED_RECORD} entry saying why —, what
 * the rules of the method find in it, and every value that was not carried over as it was.
 *
 * <p>An initiative built reads back with the strict reader: an adapter never builds one that
 * breaks a rule of the method with an error.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param source where the record was read, not null
 * @param initiative the initiative built, or empty when the record was refused
 * @param validation what the rules of the method find in the initiative; empty when none was built
 * @param losses every value not carried over as it was, in the order of the source; unmodifiable
 */
public record ImportedRecord(Source source, Optional<Initiative> initiative, ValidationReport validation, List<Loss> losses) {

    /**
     * Creates an imported record.
     *
     * @param source where the record was read, not null
     * @param initiative the initiative built, or empty when the record was refused
     * @param validation what the rules of the method find in the initiative; empty when none was built
     * @param losses every value not carried over as it was, in the order of the source; unmodifiable
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if no initiative was built and no entry says why
     */
    public ImportedRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(initiative, "initiative");
        Objects.requireNonNull(validation, "validation");
        losses = List.copyOf(losses);
        if (initiative.isEmpty() && losses.stream().noneMatch(loss -> loss.category() == LossCategory.REFUSED_RECORD)) {
            throw new IllegalArgumentException("a record refused says why, with a refused_record entry");
        }
    }

    /**
     * Tells whether an initiative was built.
     *
     * @return true if {@link #initiative()} holds one
     */
    public boolean built() {
        return initiative.isPresent();
    }
}
