package io.github.loosmethod.interop.tableschema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link TableSchemaCheck} against the published SCDL schemas (beside the project, in the shared
 * third-party samples: skipped when absent) and the test's own schema. Each invalid file is a valid
 * fixture with one thing broken, and the test names the one message that must come out.
 */
class TableSchemaCheckTest {

    private static final Path FIXTURES = Path.of("src/test/resources/io/github/loosmethod/interop/tableschema");
    private static final String SUBVENTIONS = "scdl-subventions-2.1.1.schema.json";
    private static final String DELIBERATIONS = "scdl-deliberations-2.1.5.schema.json";
    private static final String PERIOD_PATTERN =
            "^[0-9]{4}\\-[0-9]{2}\\-[0-9]{2}(\\/[0-9]{4}\\-[0-9]{2}\\-[0-9]{2})?$";

    @TempDir
    Path temp;

    /** A file of the third-party samples; the test is skipped, saying why, when they are not beside the project. */
    private static Path sample(String name) {
        return io.github.loosmethod.interop.Samples.require("scdl/" + name);
    }

    private static List<String> problems(String schema, Path csv) throws IOException {
        return TableSchemaCheck.problems(sample(schema), csv, StandardCharsets.UTF_8);
    }

    // ---- The third-party samples.

    @Test
    void the_antibes_example_passes_the_subventions_schema() throws IOException {
        assertThat(problems(SUBVENTIONS, sample("subventions-exemple_valide-antibes.csv"))).isEmpty();
    }

    @Test
    void three_antibes_periods_end_before_they_start_which_the_schema_does_not_check() throws IOException {
        List<CSVRecord> rows = read(sample("subventions-exemple_valide-antibes.csv"));
        List<Long> backwards = rows.stream().skip(1)
                .filter(row -> row.get(11).contains("/"))
                .filter(row -> row.get(11).split("/")[1].compareTo(row.get(11).split("/")[0]) < 0)
                .map(CSVRecord::getRecordNumber).toList();

        // The pattern is all the schema says about a period: the importer must report these, not this check.
        assertThat(backwards).containsExactly(24L, 25L, 29L);
    }

    @Test
    void the_etalab_example_in_the_older_format_fails_the_subventions_schema() throws IOException {
        assertThat(problems(SUBVENTIONS, sample("etalab-format-subventions-exemple.csv"))).containsExactly(
                "line 1: missing column 'rnaBeneficiaire'",
                "line 1: missing column 'dispositifAide'",
                "line 2, datesPeriodeVersement: '2017-12-14_2018-12-14' does not match pattern " + PERIOD_PATTERN,
                "line 3, datesPeriodeVersement: '2017-12-14_2018-12-14' does not match pattern " + PERIOD_PATTERN,
                "line 3, idBeneficiaire: '67895644300011' is not a SIRET: wrong check digit (french-siret-value)");
    }

    @Test
    void the_other_two_schemas_use_what_the_check_does_not_handle_and_are_refused() {
        Path csv = FIXTURES.resolve("keys.csv");
        Path projects = sample("betagouv-projets-territoire-0.1.0.schema.json");
        Path draft = sample("datasubvention-draft-2024-09.schema.json");
        assertThatThrownBy(() -> TableSchemaCheck.problems(projects, csv, StandardCharsets.UTF_8))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Table Schema /fields/0/format 'uuid' for a string is not handled");
        // The draft names a field's description after the field.
        assertThatThrownBy(() -> TableSchemaCheck.problems(draft, csv, StandardCharsets.UTF_8))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Table Schema /fields/22/montantDemande is a keyword this check does not handle");
    }

    // ---- The project's fixtures against the published schemas.

    @Test
    void the_valid_fixtures_pass() throws IOException {
        assertThat(problems(SUBVENTIONS, FIXTURES.resolve("subventions-valid.csv"))).isEmpty();
        assertThat(problems(DELIBERATIONS, FIXTURES.resolve("deliberations-valid.csv"))).isEmpty();
    }

