package io.github.loosmethod.examples;

import io.github.loosmethod.interchange.InterchangeException;
import io.github.loosmethod.serialization.LoosJson;
import io.github.loosmethod.interchange.OnBadLine;
import io.github.loosmethod.interchange.PortfolioReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Checks files from another town's system: JSON documents (an initiative or an evaluation each)
 * and JSON Lines portfolios ({@code .jsonl} or {@code .ndjson}, one initiative per line). Prints
 * every problem the library finds on its own line on stdout, as
 * {@code file[:line]: /pointer [rule] message}, and a summary on stderr; fit for a shell pipeline
 * or another system's CI.
 *
 * <p>Usage: {@code ValidateFiles [--lang en|fr] FILE...}. A file that does not exist or cannot be
 * read is reported on stderr as such and is not counted as checked. Exit status: 0 when every file
 * was read and is valid, 1 when a problem was found, 2 for bad arguments or a file that cannot be
 * read. {@code --help} prints the usage.
 */
public final class ValidateFiles {

    private final PrintStream out;
    private final PrintStream err;
    private final boolean french;
    private long checkedFiles;
    private long unreadableFiles;
    private long documents;
    private long refused;
    private long problems;

    private ValidateFiles(PrintStream out, PrintStream err, boolean french) {
        this.out = out;
        this.err = err;
        this.french = french;
    }

    /**
     * Checks the files and exits with the status above.
     *
     * @param args {@code --lang en|fr}, then the files; or {@code --help}
     */
    public static void main(String[] args) {
        System.exit(run(args, Cli.stdout(), Cli.stderr()));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return Cli.run(new Options(out, err), args);
    }

    /** The command line: the files to check. */
    @Command(name = "ValidateFiles")
    private static final class Options extends Cli.Program {

        @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "files")
        private List<Path> files = List.of();

        Options(PrintStream out, PrintStream err) {
            super(out, err);
        }

        @Override
        int execute() {
            return check(files, out, err, french());
        }
    }

    /**
     * Checks the files as the program does once its arguments are parsed; the fuzz test drives it
     * directly, so that its runs are spent on the files rather than on the command line.
     *
     * @return the exit status above
     */
    static int check(List<Path> files, PrintStream out, PrintStream err, boolean french) {
        ValidateFiles validator = new ValidateFiles(out, err, french);
        files.forEach(validator::check);
        err.printf(Locale.ROOT, validator.text(
                "%d file(s) checked, %d could not be read, %d document(s) or line(s), %d refused, %d problem(s)%n",
                "%d fichier(s) vérifié(s), %d illisible(s), %d document(s) ou ligne(s), %d refusé(s), %d problème(s)%n"),
                validator.checkedFiles, validator.unreadableFiles, validator.documents, validator.refused, validator.problems);
        return validator.unreadableFiles > 0 ? Cli.USAGE : validator.problems > 0 ? Cli.PROBLEMS : Cli.OK;
    }

    private String text(String english, String french) {
        return this.french ? french : english;
    }

    private void check(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        try {
            long read = name.endsWith(".jsonl") || name.endsWith(".ndjson") ? checkPortfolio(file) : checkDocument(file);
            // Counted once the whole file was read: a file that fails half-way was not checked.
            checkedFiles++;
            documents += read;
        } catch (IOException e) {
            cannotRead(file, e);
        } catch (UncheckedIOException e) {
            cannotRead(file, e.getCause());
        }
    }

    private void cannotRead(Path file, IOException e) {
        unreadableFiles++;
        err.println(e instanceof NoSuchFileException ? text("error: no such file: ", "erreur : fichier introuvable : ") + file
                : text("error: cannot read ", "erreur : impossible de lire ") + file + ": " + Cli.reason(e, french));
    }

    private long checkDocument(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // One byte past the limit is enough for the reader to refuse a document that is too long.
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, LoosJson.strict().limits().maxDocumentLength() + 1));
        }
        try {
            LoosJson.strict().readDocument(bytes);
        } catch (InterchangeException e) {
            report(file, e);
        }
        return 1;
    }

    private long checkPortfolio(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                PortfolioReader reader = LoosJson.strict().portfolioReader(in, OnBadLine.collectAndContinue(
                        failure -> report(file, failure)))) {
            long n = 0;
            while (reader.hasNext()) {
                reader.next();
                if (++n % 100_000 == 0) {
                    err.printf(Locale.ROOT, text("  %s: %,d lines checked%n", "  %s : %,d lignes vérifiées%n"), file, n);
                }
            }
            return reader.summary().lines();
        }
    }

    private void report(Path file, InterchangeException failure) {
        refused++;
        problems += failure.problems().size();
        Problems.lines(file, failure, french ? Locale.FRENCH : Locale.ENGLISH).forEach(out::println);
    }
}
