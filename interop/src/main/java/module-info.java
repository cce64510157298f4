/**
 * Import from the systems towns use and export of the open data they publish, with a loss report
 * for each record: nothing is lost without an entry.
 */
module io.github.loosmethod.interop {
    requires transitive io.github.loosmethod.core;
    requires io.github.loosmethod.serialization;
    requires org.apache.commons.csv;

    exports io.github.loosmethod.interop;
    exports io.github.loosmethod.interop.budget;
    exports io.github.loosmethod.interop.csv;
    exports io.github.loosmethod.interop.decidim;
    exports io.github.loosmethod.interop.participedia;
    exports io.github.loosmethod.interop.scdl;
}
