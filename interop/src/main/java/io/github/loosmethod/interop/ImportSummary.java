package io.github.loosmethod.interop;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The counts of an import (<em>bilan d'import</em>): records read, records built (initiatives, or
 * the evaluation subjects of an import of cases), records refused, and entries of the loss report
 * by category (every category, zero included).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param records the records read, at least {@code built + refused}
 * @param built the records built: initiatives, or evaluation subjects
 * @param refused the records from which nothing was built
 * @param byCategory the number of entries of each category, every category present; unmodifiable
 */
public record ImportSummary(long records, long built, long refused, Map<LossCategory, Long> byCategory) {

    /**
     * Creates a summary.
     *
     * @param records the records read, at least {@code built + refused}
     * @param built the records built: initiatives, or evaluation subjects
     * @param refused the records from which nothing was built
     * @param byCategory the number of entries of each category, every category present; unmodifiable
     * @throws NullPointerException if {@code byCategory} is null
     * @throws IllegalArgumentException if a count is negative, the records are fewer than built and
     *         refused together, or a category is missing
     */
    public ImportSummary {
        Objects.requireNonNull(byCategory, "byCategory");
        if (built < 0 || refused < 0 || records < built + refused || !byCategory.keySet().containsAll(java.util.EnumSet.allOf(LossCategory.class))
                || byCategory.values().stream().anyMatch(count -> count < 0)) {
            throw new IllegalArgumentException("impossible counts: " + records + " records, " + built + " built, " + refused
                    + " refused, " + byCategory);
        }
        byCategory = Collections.unmodifiableMap(new EnumMap<>(byCategory));
    }

    /**
     * Counts imported records as they come: the one place where a summary is added up. Not
     * thread-safe.
     */
    public static final class Tally {
        private long records;
        private long built;
        private long refused;
        private final long[] byCategory = new long[LossCategory.values().length];

        /** Creates an empty tally. */
        public Tally() {
            // Counts start at zero.
        }

        /**
         * Counts a record and its losses.
         *
         * @param record the record, not null
         */
        public void add(ImportedRecord record) {
            add(record.built(), record.losses());
        }

        /**
         * Counts a record that is not an initiative (a case imported as an evaluation subject) and
         * its losses.
         *
         * @param recordBuilt whether something was built from it
         * @param losses its losses, not null
         */
        public void add(boolean recordBuilt, java.util.List<Loss> losses) {
            records++;
            if (recordBuilt) {
                built++;
            } else {
                refused++;
            }
            losses.forEach(loss -> byCategory[loss.category().ordinal()]++);
        }

        /**
         * Returns the counts so far.
         *
         * @return the summary, never null
         */
        public ImportSummary summary() {
            Map<LossCategory, Long> counts = new EnumMap<>(LossCategory.class);
            for (LossCategory category : LossCategory.values()) {
                counts.put(category, byCategory[category.ordinal()]);
            }
            return new ImportSummary(records, built, refused, counts);
        }
    }
}
