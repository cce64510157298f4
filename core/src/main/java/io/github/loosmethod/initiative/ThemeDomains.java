package io.github.loosmethod.initiative;

import static io.github.loosmethod.InvalidValueException.requireNonBlank;

import io.github.loosmethod.InvalidValueException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A town's own themes mapped onto the shared {@link TransitionDomain}s (<em>correspondance des
 * thèmes</em>): "flower boxes" → biodiversity, "solar roofs" → energy. The domains of an
 * initiative are those it declares and those of its themes.
 *
 * <p>Invariants, refused at construction with {@link InvalidValueException}: no theme is blank
 * and each maps to at least one domain. Instances are immutable and thread-safe.
 */
public final class ThemeDomains {

    private static final ThemeDomains NONE = new ThemeDomains(new TreeMap<>());

    private final SortedMap<String, Set<TransitionDomain>> domainsByTheme;

    private ThemeDomains(SortedMap<String, Set<TransitionDomain>> domainsByTheme) {
        this.domainsByTheme = Collections.unmodifiableSortedMap(domainsByTheme);
    }

    /**
     * Returns the mapping of no theme: initiatives count under the domains they declare.
     *
     * @return the empty mapping, never null
     */
    public static ThemeDomains none() {
        return NONE;
    }

    /**
     * Creates a mapping.
     *
     * @param domainsByTheme each theme and the domains it belongs to, not null
     * @return the mapping, never null
     * @throws InvalidValueException if a theme is blank or maps to no domain
     * @throws NullPointerException if the map, a key or a value is null
     */
    public static ThemeDomains of(Map<String, ? extends Set<TransitionDomain>> domainsByTheme) {
        SortedMap<String, Set<TransitionDomain>> copy = new TreeMap<>();
        Objects.requireNonNull(domainsByTheme, "domainsByTheme").forEach((theme, domains) -> {
            requireNonBlank("domainsByTheme", theme);
            InvalidValueException.requireThat(!domains.isEmpty(), "domainsByTheme[" + theme + "]", domains,
                    "invariant.themeDomains");
            copy.put(theme, Collections.unmodifiableSet(EnumSet.copyOf(domains)));
        });
        return new ThemeDomains(copy);
    }

    /**
     * Returns the mapping, theme by theme in alphabetical order.
     *
     * @return the map, unmodifiable, never null
     */
    public SortedMap<String, Set<TransitionDomain>> domainsByTheme() {
        return domainsByTheme;
    }

    /**
     * Returns the domains of an initiative: those it declares and those its themes map to.
     *
     * @param initiative the initiative, not null
     * @return the domains, a new set in catalogue order, possibly empty
     * @throws NullPointerException if {@code initiative} is null
     */
    public Set<TransitionDomain> domainsOf(Initiative initiative) {
        Set<TransitionDomain> domains = EnumSet.noneOf(TransitionDomain.class);
        domains.addAll(initiative.domains());
        if (!domainsByTheme.isEmpty()) {
            for (String theme : initiative.themes()) {
                Set<TransitionDomain> mapped = domainsByTheme.get(theme);
                if (mapped != null) {
                    domains.addAll(mapped);
                }
            }
        }
        return domains;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ThemeDomains && ((ThemeDomains) other).domainsByTheme.equals(domainsByTheme);
    }

    @Override
    public int hashCode() {
        return domainsByTheme.hashCode();
    }

    @Override
    public String toString() {
        return "ThemeDomains" + domainsByTheme;
    }
}
