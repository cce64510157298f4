package io.github.loosmethod.cli;

import io.github.loosmethod.Language;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The options every command takes: the language, the details of a fault, the help. */
final class CommonOptions {

    @Option(names = "--lang", paramLabel = "en|fr", converter = LanguageOption.class, completionCandidates = LanguageOption.class,
            descriptionKey = "lang")
    private Language language = Language.of(Locale.getDefault());

    @Option(names = "--verbose", descriptionKey = "verbose")
    private boolean verbose;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
    private boolean help;

    /**
     * Returns these options completed by those given before the command's name: each option the
     * command's line did not give and the top line did is taken from the top.
     */
    CommonOptions under(CommonOptions before, picocli.CommandLine.ParseResult top, picocli.CommandLine.ParseResult own) {
        CommonOptions merged = new CommonOptions();
        merged.language = top.hasMatchedOption("--lang") && !own.hasMatchedOption("--lang") ? before.language : language;
        merged.verbose = verbose || before.verbose;
        return merged;
    }

    Language language() {
        return language;
    }

    boolean verbose() {
        return verbose;
    }
}
