package io.github.loosmethod.provenance;

import io.github.loosmethod.Labelled;
import io.github.loosmethod.Language;
import io.github.loosmethod.LocalizedText;
import io.github.loosmethod.Vocabulary;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The identifier schemes the library checks (<em>référentiels d'identifiants</em>), each with its
 * code as written in an {@link Identifier}. Any other scheme — a civic platform's ids, a council's
 * own numbering — is free: its values are kept as they are.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum IdentifierScheme implements Labelled {
    /** SIREN: 9 digits identifying a company, an association or a public body in France; Luhn check. */
    SIREN("siren"),
    /** SIRET: 14 digits, the SIREN and an establishment number; Luhn check (La Poste's establishments: a digit sum that is a multiple of 5). */
    SIRET("siret"),
    /** RNA number of an association (<em>répertoire national des associations</em>): {@code W} and 9 digits (2A, 2B for Corsica). */
    RNA("rna"),
    /** INSEE code of a commune (<em>code officiel géographique</em>): 5 characters, 2A and 2B for Corsica, 97x and 98x overseas. */
    INSEE_COMMUNE("insee");

    /** La Poste's SIREN: its establishments' SIRETs follow another check than Luhn's. */
    private static final String LA_POSTE = "356000000";

    private final String code;

    IdentifierScheme(String code) {
        this.code = code;
    }

    /**
     * Returns the code of the scheme, as an {@link Identifier} names it.
     *
     * @return the code, such as {@code "siret"}
     */
    public String code() {
        return code;
    }

    /**
     * Finds the checked scheme a code names.
     *
     * @param code a scheme's code, not null
     * @return the scheme, or empty for a free scheme
     * @throws NullPointerException if {@code code} is null
     */
    public static Optional<IdentifierScheme> byCode(String code) {
        Objects.requireNonNull(code, "code");
        for (IdentifierScheme scheme : values()) {
            if (scheme.code.equals(code)) {
                return Optional.of(scheme);
            }
        }
        return Optional.empty();
    }

    // Compiled once: every identifier read or built is checked, and String.matches compiles its pattern at each call.
    private static final Pattern RNA_NUMBER = Pattern.compile("W(?:\\d{2}|2A|2B)\\d{7}");
    private static final Pattern INSEE_CODE = Pattern.compile(
            "(?:0[1-9]|1\\d|2[1-9AB]|[3-8]\\d|9[0-5])\\d{3}|97[1-8]\\d{2}|98[4-9]\\d{2}");

    /**
     * Tells why a value is not an identifier of this scheme.
     *
     * @param value the value, not null
     * @return the reason, in English and in French, or empty when the value is valid
     * @throws NullPointerException if {@code value} is null
     */
    public Optional<LocalizedText> problem(String value) {
        Objects.requireNonNull(value, "value");
        switch (this) {
            case SIREN:
                return digits(value, 9).or(() -> luhn(value) ? Optional.empty() : reason("luhn"));
            case SIRET:
                return digits(value, 14).or(() -> {
                    // La Poste numbers its establishments by a digit sum that is a multiple of 5; its head office follows Luhn.
                    boolean valid = luhn(value) || value.startsWith(LA_POSTE) && digitSum(value) % 5 == 0;
                    return valid ? Optional.empty() : reason("checkDigit");
                });
            case RNA:
                return RNA_NUMBER.matcher(value).matches() ? Optional.empty()
                        : reason("rna");
            default:
                return INSEE_CODE.matcher(value).matches() ? Optional.empty()
                        : reason("insee");
        }
    }

    private static Optional<LocalizedText> digits(String value, int length) {
        return value.length() == length && value.chars().allMatch(c -> c >= '0' && c <= '9') ? Optional.empty()
                : reason("digits", length);
    }

    /** A reason of the vocabulary ({@code IdentifierScheme.problem.*}), in both languages. */
    private static Optional<LocalizedText> reason(String key, Object... arguments) {
        return Optional.of(LocalizedText.of(Vocabulary.format("IdentifierScheme.problem." + key, Language.ENGLISH, arguments),
                Vocabulary.format("IdentifierScheme.problem." + key, Language.FRENCH, arguments)));
    }

    /** The Luhn check: doubling every second digit from the right, the sum is a multiple of 10. */
    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    private static int digitSum(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += digits.charAt(i) - '0';
        }
        return sum;
    }

    @Override
    public String labelKey() {
        return "IdentifierScheme." + name();
    }
}
