/**
 * The strict, bounded reading of JSON documents shared by the adapters of JSON sources (Participedia,
 * Decidim); internal to the module, not exported.
 */
package io.github.loosmethod.interop.json;
