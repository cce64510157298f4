package io.github.loosmethod.cli;

import io.github.loosmethod.Language;

/**
 * The tool's own words in the language of a run: the library's texts come from its vocabulary, the
 * tool's few sentences are given in both languages where they are said.
 */
record Texts(Language language) {

    static Texts of(Language language) {
        return new Texts(language);
    }

    /** The English or the French, as the run speaks. */
    String text(String english, String french) {
        return language == Language.FRENCH ? french : english;
    }

    boolean french() {
        return language == Language.FRENCH;
    }
}
