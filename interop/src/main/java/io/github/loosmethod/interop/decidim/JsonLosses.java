package io.github.loosmethod.interop.decidim;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.loosmethod.Texts;
import io.github.loosmethod.interop.Loss;
import io.github.loosmethod.interop.LossCategory;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.interop.ImportedRecord;
import io.github.loosmethod.interop.Losses;
import io.github.loosmethod.provenance.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The losses of one record of a JSON export, each at its own JSON Pointer in the document
 * (<em>pertes d'un document JSON</em>), and the reading of a text translated per locale. Not
 * thread-safe; one per record.
 */
final class JsonLosses {

    /** The key under which Decidim keeps machine translations of a translated text. */
    static final String MACHINE_TRANSLATIONS = "machine_translations";

    private final Source source;
    private final String at;
    private final List<Loss> list = new ArrayList<>();

    /**
     * @param source the record's source, not null
     * @param at the record's pointer in the document, {@code ""} for the whole document
     */
    JsonLosses(Source source, String at) {
        this.source = source;
        this.at = at;
    }

    Source source() {
        return source;
    }

    void add(String pointer, String target, LossCategory category, JsonNode value, String key, Object... arguments) {
        add(pointer, target, category, value, List.of(), null, key, arguments);
    }

    void add(String pointer, String target, LossCategory category, JsonNode value, List<String> candidates, String rule, String key,
            Object... arguments) {
        String where = at + pointer;
        Source located = where.isEmpty() ? source : Source.builder().from(source).withPointer(where).build();
        list.add(new Loss(located, Optional.empty(), target, category, Optional.ofNullable(value).filter(v -> !v.isMissingNode())
                .map(JsonLosses::written), candidates, Optional.ofNullable(rule), Losses.text(key, arguments)));
    }

    /** The record of the initiative {@code build} makes, judged as every adapter's is ({@link Losses#judge}). */
    ImportedRecord record(Supplier<Initiative> build) {
        Source located = at.isEmpty() ? source : Source.builder().from(source).withPointer(at).build();
        return Losses.judge(located, build, list::add, this::entries);
    }

    boolean refused() {
        return list.stream().anyMatch(loss -> loss.category() == LossCategory.REFUSED_RECORD);
    }

    List<Loss> entries() {
        return List.copyOf(list);
    }

    /**
     * Picks a translated text: the first of the context's locales that has one, else the first of
     * the object's; the other locales {@code degraded}, the choice too when it is none of the
     * town's languages; machine translations {@code dropped}, never taken; a value that is no text
     * {@code dropped}.
     *
     * @param value the object of locales, or any value
     * @param pointer its pointer in the record
     * @param target where the text goes in the record
     * @param locales the town's languages, the first first
     * @return the text chosen, stripped, or empty when no locale has one
     */
    Optional<String> translated(JsonNode value, String pointer, String target, List<Locale> locales) {
        if (isEmpty(value)) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            add(pointer, target, LossCategory.DROPPED, value, "interop.decidim.notTranslated");
            return Optional.empty();
        }
        List<Map.Entry<String, JsonNode>> present = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            String key = pointer + "/" + escape(entry.getKey());
            if (MACHINE_TRANSLATIONS.equals(entry.getKey())) {
                if (!isEmpty(entry.getValue())) {
                    add(key, target, LossCategory.DROPPED, entry.getValue(), "interop.decidim.machineTranslation");
                }
            } else if (entry.getValue().isTextual()) {
                if (!Texts.isBlank(entry.getValue().textValue())) {
                    present.add(entry);
                }
            } else if (!entry.getValue().isNull()) {
                add(key, target, LossCategory.DROPPED, entry.getValue(), "interop.decidim.notTranslated");
            }
        }
        if (present.isEmpty()) {
            return Optional.empty();
        }
        Map.Entry<String, JsonNode> chosen = null;
        for (Locale preferred : locales) {
            for (Map.Entry<String, JsonNode> entry : present) {
                if (chosen == null && Locale.forLanguageTag(entry.getKey().replace('_', '-')).getLanguage().equals(preferred.getLanguage())) {
                    chosen = entry;
                }
            }
        }
        if (chosen == null) {
            chosen = present.get(0);
            add(pointer + "/" + escape(chosen.getKey()), target, LossCategory.DEGRADED, chosen.getValue(), "interop.decidim.notPreferred",
                    locales.stream().map(Locale::toLanguageTag).reduce((a, b) -> a + ", " + b).orElse(""), chosen.getKey());
        }
        for (Map.Entry<String, JsonNode> other : present) {
            if (other != chosen) {
                add(pointer + "/" + escape(other.getKey()), target, LossCategory.DEGRADED, other.getValue(), "interop.decidim.otherLanguage",
                        chosen.getKey());
            }
        }
        return Optional.of(chosen.getValue().textValue().strip());
    }

    /** A value as the source has it: a text as it is, anything else as compact JSON. */
    static String written(JsonNode value) {
        return value.isTextual() ? value.textValue() : value.toString();
    }

    /**
     * Missing, null, a blank text, an array or object holding nothing else ({@code {"title": null,
     * "url": null}}, an answer blank in every locale): nothing to lose. Zero and {@code false} are values.
     */
    static boolean isEmpty(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return true;
        }
        if (value.isTextual()) {
            return Texts.isBlank(value.textValue());
        }
        if (value.isContainerNode()) {
            // The reader bounds the nesting: the recursion is as deep as the document, at most.
            for (JsonNode element : value) {
                if (!isEmpty(element)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** A key as a JSON Pointer writes it (RFC 6901). */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
