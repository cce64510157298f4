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
 * The columns of a Decidim CSV export as its header names them (<em>colonnes d'un export
 * Decidim</em>): nested keys joined by {@code /}, one column per locale for a translated text
 * ({@code title/en}), machine translations apart ({@code title/machine_translations/fr}). Which
 * locales and which optional columns a file has depends on the platform: they are read from the
 * header, never assumed. The columns of each export the adapters read are declared here, once:
 * {@link #results} and {@link #initiatives}.
 *
 * <p>Instances are immutable and thread-safe.
 */
final class ExportColumns {

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

    // The columns of an initiatives open-data export that a results export does not have.
    static final String REFERENCE = "reference";
    static final String STATE = "state";
    static final String PUBLISHED_AT = "published_at";
    static final String SIGNATURE_START_DATE = "signature_start_date";
    static final String SIGNATURE_END_DATE = "signature_end_date";
    static final String SIGNATURE_TYPE = "signature_type";
    static final String SIGNATURES = "signatures";
    static final String ANSWERED_AT = "answered_at";
    static final String ANSWER_URL = "answer_url";
    static final String HASHTAG = "hashtag";
    static final String FIRST_PROGRESS_NOTIFICATION_AT = "first_progress_notification_at";
    static final String SECOND_PROGRESS_NOTIFICATION_AT = "second_progress_notification_at";
    static final String TYPE_ID = "type/id";
    static final String AUTHOR_IDS = "authors/id";
    static final String AUTHOR_NAMES = "authors/name";
    static final String AREA_ID = "area/id";
    static final String ANSWER = "answer";
    static final String TYPE_TITLE = "type/title";
    static final String AREA_NAME = "area/name";

    static final List<String> RESULT_SINGLE = List.of(ID, CATEGORY_ID, SCOPE_ID, PARENT_ID, START_DATE, END_DATE, STATUS_ID,
            STATUS_KEY, PROGRESS, CREATED_AT, URL, COMPONENT_ID, PROPOSAL_URLS);
    static final List<String> RESULT_TRANSLATED = List.of(TITLE, DESCRIPTION, CATEGORY_NAME, SCOPE_NAME, STATUS_NAME);
    static final List<String> INITIATIVE_SINGLE = List.of(REFERENCE, STATE, CREATED_AT, PUBLISHED_AT, SIGNATURE_START_DATE,
            SIGNATURE_END_DATE, SIGNATURE_TYPE, SIGNATURES, ANSWERED_AT, ANSWER_URL, HASHTAG, FIRST_PROGRESS_NOTIFICATION_AT,
            SECOND_PROGRESS_NOTIFICATION_AT, SCOPE_ID, TYPE_ID, AUTHOR_IDS, AUTHOR_NAMES, AREA_ID);
    static final List<String> INITIATIVE_TRANSLATED = List.of(TITLE, DESCRIPTION, ANSWER, SCOPE_NAME, TYPE_TITLE, AREA_NAME);
    /** A locale as Decidim writes it in a column's name: {@code ca}, {@code en}, {@code pt-BR}. */
    private static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*");

    /** One column of a translated text: its name and the locale it holds. */
    record Localized(String column, Locale locale) {
    }

    private final List<String> header;
    private final Map<String, List<Localized>> texts;
    private final List<String> machineTranslations;
    private final List<String> extra;

    private ExportColumns(List<String> header, Map<String, List<Localized>> texts, List<String> machineTranslations, List<String> extra) {
        this.header = List.copyOf(header);
        this.texts = texts;
        this.machineTranslations = machineTranslations;
        this.extra = extra;
    }

    /** Sorts the columns of a header of the accountability results export. */
    static ExportColumns results(List<String> header) {
        return of(header, RESULT_SINGLE, RESULT_TRANSLATED);
    }

    /** Sorts the columns of a header of the initiatives open-data export. */
    static ExportColumns initiatives(List<String> header) {
        return of(header, INITIATIVE_SINGLE, INITIATIVE_TRANSLATED);
    }

    /**
     * Sorts a header's columns: the known ones, the translated ones by text, the machine
     * translations, and those the export does not have.
     */
    private static ExportColumns of(List<String> header, List<String> single, List<String> translated) {
        Pattern translatedColumn = Pattern.compile("(" + translated.stream().map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"))
                + ")/(machine_translations/)?(.+)");
        Map<String, List<Localized>> texts = new TreeMap<>();
        translated.forEach(text -> texts.put(text, new ArrayList<>()));
        List<String> machine = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        for (String column : header) {
            if (single.contains(column)) {
                continue;
            }
            Matcher matcher = translatedColumn.matcher(column);
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
        return new ExportColumns(header, Collections.unmodifiableMap(texts), List.copyOf(machine), List.copyOf(extra));
    }

    /**
     * Returns the columns of a translated text, in the order of the header.
     *
     * @param text one of the translated texts of the export, such as {@link #TITLE}
     */
    List<Localized> translated(String text) {
        return texts.get(text);
    }

    /**
     * Returns the columns of a header the export requires that it lacks: the given ones, and a
     * title in at least one locale.
     *
     * @param required the columns required besides the title
     * @return the columns missing, as named to people, in the order given, the title's last
     */
    List<String> missing(List<String> required) {
        List<String> missing = new ArrayList<>();
        for (String column : required) {
            if (!header.contains(column)) {
                missing.add(column);
            }
        }
        if (translated(TITLE).isEmpty()) {
            missing.add(TITLE + "/<locale>");
        }
        return missing;
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
