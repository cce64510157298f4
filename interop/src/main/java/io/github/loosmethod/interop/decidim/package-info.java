/**
 * Decidim, the participation platform (<em>Decidim</em>): the results of its accountability
 * component, as its open-data and admin exports write them, imported as fifty-fifty initiatives
 * with a loss report.
 */
package io.github.loosmethod.interop.decidim;
