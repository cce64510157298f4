package io.github.loosmethod.evaluation;

import io.github.loosmethod.Labelled;
import io.github.loosmethod.LocalizedText;
import java.util.List;

/**
 * The built-in catalogues of evaluation criteria (<em>catalogues de critères</em>), listable at
 * run time, each criterion with its documented source:
 *
 * <ul>
 *   <li>{@link #LOOS_2016} — the three expected effects tested by the 2016 ADEME evaluation of the
 *       town's change-management strategy, with the limits it observed;</li>
 *   <li>{@link #LOOS_PRINCIPLES} — the principles the town states for its practice;</li>
 *   <li>{@link #OECD_2021} — the OECD evaluation criteria for representative deliberative
 *       processes, under their three headings;</li>
 *   <li>{@link #IAP2} — whether the promise to the public of the declared IAP2 level was kept.</li>
 * </ul>
 *
 * <p>Criteria are written in this library's own words after their sources. This enum is
 * immutable and thread-safe; {@link #criteria()} returns the same unmodifiable list every time.
 */
public enum Catalogue implements Labelled {
    /** The 2016 evaluation of the town's strategy (Quadrant Conseil for ADEME). [FDT-EVAL, QC] */
    LOOS_2016("2016", "FDT-EVAL, QC: 2016 evaluation of Loos-en-Gohelle's change-management strategy, Quadrant Conseil for ADEME"),
    /** The principles of the town's practice. [CDC, COLIB, IG, VP-FF] */
    LOOS_PRINCIPLES("2020", "CDC, COLIB, IG, VP-FF: L'implication des citoyens, retour d'expérience de la commune de Loos-en-Gohelle (2020) and interviews"),
    /** OECD (2021), Evaluation Guidelines for Representative Deliberative Processes. */
    OECD_2021("2021", "OECD (2021), Evaluation Guidelines for Representative Deliberative Processes, OECD Publishing, Paris"),
    /** The promise to the public of each level of the IAP2 Spectrum of Public Participation. */
    IAP2("2018", "IAP2 Spectrum of Public Participation, International Association for Public Participation: the promise to the public of each level");

    private final String version;
    private final String source;

    Catalogue(String version, String source) {
        this.version = version;
        this.source = source;
    }

    /**
     * Returns the catalogue's title.
     *
     * @return the title in both languages, never null
     */
    public LocalizedText title() {
        return CatalogueContent.title(this);
    }

    /**
     * Returns the version of the catalogue: the year of its source.
     *
     * @return the version, never blank
     */
    public String version() {
        return version;
    }

    /**
     * Returns the documented source of the catalogue as a whole.
     *
     * @return the source, never blank
     */
    public String source() {
        return source;
    }

    /**
     * Returns the criteria of the catalogue, in order.
     *
     * @return the criteria, unmodifiable, never empty
     */
    public List<EvaluationCriterion> criteria() {
        return CatalogueContent.criteria(this);
    }

    /**
     * Returns the limits its source observed, which any reading of its scores should keep in mind:
     * for {@link #LOOS_2016}, resistance linked to deep poverty and strain on the town hall's own
     * organisation.
     *
     * @return the limits, unmodifiable, possibly empty
     */
    public List<LocalizedText> limits() {
        return CatalogueContent.limits(this);
    }

    @Override
    public String labelKey() {
        return "Catalogue." + name();
    }
}
