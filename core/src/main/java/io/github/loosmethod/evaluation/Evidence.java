package io.github.loosmethod.evaluation;

import static io.github.loosmethod.InvalidValueException.requireNonBlank;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What supports a score (<em>élément de preuve</em>): a document, a quote or a figure, with where
 * to find it.
 *
 * <p>Invariants, refused at construction with {@link io.github.loosmethod.InvalidValueException}:
 * the text and any reference are not blank. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Evidence {

    Evidence() {
        // Only the generated implementation extends this type.
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableEvidence.Builder builder() {
        return ImmutableEvidence.builder();
    }

    /**
     * Creates a piece of evidence without a reference.
     *
     * @param kind what it is, not null
     * @param text the quote, the figure or a description of the document, not blank
     * @return the evidence, never null
     * @throws io.github.loosmethod.InvalidValueException if the text is blank
     * @throws NullPointerException if an argument is null
     */
    public static Evidence of(EvidenceKind kind, String text) {
        return builder().withKind(kind).withText(text).build();
    }

    /**
     * Returns what the evidence is.
     *
     * @return the kind, never null
     */
    public abstract EvidenceKind kind();

    /**
     * Returns the evidence itself: the quote, the figure, or what the document shows.
     *
     * @return the text, never blank
     */
    public abstract String text();

    /**
     * Returns where to find it: a file name, an address, the minutes of a meeting.
     *
     * @return the reference, or empty
     */
    public abstract Optional<String> reference();

    @Value.Check
    final void checkInvariants() {
        requireNonBlank("text", text());
        reference().ifPresent(r -> requireNonBlank("reference", r));
        io.github.loosmethod.InvalidValueException.requireThat(kind() != EvidenceKind.ACTIVITY || reference().isPresent(), "reference",
                reference(), "invariant.activityEvidence");
    }
}
