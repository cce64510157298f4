/**
 * The worked cases of the method (<em>cas pratiques</em>) as ready-made records, built only
 * through the public API: the École Émile-Basly playground fifty-fifty (2021–2022) and the street
 * flower boxes, the town's standard illustration. Examples, tests and host systems' demonstrations
 * start from them.
 *
 * <p>Facts come from the domain brief (§7); where it is silent (exact dates, hours, the street's
 * name) the values are plausible illustrations, marked as such in each class.
 */
package io.github.loosmethod.testkit.cases;
