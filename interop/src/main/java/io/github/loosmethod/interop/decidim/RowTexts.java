package io.github.loosmethod.interop.decidim;

import io.github.loosmethod.Texts;
import io.github.loosmethod.interop.LossCategory;
import io.github.loosmethod.interop.Losses;
import io.github.loosmethod.interop.csv.CsvRow;
import io.github.loosmethod.interop.decidim.ExportColumns.Localized;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The texts of a row of a Decidim CSV export, as every adapter of those exports reads them
 * (<em>textes d'une ligne</em>): one locale taken for a text given in several, the others
 * reported; HTML read as plain text. This class holds no state.
 */
final class RowTexts {

    private RowTexts() {
    }

    /**
     * Picks the column of a translated text: the first of the town's locales that has one, else
     * the first of the header; the others are reported, the choice too when it is none of the
     * town's languages.
     *
     * @return the column taken, or empty when no column of the text holds one
     */
    static Optional<Localized> translated(CsvRow row, List<Localized> columns, String target, Losses losses, List<Locale> locales) {
        List<Localized> present = columns.stream().filter(column -> text(row, column.column()).isPresent()).collect(Collectors.toList());
        if (present.isEmpty()) {
            return Optional.empty();
        }
        Localized chosen = null;
        for (Locale preferred : locales) {
            for (Localized column : present) {
                if (chosen == null && column.locale().getLanguage().equals(preferred.getLanguage())) {
                    chosen = column;
                }
            }
        }
        if (chosen == null) {
            chosen = present.get(0);
            losses.add(chosen.column(), target, LossCategory.DEGRADED, text(row, chosen.column()).get(), "interop.decidim.notPreferred",
                    locales.stream().map(Locale::toLanguageTag).collect(Collectors.joining(", ")), chosen.column());
        }
        for (Localized other : present) {
            if (other != chosen) {
                losses.add(other.column(), target, LossCategory.DEGRADED, text(row, other.column()).get(), "interop.decidim.otherLanguage",
                        chosen.column());
            }
        }
        return Optional.of(chosen);
    }

    /**
     * The plain text of a description, for both texts of the purpose; the title without one.
     *
     * @param standsInKey the message saying the description stands in for the general interest
     * @param fromTitleKey the message saying the title stands in for the purpose
     */
    static String purpose(CsvRow row, List<Localized> descriptions, String title, Losses losses, List<Locale> locales, String standsInKey,
            String fromTitleKey) {
        Optional<Localized> column = translated(row, descriptions, "/purpose/livingEnvironment", losses, locales);
        Optional<String> html = column.flatMap(chosen -> text(row, chosen.column()));
        PlainText plain = PlainText.of(html.orElse(""));
        if (Texts.isBlank(plain.text())) {
            losses.add(column.map(Localized::column).orElse(null), "/purpose/livingEnvironment", LossCategory.DEFAULTED, html.orElse(null),
                    fromTitleKey);
            losses.add(null, "/purpose/generalInterest", LossCategory.DEFAULTED, null, fromTitleKey);
            return title;
        }
        if (plain.hadMarkup()) {
            losses.add(column.get().column(), "/purpose/livingEnvironment", LossCategory.DEGRADED, html.get(), "interop.decidim.html");
        }
        losses.add(column.get().column(), "/purpose/generalInterest", LossCategory.DEFAULTED, null, standsInKey);
        return plain.text();
    }

    /** A {@code dropped} entry for a cell that has a value, with the column's name as the message's argument. */
    static void dropped(CsvRow row, String column, String target, String key, Losses losses) {
        row.cell(column).ifPresent(value -> losses.add(column, target, LossCategory.DROPPED, value, key, column));
    }

    /** A cell, stripped, when it holds more than white space. */
    static Optional<String> text(CsvRow row, String column) {
        return row.cell(column).filter(value -> !Texts.isBlank(value)).map(String::strip);
    }
}
