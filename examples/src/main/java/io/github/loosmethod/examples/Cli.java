package io.github.loosmethod.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the example programs share on the command line: the {@code --lang en|fr} option, usage
 * errors (one line and exit status 2), and streams in UTF-8.
 */
final class Cli {

    /** Exit status of a run that found nothing wrong. */
    static final int OK = 0;
    /** Exit status of a run that found problems in its input. */
    static final int PROBLEMS = 1;
    /** Exit status of a run given bad arguments. */
    static final int USAGE = 2;

    private Cli() {
    }

    static PrintStream stdout() {
        return new PrintStream(System.out, true, StandardCharsets.UTF_8);
    }

    static PrintStream stderr() {
        return new PrintStream(System.err, true, StandardCharsets.UTF_8);
    }

    /** The arguments once {@code --lang} is taken out, and the locale it chose. */
    static final class Arguments {
        final List<String> rest = new ArrayList<>();
        Locale locale = Locale.getDefault();
        String error;
    }

    /**
     * Takes {@code --lang en|fr} out of the arguments; without it the JVM's locale decides (French
     * for a French locale, English otherwise).
     */
    static Arguments parse(String[] args) {
        Arguments parsed = new Arguments();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang")) {
                String language = i + 1 < args.length ? args[++i] : "";
                if (!language.equals("en") && !language.equals("fr")) {
                    parsed.error = "--lang takes en or fr";
                    return parsed;
                }
                parsed.locale = Locale.forLanguageTag(language);
            } else if (args[i].startsWith("--")) {
                parsed.error = "unknown option " + args[i];
                return parsed;
            } else {
                parsed.rest.add(args[i]);
            }
        }
        return parsed;
    }

    static int usage(PrintStream err, String message, String usage) {
        if (message != null) {
            err.println("error: " + message);
        }
        err.println("usage: " + usage);
        return USAGE;
    }

    static boolean french(Locale locale) {
        return "fr".equals(locale.getLanguage());
    }
}
