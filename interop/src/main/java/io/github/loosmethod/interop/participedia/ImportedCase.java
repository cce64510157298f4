package io.github.loosmethod.interop.participedia;

import io.github.loosmethod.evaluation.Evidence;
import io.github.loosmethod.evaluation.EvaluationSubject;
import io.github.loosmethod.interop.Loss;
import io.github.loosmethod.interop.LossCategory;
import io.github.loosmethod.interop.LossReport;
import io.github.loosmethod.involvement.InvolvementPlan;
import io.github.loosmethod.provenance.Source;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One case of Participedia, imported (<em>cas importé</em>). A case describes a programme or a
 * process somewhere in the world, not an initiative of the town's residents: it has no applicant,
 * no lifecycle and no state, so it is imported as what an evaluation judges — an
 * {@link EvaluationSubject} of kind {@code PROGRAMME} — with what it says of its practice: its
 * texts, its themes, its level on the IAP2 spectrum as an involvement plan, and its approaches and
 * evaluation reports as evidence. Nothing is built from a refused case: no subject, no text, no
 * theme, an empty plan and no evidence, and an entry says why.
 *
 * <p>Its losses go to the shared loss report with {@link LossReport#add(Source, boolean, List)}:
 * {@code report.add(c.source(), c.built(), c.losses())}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param source where the case was read: system {@code participedia}, the file, the pointer of the
 *        case in an array of cases, its id and address on Participedia when it has one; not null
 * @param subject the programme, its reference the case's title, its territory the context's, begun
 *        on the case's start date; empty when the case was refused
 * @param text the description and the body, as written, or empty
 * @param themes the general issues, specific topics and tags, in the order of the case, each once;
 *        unmodifiable
 * @param plan the level the case states on the IAP2 spectrum, for the decision phase when it maps
 *        onto one level of the Loos ladder; empty otherwise, not null
 * @param evidence the case's approaches and its evaluation reports and links; unmodifiable
 * @param losses every value not carried over as it was, in the order of the case; unmodifiable
 */
public record ImportedCase(Source source, Optional<EvaluationSubject> subject, Optional<String> text, List<String> themes,
        InvolvementPlan plan, List<Evidence> evidence, List<Loss> losses) {

    /**
     * Creates an imported case.
     *
     * @param source where the case was read: system {@code participedia}, the file, the pointer of the
     *        case in an array of cases, its id and address on Participedia when it has one; not null
     * @param subject the programme, its reference the case's title, its territory the context's, begun
     *        on the case's start date; empty when the case was refused
     * @param text the description and the body, as written, or empty
     * @param themes the general issues, specific topics and tags, in the order of the case, each once;
     *        unmodifiable
     * @param plan the level the case states on the IAP2 spectrum, for the decision phase when it maps
     *        onto one level of the Loos ladder; empty otherwise, not null
     * @param evidence the case's approaches and its evaluation reports and links; unmodifiable
     * @param losses every value not carried over as it was, in the order of the case; unmodifiable
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if no subject was built and no entry says why, or something
     *         else was built without a subject
     */
    public ImportedCase {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        themes = List.copyOf(themes);
        Objects.requireNonNull(plan, "plan");
        evidence = List.copyOf(evidence);
        losses = List.copyOf(losses);
        if (subject.isEmpty()) {
            if (losses.stream().noneMatch(loss -> loss.category() == LossCategory.REFUSED_RECORD)) {
                throw new IllegalArgumentException("a case refused says why, with a refused_record entry");
            }
            if (text.isPresent() || !themes.isEmpty() || !plan.levels().isEmpty() || !evidence.isEmpty()) {
                throw new IllegalArgumentException("nothing is built from a refused case");
            }
        }
    }

    /**
     * Tells whether the case was imported: a subject was built.
     *
     * @return true if {@link #subject()} holds one
     */
    public boolean built() {
        return subject.isPresent();
    }
}
