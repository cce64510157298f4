package io.github.loosmethod.examples;

import io.github.loosmethod.Language;
import io.github.loosmethod.cli.IoReasons;
import io.github.loosmethod.cli.LanguageOption;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * What the example programs share on the command line, on picocli: the {@code --lang en|fr} and
 * {@code -h}/{@code --help} options, usage errors (one line, the usage, exit status 2, never a stack
 * trace), help and usage in English or French, and streams in UTF-8.
 */
final class Cli {

    /** Exit status of a run that found nothing wrong, or printed its help. */
    static final int OK = 0;
    /** Exit status of a run that found problems in its input. */
    static final int PROBLEMS = 1;
    /** Exit status of a run given bad arguments, or a file it cannot read. */
    static final int USAGE = 2;

    /** The help texts, {@code Messages.properties} and {@code Messages_fr.properties} beside this class. */
    private static final String MESSAGES = "io.github.loosmethod.examples.Messages";

    private Cli() {
    }

    /**
     * The options every program takes, and the streams it prints to. Each program's command line
     * extends it with its own options and parameters, and says what the program does once they are
     * parsed.
     */
    abstract static class Program {

        @Option(names = "--lang", paramLabel = "en|fr", converter = LanguageOption.class, descriptionKey = "lang")
        private Language language = Language.of(Locale.getDefault());

        @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
        private boolean help;

        /** Where the program prints its results. */
        final PrintStream out;
        /** Where the program prints errors, refusals and summaries. */
        final PrintStream err;

        Program(PrintStream out, PrintStream err) {
            this.out = out;
            this.err = err;
        }

        /**
         * Runs the program on its parsed arguments.
         *
         * @return the exit status: {@link #OK}, {@link #PROBLEMS} or {@link #USAGE}
         */
        abstract int execute();

        final Locale locale() {
            return language.locale();
        }

        final boolean french() {
            return language == Language.FRENCH;
        }

        final String text(String english, String french) {
            return french() ? french : english;
        }
    }

    /**
     * Parses the arguments into the program and runs it, or prints its help (status 0) or a usage
     * error (status 2) instead.
     *
     * @param program the program with its streams, its options at their defaults
     * @param args the command-line arguments
     * @return the exit status
     */
    static int run(Program program, String[] args) {
        CommandLine line = new CommandLine(program);
        PrintWriter out = writer(program.out);
        PrintWriter err = writer(program.err);
        line.setOut(out).setErr(err);
        try {
            line.parseArgs(args);
        } catch (ParameterException e) {
            // --lang may have been read before the error: the usage then speaks the language asked for.
            line.setResourceBundle(messages(program.locale()));
            err.println(program.text("error: ", "erreur : ") + e.getMessage().lines().findFirst().orElse(""));
            line.usage(err);
            err.flush();
            return USAGE;
        }
        // Set once --lang is known: picocli reads the help texts only when it prints them.
        line.setResourceBundle(messages(program.locale()));
        if (line.isUsageHelpRequested()) {
            line.usage(out);
            out.flush();
            return OK;
        }
        return program.execute();
    }

    private static ResourceBundle messages(Locale locale) {
        // No fallback: English is the base bundle, whatever the JVM's own locale.
        return ResourceBundle.getBundle(MESSAGES, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /**
     * Says in a few words why a file could not be read or written, as the system tells it, without
     * the exception's class or stack.
     *
     * @param e the failure
     * @param french whether to say it in French rather than English
     * @return the reason, never empty
     */
    static String reason(IOException e, boolean french) {
        return IoReasons.of(e, french ? Language.FRENCH : Language.ENGLISH);
    }

    static PrintStream stdout() {
        return new PrintStream(System.out, true, StandardCharsets.UTF_8);
    }

    static PrintStream stderr() {
        return new PrintStream(System.err, true, StandardCharsets.UTF_8);
    }
}