    static Stream<Arguments> subventionsCells() {
        return Stream.of(
                // The SIRET check removes spaces before it checks, so only the pattern refuses this one.
                Arguments.of(2, "idAttribuant", "2162 0528 6000 18",
                        "line 2, idAttribuant: '2162 0528 6000 18' does not match pattern ^\\d{14}$"),
                // Like Python's, the pattern's \d takes any decimal digit; the SIRET check takes ASCII ones only.
                Arguments.of(2, "idAttribuant", "٢١٦٢٠٥٢٨٦٠٠٠١٨",
                        "line 2, idAttribuant: '٢١٦٢٠٥٢٨٦٠٠٠١٨' is not a SIRET: not 14 digits (french-siret-value)"),
                Arguments.of(4, "datesPeriodeVersement", "2024-07-01_2024-09-30",
                        "line 4, datesPeriodeVersement: '2024-07-01_2024-09-30' does not match pattern "
                                + PERIOD_PATTERN),
                Arguments.of(4, "rnaBeneficiaire", "W62300002",
                        "line 4, rnaBeneficiaire: 'W62300002' does not match pattern ^W\\d{9}$"),
                Arguments.of(3, "objet", "", "line 3, objet: a value is required"),
                Arguments.of(2, "montant", "", "line 2, montant: a value is required"),
                Arguments.of(3, "nature", "aide en numéraire; aide en nature",
                        "line 3, nature: 'aide en numéraire; aide en nature' is not in enum [aide en numéraire,"
                                + " aide en nature, aide en numéraire;aide en nature, aide en nature;aide en numéraire]"),
                Arguments.of(4, "pourcentageSubvention", "0.005",
                        "line 4, pourcentageSubvention: 0.005 is below minimum 0.01"),
                Arguments.of(2, "pourcentageSubvention", "1.5",
                        "line 2, pourcentageSubvention: 1.5 is above maximum 1"),
                Arguments.of(2, "dateConvention", "2024-02-30",
                        "line 2, dateConvention: '2024-02-30' is not a date (YYYY-MM-DD)"),
                Arguments.of(2, "dateConvention", "+12024-03-12",
                        "line 2, dateConvention: '+12024-03-12' is not a date (YYYY-MM-DD)"),
                Arguments.of(2, "dateConvention", "12/03/2024",
                        "line 2, dateConvention: '12/03/2024' is not a date (YYYY-MM-DD)"),
                Arguments.of(3, "notificationUE", "Oui",
                        "line 3, notificationUE: 'Oui' is not a boolean (true: [oui], false: [non])"),
                Arguments.of(2, "montant", "12 000,50", "line 2, montant: '12 000,50' is not a number"),
                Arguments.of(3, "idRAE", "123456", "line 3, idRAE: '123456' has length 6, above maxLength 5"),
                Arguments.of(2, "objet", "é".repeat(257),
                        "line 2, objet: '" + "é".repeat(257) + "' has length 257, above maxLength 256"),
                Arguments.of(3, "idBeneficiaire", "44556677100034",
                        "line 3, idBeneficiaire: '44556677100034' is not a SIRET: wrong check digit"
                                + " (french-siret-value)"),
                Arguments.of(4, "rnaBeneficiaire", "",
                        "line 4, idBeneficiaire, rnaBeneficiaire: one of them needs a value (one-of-required)"));
    }

    @ParameterizedTest
    @MethodSource("subventionsCells")
    void a_subventions_cell_breaking_one_constraint_gives_one_message(int line, String column, String value,
            String message) throws IOException {
        Path csv = withCell("subventions-valid.csv", line, column, value);
        assertThat(problems(SUBVENTIONS, csv)).containsExactly(message);
    }

    @Test
    void the_longest_objet_and_the_bounds_of_the_percentage_pass() throws IOException {
        // 256 characters, not 512 bytes nor 256 UTF-16 units: the limit counts characters.
        Path csv = withCell("subventions-valid.csv", 2, "objet", "é".repeat(255) + "\uD835\uDC9C");
        assertThat(problems(SUBVENTIONS, csv)).isEmpty();
        // The fixture's lines 2 and 4 hold the bounds, 1 and 0.01.
        assertThat(read(FIXTURES.resolve("subventions-valid.csv"))).extracting(row -> row.get(14))
                .containsExactly("pourcentageSubvention", "1", "0.99", "0.01");
    }

    @Test
    void sirets_pass_as_validata_reads_them() throws IOException {
        // A La Poste establishment, whose SIRET has no Luhn check digit.
        assertThat(problems(DELIBERATIONS, withCell("deliberations-valid.csv", 2, "COLL_SIRET", "35600000000001")))
                .isEmpty();
        // Validata removes spaces before checking, and idBeneficiaire has no pattern: the published schema takes it.
        assertThat(problems(SUBVENTIONS, withCell("subventions-valid.csv", 3, "idBeneficiaire", "445 566 771 00033")))
                .isEmpty();
    }

