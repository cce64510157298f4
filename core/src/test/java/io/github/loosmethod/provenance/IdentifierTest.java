package io.github.loosmethod.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loosmethod.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Identifiers of the registers French records use are checked; other schemes are kept as they are. */
class IdentifierTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        // Real ones, from the SCDL samples of ../shared/interop: the town of Antibes, the Région Bretagne, an association.
        "siret, 21060004500392",
        "siret, 23350001600040",
        "siret, 52499120500013",
        "siren, 210600045",
        "siren, 233500016",
        // La Poste: its head office by Luhn, its establishments by a digit sum that is a multiple of 5.
        "siret, 35600000000048",
        "siret, 35600000000001",
        "rna, W333216789",
        "rna, W2A1234567",
        // The INSEE codes of Loos-en-Gohelle, Antibes, Ajaccio (2A), Saint-Denis de La Réunion, Nouméa.
        "insee, 62528",
        "insee, 06004",
        "insee, 2A004",
        "insee, 97411",
        "insee, 98818",
        // Free schemes: a civic platform's user, a council's own numbering.
        "decidim.loos:user, 4212",
        "deliberation-number, DCM 2024-017"})
    void a_valid_identifier_is_accepted(String scheme, String value) {
        Identifier identifier = Identifier.of(scheme, value);

        assertThat(identifier.scheme()).isEqualTo(scheme);
        assertThat(identifier.value()).isEqualTo(value);
        assertThat(identifier.checkedScheme().isPresent()).isEqualTo(IdentifierScheme.byCode(scheme).isPresent());
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        // The Etalab example's beneficiary: an invented SIRET whose check digit is wrong.
        "siret | 67895644300011 | is not a valid siret: its check digit is wrong",
        "siret | 21060004500393 | is not a valid siret: its check digit is wrong",
        "siret | 2106000450039 | is not a valid siret: must be 14 digits",
        "siret | 2106 0004 5003 | is not a valid siret: must be 14 digits",
        "siret | 35600000000002 | is not a valid siret: its check digit is wrong",
        "siren | 210600046 | is not a valid siren: its Luhn check digit is wrong",
        "siren | 21060004A | is not a valid siren: must be 9 digits",
        "rna | W33321678 | is not a valid rna: an RNA number is W followed by 9 digits (2A or 2B for Corsica)",
        "rna | w333216789 | is not a valid rna: an RNA number is W followed by 9 digits (2A or 2B for Corsica)",
        "insee | 20004 | is not a valid insee: an INSEE commune code is 5 characters: a department (01 to 95, 2A, 2B) and 3 digits, or 97x, 98x overseas",
        "insee | 00123 | is not a valid insee: an INSEE commune code is 5 characters: a department (01 to 95, 2A, 2B) and 3 digits, or 97x, 98x overseas",
        "insee | 6252 | is not a valid insee: an INSEE commune code is 5 characters: a department (01 to 95, 2A, 2B) and 3 digits, or 97x, 98x overseas",
        "insee | 96001 | is not a valid insee: an INSEE commune code is 5 characters: a department (01 to 95, 2A, 2B) and 3 digits, or 97x, 98x overseas"})
    void an_invalid_identifier_of_a_checked_scheme_is_refused_saying_why(String scheme, String value, String reason) {
        assertThatThrownBy(() -> Identifier.of(scheme, value)).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("value"))
                .hasMessageContaining(reason);
    }

    @ParameterizedTest(name = "scheme \"{0}\"")
    @CsvSource(delimiter = '|', value = {"SIRET", "1siret", "''", "my scheme", "é"})
    void a_malformed_scheme_is_refused(String scheme) {
        assertThatThrownBy(() -> Identifier.of(scheme, "1")).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("scheme"));
    }

    @ParameterizedTest(name = "value \"{0}\"")
    @CsvSource(delimiter = '|', value = {"''", "' '", "' 4212'", "'4212 '"})
    void a_blank_or_padded_value_is_refused(String value) {
        assertThatThrownBy(() -> Identifier.of("decidim.loos:user", value)).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("value"));
    }
}
