package io.github.loosmethod.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.loosmethod.interchange.InterchangeException;
import io.github.loosmethod.interchange.Problem;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * How {@code loos} shows a refused document or line (<em>problèmes</em>): for people, one line per
 * problem the library found, as {@code file[:line]: /pointer [rule] message}, the form compilers
 * use, so that editors and CI logs can jump to it; for machines ({@code --format json}), one JSON
 * object per problem and per line (JSON Lines) with the fields {@code file}, {@code line} (when the
 * problem is on a line of a JSON Lines portfolio), {@code pointer}, {@code rule} (when a rule of the
 * method was broken) and {@code message}, and a file that cannot be read as one object
 * {@code file}, {@code error}. Only the library's {@link Problem}s are shown, never an exception's
 * own message.
 */
public enum Problems {

    /** One line per problem for people. */
    TEXT {
        @Override
        public void print(String file, InterchangeException failure, Locale locale, PrintStream out) {
            String where = file + (failure.line().isPresent() ? ":" + failure.line().getAsLong() : "") + ": ";
            for (Problem problem : failure.problems()) {
                out.println(where + (problem.pointer().isEmpty() ? "(document)" : problem.pointer())
                        + problem.ruleId().map(id -> " [" + id + "]").orElse("") + " " + problem.message(locale));
            }
        }
    },

    /** One JSON object per problem, one per line. */
    JSON {
        @Override
        public void print(String file, InterchangeException failure, Locale locale, PrintStream out) {
            for (Problem problem : failure.problems()) {
                StringWriter line = new StringWriter();
                try (JsonGenerator json = FACTORY.createGenerator(line)) {
                    json.writeStartObject();
                    json.writeStringField("file", file);
                    if (failure.line().isPresent()) {
                        json.writeNumberField("line", failure.line().getAsLong());
                    }
                    json.writeStringField("pointer", problem.pointer());
                    if (problem.ruleId().isPresent()) {
                        json.writeStringField("rule", problem.ruleId().get());
                    }
                    json.writeStringField("message", problem.message(locale));
                    json.writeEndObject();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                out.println(line);
            }
        }
    };

    private static final JsonFactory FACTORY = new JsonFactory();

    /**
     * Prints that a file could not be read: for machines, an object {@code file}, {@code error} on
     * stdout, so that a reader of the problems misses no file; for people, nothing more than the
     * error already said on stderr.
     *
     * @param file the file, as named on the command line
     * @param reason why, in the run's language
     * @param out where the problems go
     */
    public void printUnreadable(String file, String reason, PrintStream out) {
        if (this == JSON) {
            StringWriter line = new StringWriter();
            try (JsonGenerator json = FACTORY.createGenerator(line)) {
                json.writeStartObject();
                json.writeStringField("file", file);
                json.writeStringField("error", reason);
                json.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println(line);
        }
    }

    /**
     * Prints the problems of a refusal.
     *
     * @param file the file refused, or that holds the line refused, as named on the command line
     * @param failure the refusal, with its line number for a line of a JSON Lines portfolio
     * @param locale the language of the messages
     * @param out where to print them
     */
    public abstract void print(String file, InterchangeException failure, Locale locale, PrintStream out);
}
