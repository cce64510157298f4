package io.github.loosmethod.interop.decidim;

import io.github.loosmethod.interop.Loss;
import io.github.loosmethod.interop.LossCategory;
import io.github.loosmethod.interop.LossReport;
import io.github.loosmethod.involvement.ProjectPhase;
import io.github.loosmethod.provenance.Source;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One participatory process of Decidim, imported (<em>processus importé</em>). A process is the
 * frame in which a platform gathers proposals, debates and votes, not an initiative of residents:
 * it has no applicant and no lifecycle of the method. What the method can use of it is its steps,
 * each placed in one of the method's {@link ProjectPhase phases} — only through the caller's
 * dictionary, never guessed from a step's title — so a town can compare the phases a process
 * involves its residents in with its involvement plans. Its prose on what is decided, how and with
 * whom is never parsed into a level: reported {@code unmapped}. Nothing is built from a refused
 * process: no title, no step, and an entry says why.
 *
 * <p>Its losses go to the shared loss report with {@link LossReport#add(Source, boolean, List)}:
 * {@code report.add(p.source(), p.built(), p.losses())}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param source where the process was read: system {@code decidim}, the file, its pointer in an
 *        array, its id; not null
 * @param title its title in the first of the context's locales that has one; empty when refused
 * @param slug the slug of its participatory space ({@code /processes/<slug>}), or empty
 * @param startsOn its first day, or empty
 * @param endsOn its last day, or empty
 * @param steps its steps, in the order of their position; unmodifiable
 * @param losses every value not carried over as it was; unmodifiable
 */
public record ImportedProcess(Source source, Optional<String> title, Optional<String> slug, Optional<LocalDate> startsOn,
        Optional<LocalDate> endsOn, List<Step> steps, List<Loss> losses) {

    /**
     * Creates an imported process.
     *
     * @param source where the process was read: system {@code decidim}, the file, its pointer in an
     *        array, its id; not null
     * @param title its title in the first of the context's locales that has one; empty when refused
     * @param slug the slug of its participatory space ({@code /processes/<slug>}), or empty
     * @param startsOn its first day, or empty
     * @param endsOn its last day, or empty
     * @param steps its steps, in the order of their position; unmodifiable
     * @param losses every value not carried over as it was; unmodifiable
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if no title was kept and no entry says why, or steps were kept without a title
     */
    public ImportedProcess {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(endsOn, "endsOn");
        steps = List.copyOf(steps);
        losses = List.copyOf(losses);
        if (title.isEmpty()) {
            if (losses.stream().noneMatch(loss -> loss.category() == LossCategory.REFUSED_RECORD)) {
                throw new IllegalArgumentException("a process refused says why, with a refused_record entry");
            }
            if (!steps.isEmpty() || slug.isPresent() || startsOn.isPresent() || endsOn.isPresent()) {
                throw new IllegalArgumentException("nothing is built from a refused process");
            }
        }
    }

    /**
     * Tells whether the process was imported: it has a title.
     *
     * @return true if {@link #title()} holds one
     */
    public boolean built() {
        return title.isPresent();
    }

    /**
     * One step of a process.
     *
     * @param position its position in the process, from 0
     * @param title its title, in the first of the context's locales that has one, not blank
     * @param phase the method's phase the caller's dictionary gives it, or empty when the
     *        dictionary has none or several for it ({@code ambiguous} in the losses)
     * @param active whether the platform shows it as the current step
     * @param startsOn its first day, or empty
     * @param endsOn its last day, or empty
     */
    public record Step(int position, String title, Optional<ProjectPhase> phase, boolean active, Optional<LocalDate> startsOn,
            Optional<LocalDate> endsOn) {

        /**
         * Creates a step.
         *
         * @param position its position in the process, from 0
         * @param title its title, in the first of the context's locales that has one, not blank
         * @param phase the method's phase the caller's dictionary gives it, or empty when the
         *        dictionary has none or several for it ({@code ambiguous} in the losses)
         * @param active whether the platform shows it as the current step
         * @param startsOn its first day, or empty
         * @param endsOn its last day, or empty
         * @throws NullPointerException if an argument is null
         */
        public Step {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(phase, "phase");
            Objects.requireNonNull(startsOn, "startsOn");
            Objects.requireNonNull(endsOn, "endsOn");
        }
    }
}
