package io.github.loosmethod;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The bilingual vocabulary of the library: every label, rule title, rationale and violation
 * message, in English and in French.
 *
 * <p>The texts live in {@code vocabulary.properties} (English) and
 * {@code vocabulary_fr.properties} (French), read as UTF-8 once, when this class is first used.
 * They are deliberately not read through {@link java.util.ResourceBundle}: its fallback to the
 * JVM's default locale would make a German server print French, and its control hooks are not
 * available inside a named module. Placeholders are written {@code {0}}, {@code {1}}, … and
 * replaced literally, so French apostrophes need no escaping.
 *
 * <p>This class is thread-safe; its texts never change after loading.
 */
public final class Vocabulary {

    private static final Map<Language, Map<String, String>> TEXTS = load();

    private Vocabulary() {
    }

    /**
     * Returns the text for a key.
     *
     * @param key the key, not null
     * @param language the language, not null
     * @return the text, never null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the vocabulary has no such key (a defect of the
     *         library, caught by its label-completeness tests)
     */
    public static String text(String key, Language language) {
        Objects.requireNonNull(key, "key");
        String text = TEXTS.get(Objects.requireNonNull(language, "language")).get(key);
        if (text == null) {
            throw new IllegalArgumentException("No " + language + " text for key " + key);
        }
        return text;
    }

    /**
     * Returns the text for a key with its placeholders {@code {0}}, {@code {1}}, … replaced by
     * the arguments. The text is read once, left to right: what an argument brings (an id taken
     * from a document, say) is never searched for placeholders again, so a value that reads
     * {@code "{1}"} is shown as it is.
     *
     * @param key the key, not null
     * @param language the language, not null
     * @param arguments the values of the placeholders: a {@link Labelled} term is rendered with its
     *        label in {@code language}, a {@link LocalizedText} with its text in that language,
     *        anything else with {@link String#valueOf(Object)}; a placeholder with no argument is
     *        left as it is
     * @return the text, never null
     * @throws NullPointerException if {@code key}, {@code language} or the array is null
     * @throws IllegalArgumentException if the vocabulary has no such key
     */
    public static String format(String key, Language language, Object... arguments) {
        return substitute(text(key, language), language, arguments);
    }

    /**
     * Returns the text for a key in the grammatical number a count calls for, with its
     * placeholders replaced as {@link #format} does. The vocabulary holds two texts,
     * {@code key.one} and {@code key.other}; which is used follows the language's rule: in English
     * one for exactly 1, in French one for 0 and 1 ("0 ligne refusée", "1 ligne refusée",
     * "2 lignes refusées").
     *
     * @param key the key, without its {@code .one} or {@code .other} ending, not null
     * @param language the language, not null
     * @param count the count the text is about; usually also one of the arguments
     * @param arguments the values of the placeholders
     * @return the text, never null
     * @throws NullPointerException if {@code key}, {@code language} or the array is null
     * @throws IllegalArgumentException if the vocabulary has no such key
     */
    public static String plural(String key, Language language, long count, Object... arguments) {
        Objects.requireNonNull(language, "language");
        boolean one = language == Language.FRENCH ? count == 0 || count == 1 : count == 1;
        return format(key + (one ? ".one" : ".other"), language, arguments);
    }

    private static String substitute(String text, Language language, Object... arguments) {
        Objects.requireNonNull(arguments, "arguments");
        StringBuilder out = null;
        int copied = 0;
        for (int open = text.indexOf('{'); open >= 0; open = text.indexOf('{', open + 1)) {
            int close = open + 1;
            int index = 0;
            while (close < text.length() && Character.isDigit(text.charAt(close)) && close - open <= 2) {
                index = index * 10 + (text.charAt(close) - '0');
                close++;
            }
            if (close == open + 1 || close >= text.length() || text.charAt(close) != '}' || index >= arguments.length) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 32);
            }
            out.append(text, copied, open).append(render(arguments[index], language));
            copied = close + 1;
            open = close;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static String render(Object argument, Language language) {
        if (argument instanceof LocalizedText) {
            return ((LocalizedText) argument).in(language.locale());
        }
        return argument instanceof Labelled ? text(((Labelled) argument).labelKey(), language) : String.valueOf(argument);
    }

    /**
     * Tells whether a key has a text in a language.
     *
     * @param key the key, not null
     * @param language the language, not null
     * @return true if there is a non-blank text for it
     */
    public static boolean has(String key, Language language) {
        String text = TEXTS.get(Objects.requireNonNull(language, "language")).get(Objects.requireNonNull(key, "key"));
        return text != null && !text.isBlank();
    }

    /**
     * Lists every key that has a text in a language.
     *
     * @param language the language, not null
     * @return the keys in alphabetical order, unmodifiable, never null
     */
    public static Set<String> keys(Language language) {
        return Collections.unmodifiableSet(new TreeSet<>(TEXTS.get(Objects.requireNonNull(language, "language")).keySet()));
    }

    private static Map<Language, Map<String, String>> load() {
        Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
        texts.put(Language.ENGLISH, read("vocabulary.properties"));
        texts.put(Language.FRENCH, read("vocabulary_fr.properties"));
        return texts;
    }

    private static Map<String, String> read(String resource) {
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource + " next to " + Vocabulary.class);
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> map = new java.util.HashMap<>();
            properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k).strip()));
            return Collections.unmodifiableMap(map);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
