package io.github.loosmethod.interop.scdl;

import io.github.loosmethod.actor.Territory;
import io.github.loosmethod.provenance.IdentifierScheme;
import java.util.Objects;

/**
 * The collectivity that publishes an SCDL table (<em>collectivité publiante</em>): its territory,
 * whose initiatives it publishes, its official name and its SIRET, which every row carries.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param territory the territory whose initiatives are published (by INSEE code), not null
 * @param name the collectivity's official name, such as {@code Commune de Loos-en-Gohelle}, not blank
 * @param siret its SIRET, valid, not null
 */
public record Publisher(Territory territory, String name, String siret) {

    /**
     * Creates a publisher.
     *
     * @param territory the territory whose initiatives are published (by INSEE code), not null
     * @param name the collectivity's official name, such as {@code Commune de Loos-en-Gohelle}, not blank
     * @param siret its SIRET, valid, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the name is blank or the SIRET not valid
     */
    public Publisher {
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(siret, "siret");
        if (name.isBlank()) {
            throw new IllegalArgumentException("the publisher has a name");
        }
        IdentifierScheme.SIRET.problem(siret).ifPresent(problem -> {
            throw new IllegalArgumentException("not a valid SIRET: " + siret + ": " + problem.english());
        });
    }
}
