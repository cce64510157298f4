package io.github.loosmethod.interop.scdl;

import io.github.loosmethod.interop.csv.TableColumn;

/**
 * The columns of the SCDL subsidies table, version 2.1.1 (<em>subventions</em>), in the order of
 * its Table Schema: the one place the importer and the exporter take them from. A test checks them
 * against the published schema.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum SubventionColumn implements TableColumn {
    /** The name of the granting body. */
    NOM_ATTRIBUANT("nomAttribuant", true),
    /** Its SIRET. */
    ID_ATTRIBUANT("idAttribuant", true),
    /** The date of the convention, yyyy-mm-dd. */
    DATE_CONVENTION("dateConvention", true),
    /** The reference of the decision. */
    REFERENCE_DECISION("referenceDecision", false),
    /** The name of the beneficiary. */
    NOM_BENEFICIAIRE("nomBeneficiaire", true),
    /** Its SIRET. */
    ID_BENEFICIAIRE("idBeneficiaire", false),
    /** Its RNA number, for an association. */
    RNA_BENEFICIAIRE("rnaBeneficiaire", false),
    /** What the subsidy is for. */
    OBJET("objet", true),
    /** The amount, in euros: the total before splitting between beneficiaries, per the schema. */
    MONTANT("montant", true),
    /** In cash, in kind, or both joined by a semicolon. */
    NATURE("nature", true),
    /** Paid at once, in instalments, or otherwise. */
    CONDITIONS_VERSEMENT("conditionsVersement", true),
    /** When it is paid: a date, or two joined by a slash. */
    DATES_PERIODE_VERSEMENT("datesPeriodeVersement", true),
    /** The id in the register of aid to companies. */
    ID_RAE("idRAE", false),
    /** Whether the European Union was notified. */
    NOTIFICATION_UE("notificationUE", true),
    /** The beneficiary's share of the amount, from 0.01 to 1. */
    POURCENTAGE_SUBVENTION("pourcentageSubvention", true),
    /** The scheme of aid it falls under. */
    DISPOSITIF_AIDE("dispositifAide", false);

    private final String column;
    private final boolean required;

    SubventionColumn(String column, boolean required) {
        this.column = column;
        this.required = required;
    }

    /**
     * Returns the column's name in the table.
     *
     * @return the name, such as {@code "nomAttribuant"}
     */
    @Override
    public String column() {
        return column;
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
