package io.github.loosmethod.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Keeps the code examples of the Javadoc true: every {@code <pre>{@code ...}</pre>} block of a
 * module's sources must appear, as it is (spaces aside), in a test that compiles and runs it. An
 * example edited in the Javadoc alone, or code changed in the test alone, fails the check. Shared by
 * every module's tests.
 */
public final class JavadocExamples {

    private static final Pattern BLOCK = Pattern.compile("<pre>\\{@code(.*?)}</pre>", Pattern.DOTALL);

    private JavadocExamples() {
    }

    /**
     * Lists the examples below a source folder that the tests do not hold.
     *
     * @param sources a source root or a package folder
     * @param tests the source of the tests that run the examples
     * @return one line per example missing from the tests, {@code File.java: first line}; empty when all are there
     * @throws IOException if a file cannot be read
     */
    public static List<String> untested(Path sources, Path tests) throws IOException {
        String tested = normalised(Files.readString(tests));
        List<String> missing = new ArrayList<>();
        for (Path file : javaFiles(sources)) {
            for (String example : examples(file)) {
                if (!tested.contains(normalised(example))) {
                    missing.add(file.getFileName() + ": " + example.strip().lines().findFirst().orElse(""));
                }
            }
        }
        return missing;
    }

    /**
     * Counts the examples below a source folder, so that a check over none fails.
     *
     * @param sources a source root or a package folder
     * @return how many examples its files hold
     * @throws IOException if a file cannot be read
     */
    public static int count(Path sources) throws IOException {
        int count = 0;
        for (Path file : javaFiles(sources)) {
            count += examples(file).size();
        }
        return count;
    }

    private static List<Path> javaFiles(Path sources) throws IOException {
        try (Stream<Path> walk = Files.walk(sources)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
    }

    private static List<String> examples(Path file) throws IOException {
        String text = Files.readString(file);
        List<String> examples = new ArrayList<>();
        Matcher block = BLOCK.matcher(text);
        while (block.find()) {
            // The comment's leading asterisks go; the escapes Javadoc needs become the characters they stand for.
            String code = block.group(1).lines().map(line -> line.replaceFirst("^\\s*\\*", ""))
                    .collect(Collectors.joining("\n"));
            examples.add(code.replace("&#64;", "@").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
        }
        return examples;
    }

    private static String normalised(String code) {
        return code.replaceAll("\\s+", " ").strip();
    }
}
