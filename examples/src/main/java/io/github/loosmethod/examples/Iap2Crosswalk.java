package io.github.loosmethod.examples;

import io.github.loosmethod.Language;
import io.github.loosmethod.involvement.ArnsteinRung;
import io.github.loosmethod.involvement.CoConstructionLevel;
import io.github.loosmethod.involvement.Iap2Level;
import io.github.loosmethod.involvement.LevelMapping;
import io.github.loosmethod.involvement.ProjectPhase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Shows initiatives recorded with IAP2 levels (or Arnstein rungs), as a town using those
 * frameworks would have them, on the Loos ladder — and flags what the mapping cannot decide:
 * IAP2 "collaborate" (and Arnstein "partnership") stand for both co-construction and
 * co-production, which only the convention can settle; Arnstein's non-participation rungs have no
 * Loos counterpart.
 *
 * <p>Input: a CSV file with the header {@code initiative,title,phase,framework,level}, one row per
 * initiative and phase, {@code framework} being {@code iap2} or {@code arnstein} and {@code level}
 * a level of it in lower case ({@code collaborate}, {@code delegated_power}); without a file, a
 * built-in sample is used. A bad row is reported on stderr with its line number and skipped from
 * the table; the exit status is then 1.
 *
 * <p>Usage: {@code Iap2Crosswalk [--lang en|fr] [recorded.csv]}. {@code --help} prints the usage;
 * bad arguments, or a file that cannot be read, print a one-line error on stderr and exit with
 * status 2.
 */
public final class Iap2Crosswalk {

    /** A neighbouring town's register, kept with IAP2 levels (and one Arnstein reading). */
    static final String SAMPLE = String.join("\n",
            "initiative,title,phase,framework,level",
            "GR-2024-03,Jardin partagé du Maroc,decision,iap2,consult",
            "GR-2024-03,Jardin partagé du Maroc,implementation,iap2,collaborate",
            "GR-2024-03,Jardin partagé du Maroc,stewardship,iap2,empower",
            "GR-2024-07,Plan vélo,diagnosis,iap2,inform",
            "GR-2024-07,Plan vélo,design,iap2,involve",
            "GR-2024-07,Plan vélo,decision,iap2,collaborate",
            "GR-2024-11,Fête des voisins,implementation,arnstein,citizen_control",
            "GR-2024-12,Réunion d'information travaux,decision,arnstein,therapy");

    private final PrintStream out;
    private final PrintStream err;
    private final Locale locale;
    private final boolean french;

    private Iap2Crosswalk(PrintStream out, PrintStream err, Locale locale) {
        this.out = out;
        this.err = err;
        this.locale = locale;
        this.french = Language.of(locale) == Language.FRENCH;
    }

    /**
     * Shows the crosswalk and exits with the status above.
     *
     * @param args {@code --lang en|fr}, then a CSV file; or nothing; or {@code --help}
     */
    public static void main(String[] args) {
        System.exit(run(args, Cli.stdout(), Cli.stderr()));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return Cli.run(new Options(out, err), args);
    }

    /** The command line: the CSV file, if any. */
    @Command(name = "Iap2Crosswalk")
    private static final class Options extends Cli.Program {

        @Parameters(arity = "0..1", paramLabel = "recorded.csv", descriptionKey = "csv")
        private Optional<Path> file = Optional.empty();

        Options(PrintStream out, PrintStream err) {
            super(out, err);
        }

        @Override
        int execute() {
            String source = "sample";
            String csv = SAMPLE;
            if (file.isPresent()) {
                Path path = file.get();
                source = path.toString();
                try {
                    csv = Files.readString(path, StandardCharsets.UTF_8);
                } catch (NoSuchFileException e) {
                    err.println(text("error: no such file: ", "erreur : fichier introuvable : ") + path);
                    return Cli.USAGE;
                } catch (IOException | UncheckedIOException e) {
                    err.println(text("error: cannot read ", "erreur : impossible de lire ") + path + ": " + e.getMessage());
                    return Cli.USAGE;
                }
            }
            return new Iap2Crosswalk(out, err, locale()).show(source, csv);
        }
    }

    private String text(String english, String french) {
        return this.french ? french : english;
    }

    int show(String source, String csv) {
        Table table = new Table(text("initiative", "initiative"), text("phase", "phase"), text("recorded", "saisi"),
                text("Loos ladder", "échelle de Loos"), text("note", "remarque"));
        int decided = 0;
        int ambiguous = 0;
        int unmapped = 0;
        int bad = 0;
        try (BufferedReader lines = new BufferedReader(new StringReader(csv))) {
            String header = lines.readLine();
            if (header == null || !header.strip().equals("initiative,title,phase,framework,level")) {
                err.println(source + ":1: the header must be initiative,title,phase,framework,level");
                return Cli.PROBLEMS;
            }
            String line;
            int number = 1;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != 5) {
                    err.println(source + ":" + number + ": expected 5 columns, found " + cells.length);
                    bad++;
                    continue;
                }
                ProjectPhase phase = constant(ProjectPhase.class, cells[2]);
                LevelMapping mapping = mapping(cells[3].strip(), cells[4].strip());
                if (phase == null || mapping == null) {
                    err.println(source + ":" + number + ": unknown " + (phase == null ? "phase \"" + cells[2] + "\""
                            : "level \"" + cells[4] + "\" of framework \"" + cells[3] + "\""));
                    bad++;
                    continue;
                }
                String note;
                String loos;
                if (mapping.isDecided()) {
                    decided++;
                    CoConstructionLevel level = mapping.level().orElseThrow();
                    loos = level.rank() + ". " + level.label(locale);
                    note = "";
                } else if (mapping.isAmbiguous()) {
                    ambiguous++;
                    loos = "? " + mapping.candidates().stream().map(l -> l.label(locale)).collect(Collectors.joining(text(" or ", " ou ")));
                    note = text("UNDECIDED: co-production only if residents hold tasks under a convention",
                            "INDÉCIS : co-production seulement si les habitants ont des tâches dans une convention");
                } else {
                    unmapped++;
                    loos = "—";
                    note = text("NO COUNTERPART: non-participation is not involvement", "SANS ÉQUIVALENT : la non-participation n'est pas de l'implication");
                }
                table.row(cells[0].strip() + " " + cells[1].strip(), phase.label(locale), cells[3].strip() + ":" + cells[4].strip(), loos, note);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println("== " + text("Recorded levels on the Loos ladder (", "Niveaux saisis sur l'échelle de Loos (") + source + ")");
        table.print(out);
        out.printf("%n  %s: %d   %s: %d   %s: %d%n", text("decided", "décidés"), decided,
                text("undecided, to check by a person", "indécis, à vérifier par une personne"), ambiguous,
                text("without counterpart", "sans équivalent"), unmapped);
        return bad > 0 ? Cli.PROBLEMS : Cli.OK;
    }

    private static LevelMapping mapping(String framework, String level) {
        switch (framework) {
            case "iap2": {
                Iap2Level iap2 = constant(Iap2Level.class, level);
                return iap2 == null ? null : iap2.toLoos();
            }
            case "arnstein": {
                ArnsteinRung rung = constant(ArnsteinRung.class, level);
                return rung == null ? null : rung.toLoos();
            }
            default:
                return null;
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String code) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().toLowerCase(Locale.ROOT).equals(code.strip())) {
                return constant;
            }
        }
        return null;
    }
}
