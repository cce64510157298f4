package io.github.loosmethod.interop.decidim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns of a Decidim results export as its header names them (<em>colonnes des
 * résultats</em>): nested keys joined by {@code /}, one column per locale for a translated text
 * ({@code title/en}), machine translations apart ({@code title/machine_translations/fr}). Which
 * locales and which optional columns a file has depends on the platform: they are read from the
 * header, never assumed.
 *
 * <p>Instances are immutable and thread-safe.
 */
final class ResultColumns {

    static final String ID = "id";
    static final String CATEGORY_ID = "category/id";
    static final String SCOPE_ID = "scope/id";
    static final String PARENT_ID = "parent/id";
    static final String START_DATE = "start_date";
    static final String END_DATE = "end_date";
    static final String STATUS_ID = "status/id";
    static final String STATUS_KEY = "status/key";
    static final String PROGRESS = "progress";
    static final String CREATED_AT = "created_at";
    static final String URL = "url";
    static final String COMPONENT_ID = "component/id";
    static final String PROPOSAL_URLS = "proposal_urls";

    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String CATEGORY_NAME = "category/name";
    static final String SCOPE_NAME = "scope/name";
    static final String STATUS_NAME = "status/name";

    private static final List<String> SINGLE = List.of(ID, CATEGORY_ID, SCOPE_ID, PARENT_ID, START_DATE, END_DATE, STATUS_ID, STATUS_KEY,
            PROGRESS, CREATED_AT, URL, COMPONENT_ID, PROPOSAL_URLS);
    private static final List<String> TRANSLATED = List.of(TITLE, DESCRIPTION, CATEGORY_NAME, SCOPE_NAME, STATUS_NAME);
    /** A locale as Decidim writes it in a column's name: {@code ca}, {@code en}, {@code pt-BR}. */
    private static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*");
    private static final Pattern TRANSLATED_COLUMN = Pattern.compile("(" + String.join("|", TRANSLATED) + ")/(machine_translations/)?(.+)");

    /** One column of a translated text: its name and the locale it holds. */
    record Localized(String column, Locale locale) {
    }

    private final Map<String, List<Localized>> texts;
    private final List<String> machineTranslations;
    private final List<String> extra;

    private ResultColumns(Map<String, List<Localized>> texts, List<String> machineTranslations, List<String> extra) {
        this.texts = texts;
        this.machineTranslations = machineTranslations;
        this.extra = extra;
    }

    /**
     * Sorts a header's columns: the known ones, the translated ones by text, the machine
     * translations, and those the export does not have.
     */
    static ResultColumns of(List<String> header) {
        Map<String, List<Localized>> texts = new TreeMap<>();
        TRANSLATED.forEach(text -> texts.put(text, new ArrayList<>()));
        List<String> machine = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        for (String column : header) {
            if (SINGLE.contains(column)) {
                continue;
            }
            Matcher matcher = TRANSLATED_COLUMN.matcher(column);
            if (matcher.matches() && LOCALE.matcher(matcher.group(3)).matches()) {
                if (matcher.group(2) != null) {
                    machine.add(column);
                } else {
                    texts.get(matcher.group(1)).add(new Localized(column, Locale.forLanguageTag(matcher.group(3))));
                }
            } else {
                extra.add(column);
            }
        }
        texts.replaceAll((text, columns) -> List.copyOf(columns));
        return new ResultColumns(Collections.unmodifiableMap(texts), List.copyOf(machine), List.copyOf(extra));
    }

    /**
     * Returns the columns of a translated text, in the order of the header.
     *
     * @param text {@link #TITLE}, {@link #DESCRIPTION}, {@link #CATEGORY_NAME}, {@link #SCOPE_NAME}
     *        or {@link #STATUS_NAME}
     */
    List<Localized> translated(String text) {
        return texts.get(text);
    }

    /** The columns of machine translations, in the order of the header: never imported as texts. */
    List<String> machineTranslations() {
        return machineTranslations;
    }

    /** The columns the export does not have, in the order of the header. */
    List<String> extra() {
        return extra;
    }
}
