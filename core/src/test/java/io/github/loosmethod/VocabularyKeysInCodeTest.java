package io.github.loosmethod;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every key of the reader's and of the invariants' words that the code names has a text in both
 * languages: a mistyped key would otherwise surface only when that problem is met, as an error of
 * the library instead of the problem's words.
 */
class VocabularyKeysInCodeTest {

    /** A whole key in a string literal; a literal ending with a dot is a prefix the code completes. */
    private static final Pattern KEY = Pattern.compile("\"((?:read|invariant|interop|IdentifierScheme\\.problem)\\.[A-Za-z0-9.]*[A-Za-z0-9])\"");

    static List<String> keysNamedIn(Path sources) throws IOException {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : (Iterable<Path>) files.filter(path -> path.toString().endsWith(".java"))::iterator) {
                Matcher key = KEY.matcher(Files.readString(file));
                while (key.find()) {
                    keys.add(key.group(1));
                }
            }
        }
        return keys;
    }

    @Test
    void every_key_the_code_names_has_its_two_texts() throws IOException {
        List<String> keys = keysNamedIn(Path.of("src/main/java"));
        Path interop = Path.of("../interop/src/main/java");
        if (Files.isDirectory(interop)) {
            keys.addAll(keysNamedIn(interop));
        }

        assertThat(keys).hasSizeGreaterThan(100);
        assertThat(keys).allSatisfy(key -> {
            boolean plural = Vocabulary.has(key + ".one", Language.ENGLISH) && Vocabulary.has(key + ".other", Language.ENGLISH);
            assertThat(Vocabulary.has(key, Language.ENGLISH) || plural).as(key + " in English").isTrue();
            assertThat(Vocabulary.has(key, Language.FRENCH) || plural).as(key + " in French").isTrue();
        });
    }
}
