package io.github.loosmethod.cli;

import io.github.loosmethod.Language;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A usage error, said on one line in the run's language (<em>erreurs d'usage</em>): the
 * command-line parser words its errors in English, by a few patterns that are read here and said
 * again in French; a word where a command is expected is said to be an unknown command, with the
 * commands there are.
 */
final class UsageErrors {

    /** The parser's English patterns and their French, in the order tried. */
    private static final List<String[]> FRENCH = List.of(
            new String[] {"Unknown options?: (.*)", "option inconnue : $1"},
            new String[] {"Missing required options?: (.*)", "option obligatoire manquante : $1"},
            new String[] {"Missing required parameters?: (.*)", "paramètre obligatoire manquant : $1"},
            new String[] {"Invalid value for option '([^']*)': (.*)", "valeur refusée pour l'option « $1 » : $2"},
            new String[] {"Invalid value for positional parameter at index (\\d+) \\(([^)]*)\\): (.*)", "valeur refusée pour $2 : $3"},
            new String[] {"Unmatched arguments? from index \\d+: (.*)", "argument(s) en trop : $1"},
            new String[] {"Unmatched argument at index \\d+: (.*)", "argument en trop : $1"},
            new String[] {"Expected parameter for option '([^']*)' but found '([^']*)'", "l'option « $1 » attend une valeur, pas « $2 »"},
            new String[] {"Missing required parameter for option '([^']*)' \\(([^)]*)\\)", "l'option « $1 » attend une valeur ($2)"});

    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private static final Pattern GROUP = Pattern.compile("\\$(\\d)");

    private UsageErrors() {
    }

    /** A part of the parser's message said in French: its quotes, 'x', become French ones; a refusal said by this tool is French already. */
    private static String french(String value) {
        String words = value.replace(" is not an int", " n'est pas un nombre entier");
        return words.contains("«") ? words : QUOTED.matcher(words).replaceAll("« $1 »");
    }

    /**
     * Says a usage error.
     *
     * @param e the parser's error
     * @param language the run's language
     * @return one line, without the {@code error:} before it
     */
    static String say(ParameterException e, Language language) {
        String english = e.getMessage().lines().findFirst().orElse("");
        Texts texts = Texts.of(language);
        if (e instanceof UnmatchedArgumentException unmatched && !e.getCommandLine().getSubcommands().isEmpty()
                && e.getCommandLine().getParseResult().subcommand() == null && !unmatched.getUnmatched().isEmpty()
                && !unmatched.getUnmatched().get(0).startsWith("-")) {
            return texts.text("unknown command '", "commande inconnue « ") + unmatched.getUnmatched().get(0)
                    + texts.text("'; the commands: ", " » ; les commandes : ") + String.join(", ", e.getCommandLine().getSubcommands().keySet());
        }
        if (!texts.french()) {
            return english;
        }
        for (String[] pattern : FRENCH) {
            Matcher matcher = Pattern.compile(pattern[0]).matcher(english);
            if (matcher.matches()) {
                // One pass over the French, so that a value holding "$1" is not read as a place for another.
                return GROUP.matcher(pattern[1]).replaceAll(group -> Matcher.quoteReplacement(french(matcher.group(Integer.parseInt(group.group(1))))));
            }
        }
        return english;
    }
}
