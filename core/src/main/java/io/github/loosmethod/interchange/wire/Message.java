package io.github.loosmethod.interchange.wire;

import io.github.loosmethod.Language;
import io.github.loosmethod.Vocabulary;
import java.util.Objects;

/**
 * What the reader says about a problem, for people, in English and in French: one text of the
 * library's {@link Vocabulary} (its keys start with {@code read.}) rendered in both languages when
 * the problem is found. A backend hands the words of its parser's errors over as a message made by
 * {@link Parsers}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param english the English text, not null
 * @param french the French text, not null
 */
public record Message(String english, String french) {

    /**
     * Creates a message.
     *
     * @param english the English text, not null
     * @param french the French text, not null
     * @throws NullPointerException if a text is null
     */
    public Message {
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(french, "french");
    }

    /**
     * Renders a text of the vocabulary in both languages; an argument that is itself a message is
     * rendered in the same language, any other as {@link Vocabulary#format} renders it.
     */
    static Message of(String key, Object... arguments) {
        return new Message(render(key, Language.ENGLISH, arguments), render(key, Language.FRENCH, arguments));
    }

    private static String render(String key, Language language, Object[] arguments) {
        Object[] rendered = arguments;
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof Message) {
                if (rendered == arguments) {
                    rendered = arguments.clone();
                }
                rendered[i] = ((Message) arguments[i]).in(language);
            }
        }
        return Vocabulary.format(key, language, rendered);
    }

    /**
     * Returns the text in a language.
     *
     * @param language the language, not null
     * @return the text, never null
     */
    public String in(Language language) {
        return Objects.requireNonNull(language, "language") == Language.FRENCH ? french : english;
    }
}