    static Stream<Arguments> deliberationsCells() {
        return Stream.of(
                cell(2, "DELIB_MATIERE_CODE", "7.5.1",
                        "line 2, DELIB_MATIERE_CODE: '7.5.1' does not match pattern ^\\d\\.\\d{1,2}$"),
                cell(4, "DELIB_OBJET", "", "line 4, DELIB_OBJET: a value is required"),
                cell(3, "DELIB_DATE", "20/06/2024",
                        "line 3, DELIB_DATE: '20/06/2024' is not a date (YYYY-MM-DD)"),
                cell(2, "VOTE_CONTRE", "1.0", "line 2, VOTE_CONTRE: '1.0' is not an integer"),
                cell(2, "DELIB_URL", "deliberations.example.org/DEL-2024-031.pdf",
                        "line 2, DELIB_URL: 'deliberations.example.org/DEL-2024-031.pdf' is not an absolute URI"),
                cell(2, "COLL_SIRET", "21620528600019",
                        "line 2, COLL_SIRET: '21620528600019' is not a SIRET: wrong check digit (french-siret-value)"),
                // The SIRET's check digit is right, its SIREN's is not.
                cell(2, "COLL_SIRET", "21620528700016",
                        "line 2, COLL_SIRET: '21620528700016' is not a SIRET: wrong check digit (french-siret-value)"),
                // La Poste's establishments: no Luhn, a digit sum divisible by 5, which this one misses.
                cell(2, "COLL_SIRET", "35600000000002",
                        "line 2, COLL_SIRET: '35600000000002' is not a SIRET: wrong check digit (french-siret-value)"),
                cell(3, "BUDGET_ANNEE", "2024/2024",
                        "line 3, BUDGET_ANNEE: '2024/2024' does not end after it starts (year-interval-value)"),
                cell(3, "BUDGET_ANNEE", "2025/2024",
                        "line 3, BUDGET_ANNEE: '2025/2024' does not end after it starts (year-interval-value)"),
                cell(3, "BUDGET_ANNEE", "24/25", "line 3, BUDGET_ANNEE: '24/25' does not match pattern"
                        + " ^[0-9]{4}(\\/[0-9]{4})?$",
                        "line 3, BUDGET_ANNEE: '24/25' is neither a year YYYY nor an interval YYYY/YYYY"
                                + " (year-interval-value)"),
                cell(2, "BUDGET_NOM", "",
                        "line 2, BUDGET_ANNEE, BUDGET_NOM: all or none need a value (cohesive-columns-value)"),
                cell(4, "VOTE_EFFECTIF", "29", "line 4, VOTE_EFFECTIF, VOTE_REEL, VOTE_POUR, VOTE_CONTRE,"
                        + " VOTE_ABSTENTION: all or none need a value (cohesive-columns-value)"),
                cell(2, "PREF_DATE", "2024-03-11",
                        "line 2, PREF_DATE: '2024-03-11' is not >= DELIB_DATE '2024-03-12' (compare-columns-value)"),
                cell(3, "VOTE_EFFECTIF", "25",
                        "line 3, VOTE_EFFECTIF: '25' is not >= VOTE_REEL '26' (compare-columns-value)"),
                cell(2, "VOTE_REEL", "28", "line 2, VOTE_REEL: '28' is not VOTE_POUR + VOTE_CONTRE"
                        + " + VOTE_ABSTENTION = 27 (sum-columns-value)"),
                cell(2, "DELIB_MATIERE_NOM", "Finances/subventions", "line 2, DELIB_MATIERE_NOM:"
                        + " 'Finances/subventions' does not start with an ACTES subject (nomenclature-actes-value)"),
                cell(2, "DELIB_MATIERE_NOM", "Finances locales / subventions", "line 2, DELIB_MATIERE_NOM:"
                        + " 'Finances locales / subventions' has a space beside '/' (nomenclature-actes-value)"),
                cell(3, "DELIB_MATIERE_NOM", "Urbanisme", "line 3, DELIB_MATIERE_NOM: 'Urbanisme'"
                        + " has no '/' after an ACTES subject (nomenclature-actes-value)"));
    }

    @ParameterizedTest
    @MethodSource("deliberationsCells")
    void a_deliberations_cell_breaking_one_constraint_gives_its_messages(int line, String column, String value,
            List<String> messages) throws IOException {
        Path csv = withCell("deliberations-valid.csv", line, column, value);
        assertThat(problems(DELIBERATIONS, csv)).containsExactlyElementsOf(messages);
    }

