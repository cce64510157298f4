package io.github.loosmethod.examples;

import io.github.loosmethod.interchange.InterchangeException;
import io.github.loosmethod.interchange.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the programs show a refused document or line: one line per problem the library found, as
 * {@code file[:line]: /pointer [rule] message}, the form compilers use, so that editors and CI
 * logs can jump to it. Only the library's {@link Problem}s are shown, never an exception's own
 * message.
 */
final class Problems {

    private Problems() {
    }

    /**
     * Returns the lines that show a refusal.
     *
     * @param file the file refused, or a line of it
     * @param failure the refusal, with its line number for a line of a JSON Lines portfolio
     * @param locale the reader's locale: the problems are said in French for a French one
     * @return one line per problem, in the library's order, never empty
     */
    static List<String> lines(Path file, InterchangeException failure, Locale locale) {
        String where = file + (failure.line().isPresent() ? ":" + failure.line().getAsLong() : "") + ": ";
        return failure.problems().stream().map(problem -> where + (problem.pointer().isEmpty() ? "(document)" : problem.pointer())
                + problem.ruleId().map(id -> " [" + id + "]").orElse("") + " " + problem.message(locale)).collect(Collectors.toList());
    }
}
