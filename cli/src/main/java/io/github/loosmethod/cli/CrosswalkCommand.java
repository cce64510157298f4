package io.github.loosmethod.cli;

import io.github.loosmethod.involvement.ArnsteinRung;
import io.github.loosmethod.involvement.CoConstructionLevel;
import io.github.loosmethod.involvement.Iap2Level;
import io.github.loosmethod.involvement.LevelMapping;
import io.github.loosmethod.involvement.ProjectPhase;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code loos crosswalk CSV} (<em>correspondance des échelles</em>): shows initiatives recorded
 * with IAP2 levels (or Arnstein rungs), as a town using those frameworks would have them, on the
 * Loos ladder — and flags what the mapping cannot decide: IAP2 "collaborate" (and Arnstein
 * "partnership") stand for both co-construction and co-production, which only the convention can
 * settle; Arnstein's non-participation rungs have no Loos counterpart.
 *
 * <p>Input: a CSV file (RFC 4180, as spreadsheets save it: a byte order mark, quoted fields with
 * commas, doubled quotes or line breaks, CRLF line ends are all accepted), in the charset
 * {@code --charset} names (UTF-8 by default; {@code windows-1252} for a spreadsheet's "CSV" on
 * Windows), decoded strictly: a byte of another charset is reported with its line, never turned
 * into a replacement character. Header {@code initiative,title,phase,framework,level} (columns in
 * any order), one row per initiative and phase, {@code framework} being {@code iap2} or
 * {@code arnstein} and {@code level} a level of it ({@code collaborate}, {@code delegated_power});
 * codes are read in any case, with a space or a hyphen for the underscore. {@code -} reads stdin.
 * A bad row is reported on stderr with its file, line, column and value, and left out of the
 * table; the exit status is then 1. A file that cannot be read or decoded: status 2.
 */
@Command(name = "crosswalk", sortOptions = false)
final class CrosswalkCommand extends LoosCommand {

    /** The columns of the input, in the order the sample and the messages give them. */
    private static final List<String> COLUMNS = List.of("initiative", "title", "phase", "framework", "level");

    @Parameters(index = "0", paramLabel = "CSV", descriptionKey = "crosswalk.csv")
    private String file;

    @Option(names = "--charset", paramLabel = "CHARSET", converter = Codes.CharsetOption.class, descriptionKey = "crosswalk.charset")
    private Charset charset = StandardCharsets.UTF_8;

    @Override
    public Integer call() {
        byte[] bytes;
        try (Input input = open(file)) {
            bytes = input.stream().readAllBytes();
        } catch (IOException e) {
            return cannotRead(file, e);
        }
        Optional<String> csv = decode(file, bytes);
        return csv.isPresent() ? show(file, csv.get()) : Loos.USAGE;
    }