    static Stream<Arguments> subventionsStructure() {
        List<String> header = List.of("nomAttribuant", "idAttribuant", "dateConvention", "referenceDecision",
                "nomBeneficiaire", "idBeneficiaire", "rnaBeneficiaire", "objet", "montant", "nature",
                "conditionsVersement", "datesPeriodeVersement", "idRAE", "notificationUE", "pourcentageSubvention",
                "dispositifAide");
        return Stream.of(
                Arguments.of("a renamed column", edit(rows -> rows.get(0).set(8, "Montant")), List.of(
                        "line 1: missing column 'montant'", "line 1: extra column 'Montant'")),
                Arguments.of("an extra column", edit(rows -> rows.forEach(row -> row.add("note"))),
                        List.of("line 1: extra column 'note'")),
                Arguments.of("a missing column", edit(rows -> rows.forEach(row -> row.remove(15))),
                        List.of("line 1: missing column 'dispositifAide'")),
                Arguments.of("two columns swapped", edit(rows -> rows.forEach(row -> row.add(7, row.remove(8)))),
                        List.of("line 1: columns not in the schema's order " + header)),
                Arguments.of("a repeated column", edit(rows -> rows.forEach(row -> row.add(row.get(15)))),
                        List.of("line 1: duplicate column 'dispositifAide'")),
                Arguments.of("a row with one cell too many", edit(rows -> rows.get(2).add("")),
                        List.of("line 3: 17 cells, the header has 16")),
                Arguments.of("a blank row", edit(rows -> rows.add(2, new ArrayList<>(List.of("")))),
                        List.of("line 3: blank row")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subventionsStructure")
    void a_file_of_the_wrong_shape_says_where(String what, UnaryOperator<List<List<String>>> edit,
            List<String> messages) throws IOException {
        Path csv = rewritten("subventions-valid.csv", edit);
        assertThat(problems(SUBVENTIONS, csv)).containsExactlyElementsOf(messages);
    }

    @Test
    void bytes_not_in_the_charset_are_one_problem_naming_line_and_byte() throws IOException {
        String text = Files.readString(FIXTURES.resolve("subventions-valid.csv"));
        Path csv = temp.resolve("windows-1252.csv");
        Files.write(csv, text.getBytes(Charset.forName("windows-1252")));

        assertThat(problems(SUBVENTIONS, csv))
                .containsExactly("line 2 (byte " + text.indexOf('é') + "): not valid UTF-8");
    }

    @Test
    void a_byte_order_mark_is_skipped_and_broken_quoting_refused() throws IOException {
        String text = Files.readString(FIXTURES.resolve("subventions-valid.csv"));
        Path bom = Files.writeString(temp.resolve("bom.csv"), "\uFEFF" + text);
        assertThat(problems(SUBVENTIONS, bom)).isEmpty();

        Path broken = Files.writeString(temp.resolve("broken.csv"), text.replace("12\",", "12\"x,"));
        assertThat(problems(SUBVENTIONS, broken)).singleElement().asString()
                .startsWith("line 2: malformed CSV (Invalid character between encapsulated token and delimiter");
    }

    // ---- The test's own schema: keywords the SCDL schemas do not use.

    static Stream<Arguments> keysCells() {
        return Stream.of(
                Arguments.of(3, "code", "AB", "line 3, code: 'AB' repeats line 2 (unique)"),
                Arguments.of(4, "amount", "1.50", "line 4, amount: '1.50' repeats line 2 (unique)"),
                Arguments.of(5, "id", "3", "line 5, id: '3' repeats line 4 (primaryKey)"),
                Arguments.of(3, "id", "NA", "line 3, id: a value is required (primaryKey)"),
                Arguments.of(2, "code", "A", "line 2, code: 'A' has length 1, below minLength 2"),
                Arguments.of(2, "since", "1999-12-31", "line 2, since: 1999-12-31 is below minimum 2000-01-01"),
                Arguments.of(2, "amount", "1e4", "line 2, amount: 1e4 is above maximum 1000"),
                Arguments.of(2, "amount", "NaN", "line 2, amount: NaN cannot be compared with maximum 1000"),
                Arguments.of(3, "active", "yes", "line 3, active: 'yes' is not a boolean"
                        + " (true: [true, True, TRUE, 1], false: [false, False, FALSE, 0])"));
    }

    @Test
    void the_own_fixture_with_missing_values_and_number_forms_passes() throws IOException {
        assertThat(TableSchemaCheck.problems(FIXTURES.resolve("keys.schema.json"), FIXTURES.resolve("keys.csv"),
                StandardCharsets.UTF_8)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("keysCells")
    void a_cell_breaking_a_key_or_bound_gives_one_message(int line, String column, String value, String message)
            throws IOException {
        Path csv = withCell("keys.csv", line, column, value);
        assertThat(TableSchemaCheck.problems(FIXTURES.resolve("keys.schema.json"), csv, StandardCharsets.UTF_8))
                .containsExactly(message);
    }

    static Stream<Arguments> unhandledSchemas() {
        String field = "{\"name\": \"a\", \"type\": \"string\"}";
        return Stream.of(
                Arguments.of("{\"fields\": [{\"name\": \"a\", \"type\": \"number\", \"constraints\": {\"exclusiveMinimum\": 0}}]}",
                        "/fields/0/constraints/exclusiveMinimum is a keyword this check does not handle"),
                Arguments.of("{\"fields\": [{\"name\": \"a\", \"type\": \"number\", \"decimalChar\": \",\"}]}",
                        "/fields/0/decimalChar is a keyword this check does not handle"),
                Arguments.of("{\"fields\": [" + field + "], \"foreignKeys\": []}",
                        "/foreignKeys is a keyword this check does not handle"),
                Arguments.of("{\"fields\": [" + field + "], \"fieldsMatch\": \"subset\"}",
                        "/fieldsMatch is a keyword this check does not handle"),
                Arguments.of("{\"fields\": [{\"name\": \"a\", \"type\": \"array\"}]}",
                        "/fields/0/type 'array' is a type this check does not handle"),
                Arguments.of("{\"fields\": [{\"name\": \"a\", \"type\": \"string\", \"format\": \"email\"}]}",
                        "/fields/0/format 'email' for a string is not handled"),
                Arguments.of("{\"fields\": [{\"name\": \"a\", \"type\": \"integer\", \"constraints\": {\"pattern\": \"1\"}}]}",
                        "/fields/0/constraints/pattern is handled on plain strings only"),
                Arguments.of("{\"$schema\": \"https://datapackage.org/profiles/2.0/tableschema.json\", \"fields\": []}",
                        "/$schema is not https://frictionlessdata.io/schemas/table-schema.json"),
                Arguments.of("{\"fields\": [" + field + "], \"custom_checks\": [{\"name\": \"phone-number-value\","
                        + " \"params\": {\"column\": \"a\"}}]}",
                        "/custom_checks/0/name 'phone-number-value' is a custom check this check does not handle"),
                Arguments.of("{\"fields\": [" + field + "], \"custom_checks\": [{\"name\": \"french-siret-value\","
                        + " \"params\": {\"column\": \"a\", \"strict\": true}}]}",
                        "/custom_checks/0/params/strict is a keyword this check does not handle"));
    }

    @ParameterizedTest
    @MethodSource("unhandledSchemas")
    void a_schema_using_what_the_check_does_not_handle_is_refused(String schema, String message)
            throws IOException {
        Path schemaFile = Files.writeString(temp.resolve("schema.json"), schema);
        Path csv = Files.writeString(temp.resolve("a.csv"), "a\nx\n");

        assertThatThrownBy(() -> TableSchemaCheck.problems(schemaFile, csv, StandardCharsets.UTF_8))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Table Schema " + message);
    }

    // ---- Variants of the fixtures, written beside the test.

    /** A changed cell and the messages it must give, in order. */
    private static Arguments cell(int line, String column, String value, String... messages) {
        return Arguments.of(line, column, value, List.of(messages));
    }

    private static UnaryOperator<List<List<String>>> edit(Consumer<List<List<String>>> change) {
        return rows -> {
            change.accept(rows);
            return rows;
        };
    }

    /** The fixture with one cell changed; line 1 is the header, as in the messages. */
    private Path withCell(String fixture, int line, String column, String value) throws IOException {
        return rewritten(fixture, edit(rows -> rows.get(line - 1).set(rows.get(0).indexOf(column), value)));
    }

    private Path rewritten(String fixture, UnaryOperator<List<List<String>>> edit) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        read(FIXTURES.resolve(fixture)).forEach(record -> rows.add(new ArrayList<>(record.toList())));
        // Written by hand: CSVPrinter carries SpotBugs annotations that javac, under -Werror, cannot resolve.
        String text = edit.apply(rows).stream()
                .map(row -> row.stream()
                        .map(cell -> cell.matches("[^\",\r\n]*") ? cell : '"' + cell.replace("\"", "\"\"") + '"')
                        .collect(Collectors.joining(",")))
                .collect(Collectors.joining("\n", "", "\n"));
        return Files.writeString(temp.resolve(fixture), text);
    }

    private static List<CSVRecord> read(Path csv) throws IOException {
        try (CSVParser parser = CSVParser.parse(csv, StandardCharsets.UTF_8, CSVFormat.RFC4180)) {
            return parser.getRecords();
        }
    }
}
