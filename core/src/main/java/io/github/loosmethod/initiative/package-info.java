/**
 * The initiative and its lifecycle (<em>l'initiative et son cycle de vie</em>): from the idea a
 * resident brings, through the town's assessment and the signing of the convention, to the works,
 * their stewardship and the closing, each step recorded with who, when and why.
 */
@LoosStyle
package io.github.loosmethod.initiative;

import io.github.loosmethod.LoosStyle;
