package io.github.loosmethod.interop.budget;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * What the columns of a town's table of winning participatory-budget projects mean (<em>profil de
 * colonnes</em>): which column is the project's id, title, theme, scale, district, budget, edition,
 * progress and lead service, which hold the months of its works, which the model has no place for,
 * and what the table's words mean (progress words, words for "no date", placeholders that are no
 * title). A profile is data: another town supplies its own for its own table, and one profile fits
 * every edition of a table whose columns stay the same. {@link #PARIS} is the first.
 *
 * <p>Words are compared as people read them: case, accents and repeated spaces aside
 * ({@code NON REGISTRÉ} is {@code non registre}).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param system the system named in the sources and the ids ({@code paris-bp}): lower-case letters,
 *        digits and hyphens
 * @param id the column of the project's id, required
 * @param title the column of its title, required
 * @param edition the column of the year of the vote, required
 * @param theme the column of its theme, or empty
 * @param scale the column of the budget it won in (the whole city's or a district's), or empty
 * @param district the column of its district, or empty
 * @param budget the column of its budget in euros, or empty
 * @param progress the column of how far its works have gone, or empty
 * @param leadService the column of the municipal service leading its works, or empty
 * @param months the columns of the months of its works ({@code YYYY-MM}), in the table's order
 * @param dropped the columns the profile knows and the model has no place for
 * @param cityWideScales the scales that mean the whole city
 * @param districts the districts of the town, each with its official code (INSEE)
 * @param progressWords what each progress word means
 * @param noneWords the words a month column holds for "no date"
 * @param nonTitles the placeholders a title column holds that are no title
 */
public record ColumnProfile(String system, String id, String title, String edition, Optional<String> theme, Optional<String> scale,
        Optional<String> district, Optional<String> budget, Optional<String> progress, Optional<String> leadService, List<String> months,
        List<String> dropped, Set<String> cityWideScales, Map<String, String> districts, Map<String, Progress> progressWords,
        Set<String> noneWords, Set<String> nonTitles) {

    private static final Pattern SYSTEM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * The Paris participatory budget's table of winning projects ({@code bp_projets_gagnants},
     * opendata.paris.fr), every edition: system {@code paris-bp}; districts 1 to 20 (INSEE 75101 to
     * 75120); {@code Budget participatif parisien} the whole city's scale; progress {@code NON
     * DEMARRE}, {@code PROCEDURES}, {@code ETUDES} not started, {@code TRAVAUX} in progress,
     * {@code LIVRAISON} and {@code FIN} delivered, {@code ABANDONNÉ} abandoned; the five month
     * columns with their words for none; {@code NON REGISTRÉ} no title; the address, the
     * working-class-neighbourhood flag ({@code projet_q_pop}) and the budget's range
     * ({@code budget_intervalle}, the exact budget being kept) with no place in the model.
     */
    public static final ColumnProfile PARIS = new ColumnProfile("paris-bp", "identifiant_projet_gagnant", "titre_projet_gagnant", "edition",
            Optional.of("thematique"), Optional.of("echelle_bp"), Optional.of("arrondissement_projet_gagnant"),
            Optional.of("budget_global_projet_gagnant"), Optional.of("avancement_projet"), Optional.of("direction_pilote_projet"),
            List.of("lancement_procedure_projet", "debut_etudes_projet", "lancement_travaux_projet", "livraison_prev_projet",
                    "ouverture_projet"),
            List.of("adresse_projet_gagnant", "projet_q_pop", "budget_intervalle"),
            Set.of("Budget participatif parisien"),
            IntStream.rangeClosed(1, 20).boxed().collect(Collectors.toMap(String::valueOf, n -> String.format(Locale.ROOT, "751%02d", n))),
            Map.of("NON DEMARRE", Progress.NOT_STARTED, "PROCEDURES", Progress.NOT_STARTED, "ETUDES", Progress.NOT_STARTED,
                    "TRAVAUX", Progress.IN_PROGRESS, "LIVRAISON", Progress.DELIVERED, "FIN", Progress.DELIVERED,
                    "ABANDONNÉ", Progress.ABANDONED),
            Set.of("NON LANCÉE", "NON LANCÉS", "NON DÉMARRÉES", "NON ENCORE FIXE", "NON PRÉVUE", "NON REGISTRE", "Non ouvert"),
            Set.of("NON REGISTRÉ"));

    /**
     * Creates a profile.
     *
     * @param system the system named in the sources and the ids ({@code paris-bp}): lower-case letters,
     *        digits and hyphens
     * @param id the column of the project's id, required
     * @param title the column of its title, required
     * @param edition the column of the year of the vote, required
     * @param theme the column of its theme, or empty
     * @param scale the column of the budget it won in (the whole city's or a district's), or empty
     * @param district the column of its district, or empty
     * @param budget the column of its budget in euros, or empty
     * @param progress the column of how far its works have gone, or empty
     * @param leadService the column of the municipal service leading its works, or empty
     * @param months the columns of the months of its works ({@code YYYY-MM}), in the table's order
     * @param dropped the columns the profile knows and the model has no place for
     * @param cityWideScales the scales that mean the whole city
     * @param districts the districts of the town, each with its official code (INSEE)
     * @param progressWords what each progress word means
     * @param noneWords the words a month column holds for "no date"
     * @param nonTitles the placeholders a title column holds that are no title
     * @throws NullPointerException if an argument or an element is null
     * @throws IllegalArgumentException if the system is not lower-case letters, digits and
     *         hyphens, a column is blank or named twice, or two words are the same once read
     */
    public ColumnProfile {
        Objects.requireNonNull(system, "system");
        if (!SYSTEM.matcher(system).matches()) {
            throw new IllegalArgumentException("a system is lower-case letters, digits and hyphens, not " + system);
        }
        months = List.copyOf(months);
        dropped = List.copyOf(dropped);
        cityWideScales = Set.copyOf(cityWideScales);
        districts = Map.copyOf(districts);
        progressWords = Map.copyOf(progressWords);
        noneWords = Set.copyOf(noneWords);
        nonTitles = Set.copyOf(nonTitles);
        List<String> columns = new ArrayList<>(List.of(Objects.requireNonNull(id, "id"), Objects.requireNonNull(title, "title"),
                Objects.requireNonNull(edition, "edition")));
        Stream.of(theme, scale, district, budget, progress, leadService).forEach(column -> Objects.requireNonNull(column).ifPresent(columns::add));
        columns.addAll(months);
        columns.addAll(dropped);
        Set<String> seen = new HashSet<>();
        for (String column : columns) {
            if (column.isBlank() || !seen.add(column)) {
                throw new IllegalArgumentException("a column is named, once: \"" + column + "\"");
            }
        }
        distinct(progressWords.keySet(), "progress word");
        distinct(noneWords, "word for none");
        distinct(nonTitles, "placeholder title");
        distinct(cityWideScales, "scale");
        distinct(districts.keySet(), "district");
    }

    /**
     * Returns every column the profile knows, in a stable order.
     *
     * @return the columns, unmodifiable
     */
    public List<String> columns() {
        List<String> columns = new ArrayList<>(List.of(id, title, edition));
        Stream.of(theme, scale, district, budget, progress, leadService).forEach(column -> column.ifPresent(columns::add));
        columns.addAll(months);
        columns.addAll(dropped);
        return List.copyOf(columns);
    }

    /**
     * Returns what a progress word means.
     *
     * @param word the word as the table has it, not null
     * @return its meaning, or empty when the profile does not know the word
     */
    public Optional<Progress> progressOf(String word) {
        String read = read(word);
        return progressWords.entrySet().stream().filter(entry -> read(entry.getKey()).equals(read)).map(Map.Entry::getValue).findFirst();
    }

    /**
     * Tells whether a month column's value is one of the words for "no date".
     *
     * @param word the value, not null
     * @return true if it is
     */
    public boolean isNone(String word) {
        return contains(noneWords, word);
    }

    /**
     * Tells whether a title is a placeholder, no title.
     *
     * @param text the title, not null
     * @return true if it is
     */
    public boolean isNonTitle(String text) {
        return contains(nonTitles, text);
    }

    /**
     * Tells whether a scale means the whole city.
     *
     * @param text the scale, not null
     * @return true if it does
     */
    public boolean isCityWide(String text) {
        return contains(cityWideScales, text);
    }

    /**
     * Returns the official code of a district.
     *
     * @param value the district as the table has it, not null
     * @return its code, or empty when it is no district of the profile
     */
    public Optional<String> districtCode(String value) {
        String read = read(value);
        return new TreeMap<>(districts).entrySet().stream().filter(entry -> read(entry.getKey()).equals(read)).map(Map.Entry::getValue)
                .findFirst();
    }

    private static boolean contains(Set<String> words, String word) {
        String read = read(word);
        return words.stream().anyMatch(candidate -> read(candidate).equals(read));
    }

    private static void distinct(Set<String> words, String what) {
        Map<String, String> read = new LinkedHashMap<>();
        for (String word : new TreeSet<>(words)) {
            String previous = read.put(read(word), word);
            if (previous != null) {
                throw new IllegalArgumentException("two of the profile's " + what + "s read the same: " + previous + ", " + word);
            }
        }
    }

    /** A word as people read it: without accents, case or repeated spaces. */
    static String read(String word) {
        String bare = COMBINING.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(bare.strip()).replaceAll(" ").toUpperCase(Locale.ROOT);
    }
}
