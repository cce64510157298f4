package io.github.loosmethod.cli;

import io.github.loosmethod.Language;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The {@code loos} command (<em>la commande loos</em>): checks, reports on, converts, imports and
 * exports the records of the Loos method from a shell or another system's CI, as one runnable jar
 * ({@code java -jar loos.jar COMMAND …}).
 *
 * <p>Exit status, for every command: {@value #OK} when nothing was wrong, {@value #PROBLEMS} when
 * the input holds problems (a refused document or line, a bad row), {@value #USAGE} for bad
 * arguments or an input that cannot be read or written, {@value #BUG} for a fault of the tool
 * itself (never a user's mistake; {@code --verbose} prints its stack trace). Errors are one line on
 * stderr, in English or French ({@code --lang}); results go to stdout or the files named.
 */
@Command(name = "loos", resourceBundle = Loos.MESSAGES, versionProvider = Version.class, sortOptions = false)
public final class Loos implements Callable<Integer> {

    /** Exit status of a run that found nothing wrong, or printed its help. */
    public static final int OK = 0;
    /** Exit status of a run that found problems in its input. */
    public static final int PROBLEMS = 1;
    /** Exit status of a run given bad arguments, or an input it cannot read or an output it cannot write. */
    public static final int USAGE = 2;
    /** Exit status of a fault of the tool itself. */
    public static final int BUG = 3;

    /** The help texts, {@code Messages.properties} and {@code Messages_fr.properties} beside this class. */
    static final String MESSAGES = "io.github.loosmethod.cli.Messages";

    @Mixin
    private CommonOptions common;

    @CommandLine.Option(names = {"-V", "--version"}, versionHelp = true, descriptionKey = "version")
    private boolean version;

    private final Streams streams;
    /** The whole command line, its commands included, for the usage shown without a command. */
    private CommandLine line;

    private Loos(Streams streams) {
        this.streams = streams;
    }

    /**
     * Runs the command and exits with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        Streams streams = Streams.system();
        int status = run(args, streams);
        streams.out().flush();
        System.exit(status);
    }

    /**
     * Runs the command on the given streams.
     *
     * @param args the command line, not null
     * @param streams where the command reads and prints, not null
     * @return the exit status
     */
    static int run(String[] args, Streams streams) {
        CommandLine line = commandLine(streams);
        PrintWriter out = writer(streams.out());
        PrintWriter err = writer(streams.err());
        line.setOut(out).setErr(err);
        Language language = requested(args).orElse(Language.of(Locale.getDefault()));
        line.setResourceBundle(messages(language));
        ParseResult parsed;
        Codes.WORDS.set(Texts.of(language));
        try {
            parsed = line.parseArgs(args);
        } catch (ParameterException e) {
            CommandLine failed = e.getCommandLine();
            err.println("loos: " + Texts.of(language).text("error: ", "erreur : ") + UsageErrors.say(e, language));
            err.println(Texts.of(language).text("Try '", "Essayez « ") + failed.getCommandSpec().qualifiedName() + " --help"
                    + Texts.of(language).text("'.", " »."));
            err.flush();
            return USAGE;
        } finally {
            Codes.WORDS.remove();
        }
        if (CommandLine.printHelpIfRequested(parsed)) {
            out.flush();
            return OK;
        }
        ParseResult leaf = parsed;
        while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
        }
        Object command = leaf.commandSpec().userObject();
        if (command instanceof LoosCommand loos) {
            // loos --lang fr validate …: the options given before the command are the command's too.
            loos.inherit(((Loos) parsed.commandSpec().userObject()).common, parsed, leaf);
        }
        try {
            if (command instanceof Runnable runnable) {
                runnable.run();
                out.flush();
                return OK;
            }
            @SuppressWarnings("unchecked")
            int status = ((Callable<Integer>) command).call();
            out.flush();
            // A PrintStream keeps its failures to itself: a full disk or a closed pipe is asked for here.
            if (streams.out().checkError()) {
                // A reader that has read enough (| head) closes the pipe: the run's result stands, as for any tool.
                if (streams.outFailure().get().filter(Loos::isBrokenPipe).isPresent()) {
                    return status;
                }
                err.println("loos: " + Texts.of(language).text("cannot write the standard output", "impossible d'écrire la sortie standard")
                        + streams.outFailure().get().map(failure -> ": " + failure.getMessage()).orElse(""));
                err.flush();
                return Math.max(status, USAGE);
            }
            return status;
        } catch (Exception | Error e) {
            boolean verbose = command instanceof LoosCommand loos && loos.verbose();
            err.println("loos: " + Texts.of(language).text("internal error, please report it: ", "erreur interne, merci de la signaler : ")
                    + e + (verbose ? "" : Texts.of(language).text(" (--verbose for details)", " (--verbose pour le détail)")));
            if (verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return BUG;
        }
    }

    /** Without a command: the usage on stderr, as a usage error. */
    @Override
    public Integer call() {
        PrintWriter err = writer(streams.err());
        line.usage(err);
        err.flush();
        return USAGE;
    }

    private static CommandLine commandLine(Streams streams) {
        Loos loos = new Loos(streams);
        CommandLine line = new CommandLine(loos);
        loos.line = line;
        for (LoosCommand command : List.of(new ValidateCommand(), new ReportCommand(), new CrosswalkCommand(), new ImportCommand(),
                new ExportCommand(), new ConvertCommand(), new SchemaCommand())) {
            command.streams = streams;
            line.addSubcommand(command);
        }
        line.addSubcommand("generate-completion", new AutoComplete.GenerateCompletion());
        // Its version is the tool's, not the command-line parser's.
        line.getSubcommands().get("generate-completion").getCommandSpec().versionProvider(new Version());
        return line;
    }

    /** The language asked for by {@code --lang}, read before the arguments are parsed, so that a usage error speaks it. */
    private static Optional<Language> requested(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                try {
                    return Optional.of(new LanguageOption().convert(value));
                } catch (picocli.CommandLine.TypeConversionException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    static ResourceBundle messages(Language language) {
        // No fallback: English is the base bundle, whatever the JVM's own locale.
        return ResourceBundle.getBundle(MESSAGES, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    private static boolean isBrokenPipe(java.io.IOException failure) {
        return String.valueOf(failure.getMessage()).contains("Broken pipe");
    }

    /**
     * Where a command reads and prints: stdin, stdout, stderr, whether stderr is a terminal
     * (then, and only then, long runs draw a progress bar on it), and the failure of stdout if it
     * failed (a {@link PrintStream} keeps it to itself).
     *
     * @param in the standard input, for {@code -}
     * @param out the standard output
     * @param err the standard error
     * @param errIsTerminal whether stderr is a terminal
     * @param outFailure the first failure of the standard output, if any
     */
    record Streams(InputStream in, PrintStream out, PrintStream err, boolean errIsTerminal,
            java.util.function.Supplier<Optional<java.io.IOException>> outFailure) {

        /** Streams whose stdout failures are only known by {@link PrintStream#checkError()}. */
        Streams(InputStream in, PrintStream out, PrintStream err, boolean errIsTerminal) {
            this(in, out, err, errIsTerminal, Optional::empty);
        }

        static Streams system() {
            Watched stdout = new Watched(new java.io.FileOutputStream(java.io.FileDescriptor.out));
            return new Streams(System.in, new PrintStream(new java.io.BufferedOutputStream(stdout, 1 << 16), false, StandardCharsets.UTF_8),
                    new PrintStream(System.err, true, StandardCharsets.UTF_8), Terminal.isStandardErrorATerminal(), stdout::failure);
        }
    }

    /** A stream that keeps its first failure. */
    private static final class Watched extends java.io.FilterOutputStream {
        private java.io.IOException failure;

        Watched(java.io.OutputStream out) {
            super(out);
        }

        Optional<java.io.IOException> failure() {
            return Optional.ofNullable(failure);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws java.io.IOException {
            try {
                out.write(bytes, offset, length);
            } catch (java.io.IOException e) {
                failure = failure == null ? e : failure;
                throw e;
            }
        }

        @Override
        public void write(int b) throws java.io.IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void flush() throws java.io.IOException {
            try {
                out.flush();
            } catch (java.io.IOException e) {
                failure = failure == null ? e : failure;
                throw e;
            }
        }
    }
}
