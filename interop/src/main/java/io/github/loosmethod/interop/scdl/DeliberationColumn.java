package io.github.loosmethod.interop.scdl;

import io.github.loosmethod.interop.csv.TableColumn;

/**
 * The columns of the SCDL deliberations table, version 2.1.5 (<em>délibérations</em>), in the
 * order of its Table Schema: the one place the exporter takes them from. A test checks them
 * against the published schema.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DeliberationColumn implements TableColumn {
    /** The collectivity's official name. */
    COLL_NOM(true),
    /** Its SIRET. */
    COLL_SIRET(true),
    /** The deliberation's id, as the collectivity numbers them. */
    DELIB_ID(true),
    /** The day it was adopted, yyyy-mm-dd. */
    DELIB_DATE(true),
    /** Its matter in the ACTES classification, level 2, such as {@code 7.5}. */
    DELIB_MATIERE_CODE(true),
    /** The name of that matter. */
    DELIB_MATIERE_NOM(true),
    /** What it decides. */
    DELIB_OBJET(true),
    /** The budget year it bears on. */
    BUDGET_ANNEE(false),
    /** The budget it bears on. */
    BUDGET_NOM(false),
    /** The prefecture's id. */
    PREF_ID(false),
    /** The day the prefecture registered it. */
    PREF_DATE(false),
    /** The members who could vote. */
    VOTE_EFFECTIF(false),
    /** The members who voted. */
    VOTE_REEL(false),
    /** Votes for. */
    VOTE_POUR(false),
    /** Votes against. */
    VOTE_CONTRE(false),
    /** Abstentions. */
    VOTE_ABSTENTION(false),
    /** Where it is published. */
    DELIB_URL(false);

    private final boolean required;

    DeliberationColumn(boolean required) {
        this.required = required;
    }

    /**
     * Returns the column's name in the table, which is the constant's name.
     *
     * @return the name, such as {@code "COLL_NOM"}
     */
    @Override
    public String column() {
        return name();
    }

    /**
     * Tells whether the schema requires a value in every row.
     *
     * @return true if it does
     */
    @Override
    public boolean required() {
        return required;
    }
}