    /**
     * Decodes the file in its charset, strictly: a spreadsheet's "CSV" in another encoding would
     * otherwise turn every accent into a replacement character without a word.
     */
    private Optional<String> decode(String file, byte[] bytes) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer decoded = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, decoded, true);
        if (!result.isError()) {
            result = decoder.flush(decoded);
        }
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            err().println(file + ":" + line + ": " + String.format(Locale.ROOT, text(
                    "not %s (byte 0x%02X): give the file's charset with --charset (a spreadsheet's \"CSV\" on Windows: windows-1252)",
                    "pas en %s (octet 0x%02X) : donnez le jeu de caractères du fichier avec --charset (le « CSV » d'un tableur sous Windows : windows-1252)"),
                    charset.name(), bytes[at] & 0xFF));
            return Optional.empty();
        }
        String text = decoded.flip().toString();
        // Spreadsheets start their UTF-8 CSV with a byte order mark; it is not part of the first column's name.
        return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    int show(String source, String csv) {
        Locale locale = locale();
        PrintStream out = out();
        PrintStream err = err();
        Table table = new Table(text("initiative", "initiative"), text("phase", "phase"), text("recorded", "saisi"),
                text("Loos ladder", "échelle de Loos"), text("note", "remarque"));
        Lines lines = new Lines(csv);
        int decided = 0;
        int ambiguous = 0;
        int unmapped = 0;
        int bad = 0;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get()
                .parse(new StringReader(csv))) {
            Iterator<CSVRecord> records = parser.iterator();
            int[] column = header(source, records);
            if (column.length == 0) {
                return Loos.PROBLEMS;
            }
            while (true) {
                long before = parser.getCurrentLineNumber();
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    // Commons CSV stops at the first malformed record; the lines before it are shown.
                    err.println(source + ":" + (before + 1) + ": " + text(
                            "badly formed CSV: a quoted field is not closed, or text follows its closing quote",
                            "CSV mal formé : un champ entre guillemets n'est pas fermé, ou du texte suit le guillemet fermant"));
                    bad++;
                    break;
                }
                long line = lines.of(record.getCharacterPosition());
                if (record.stream().allMatch(String::isBlank)) {
                    continue;       // a spreadsheet's trailing ",,,," rows
                }
                if (record.size() != COLUMNS.size()) {
                    err.println(source + ":" + line + ": " + text("expected " + COLUMNS.size() + " columns ("
                            + String.join(",", COLUMNS) + "), found " + record.size(), COLUMNS.size() + " colonnes attendues ("
                            + String.join(",", COLUMNS) + "), " + record.size() + " trouvées"));
                    bad++;
                    continue;
                }
                String[] cells = new String[COLUMNS.size()];
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = record.get(column[i]);
                }
                Optional<ProjectPhase> phase = constant(ProjectPhase.class, cells[2]);
                if (phase.isEmpty()) {
                    err.println(source + ":" + line + ": " + unknown(column, 2, text("unknown phase ", "phase inconnue ")
                            + quoted(cells[2]), codes(ProjectPhase.values())));
                    bad++;
                    continue;
                }
                String framework = code(cells[3]);
                Optional<LevelMapping> mapping;
                if (framework.equals("iap2")) {
                    mapping = constant(Iap2Level.class, cells[4]).map(Iap2Level::toLoos);
                } else if (framework.equals("arnstein")) {
                    mapping = constant(ArnsteinRung.class, cells[4]).map(ArnsteinRung::toLoos);
                } else {
                    err.println(source + ":" + line + ": " + unknown(column, 3, text("unknown framework ", "référentiel inconnu ")
                            + quoted(cells[3]), "iap2, arnstein"));
                    bad++;
                    continue;
                }
                if (mapping.isEmpty()) {
                    err.println(source + ":" + line + ": " + unknown(column, 4, text("unknown level ", "niveau inconnu ")
                            + quoted(cells[4]) + text(" of framework ", " du référentiel ") + quoted(framework),
                            codes(framework.equals("iap2") ? Iap2Level.values() : ArnsteinRung.values())));
                    bad++;
                    continue;
                }
                String note;
                String loos;
                if (mapping.get().isDecided()) {
                    decided++;
                    CoConstructionLevel level = mapping.get().level().orElseThrow();
                    loos = level.rank() + ". " + level.label(locale);
                    note = "";
                } else if (mapping.get().isAmbiguous()) {
                    ambiguous++;
                    loos = "? " + mapping.get().candidates().stream().map(l -> l.label(locale))
                            .collect(Collectors.joining(text(" or ", " ou ")));
                    note = text("UNDECIDED: co-production only if residents hold tasks under a convention",
                            "INDÉCIS : co-production seulement si les habitants ont des tâches dans une convention");
                } else {
                    unmapped++;
                    loos = "—";
                    note = text("NO COUNTERPART: non-participation is not involvement",
                            "SANS ÉQUIVALENT : la non-participation n'est pas de l'implication");
                }
                table.row(cells[0] + " " + cells[1], phase.get().label(locale), framework + ":" + code(cells[4]), loos, note);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);     // a StringReader does not fail
        }
        out.println("== " + text("Recorded levels on the Loos ladder (", "Niveaux saisis sur l'échelle de Loos (") + source + ")");
        table.print(out);
        out.printf("%n  %s%s%d   %s%s%d   %s%s%d%n", text("decided", "décidés"), text(": ", " : "), decided,
                text("undecided, to check by a person", "indécis, à vérifier par une personne"), text(": ", " : "), ambiguous,
                text("without counterpart", "sans équivalent"), text(": ", " : "), unmapped);
        return bad > 0 ? Loos.PROBLEMS : Loos.OK;
    }

    /**
     * Reads the header and returns, for each of {@link #COLUMNS}, its index in the file; empty
     * (after saying why) when the header does not name exactly those columns.
     */
    private int[] header(String source, Iterator<CSVRecord> records) {
        List<String> names = new ArrayList<>();
        try {
            if (records.hasNext()) {
                records.next().forEach(name -> names.add(name.strip().toLowerCase(Locale.ROOT)));
            }
        } catch (UncheckedIOException e) {
            names.clear();
        }
        int[] column = COLUMNS.stream().mapToInt(names::indexOf).toArray();
        if (names.size() != COLUMNS.size() || Arrays.stream(column).anyMatch(i -> i < 0)) {
            err().println(source + ":1: " + text("the header must name the columns ", "l'en-tête doit nommer les colonnes ")
                    + String.join(",", COLUMNS));
            return new int[0];
        }
        return column;
    }

    private String unknown(int[] column, int which, String what, String expected) {
        return text("column ", "colonne ") + (column[which] + 1) + " (" + COLUMNS.get(which) + ")" + text(": ", " : ") + what
                + text("; expected one of ", " ; attendu : ") + expected;
    }

    private String quoted(String value) {
        return text("\"" + value + "\"", "« " + value + " »");
    }

    private static String codes(Enum<?>[] constants) {
        return Arrays.stream(constants).map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }

    /** A code as a person may type it — {@code Collaborate}, {@code DELEGATED POWER} — in the form of the enum's names. */
    private static String code(String value) {
        return value.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String value) {
        String code = code(value);
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().toLowerCase(Locale.ROOT).equals(code)).findFirst();
    }

    /** The line numbers of character positions in a text, for messages about a record. */
    private static final class Lines {
        private final int[] starts;

        Lines(String text) {
            List<Integer> starts = new ArrayList<>(List.of(0));
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            this.starts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        long of(long position) {
            int found = Arrays.binarySearch(starts, (int) position);
            return found >= 0 ? found + 1 : -found - 1;
        }
    }
}
