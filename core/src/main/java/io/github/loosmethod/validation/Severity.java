package io.github.loosmethod.validation;

import io.github.loosmethod.Labelled;

/**
 * How serious a violation is (<em>gravité</em>).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Severity implements Labelled {
    /** The record is wrong for the method: it is refused (<em>erreur</em>). */
    ERROR,
    /** The record is allowed but suspicious and a person should look at it (<em>avertissement</em>). */
    WARNING;

    @Override
    public String labelKey() {
        return "Severity." + name();
    }
}
