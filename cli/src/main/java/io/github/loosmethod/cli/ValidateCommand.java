package io.github.loosmethod.cli;

import io.github.loosmethod.interchange.InterchangeException;
import io.github.loosmethod.interchange.OnBadLine;
import io.github.loosmethod.interchange.OnRuleBreak;
import io.github.loosmethod.interchange.PortfolioReader;
import io.github.loosmethod.serialization.LoosJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code loos validate FILE…} (<em>vérifier</em>): checks JSON documents (an initiative or an
 * evaluation each) and JSON Lines portfolios ({@code .jsonl}, {@code .ndjson}: one initiative per
 * line) with the strict reader, which refuses what breaks the format, a model's invariant or a rule
 * of the method. Every problem goes to stdout ({@link Problems}), a summary to stderr. {@code -}
 * reads the standard input, as a portfolio unless {@code --as document}. A file that cannot be read
 * is said on stderr and not counted as checked. Exit status: 0 when every file was read and is
 * valid, 1 when a problem was found, 2 for bad arguments or a file that cannot be read.
 */
@Command(name = "validate", sortOptions = false)
final class ValidateCommand extends LoosCommand {

    /** How a file is read: by its name's extension, or as the caller says. */
    enum As {
        /** A portfolio for {@code .jsonl}, {@code .ndjson} and stdin, a document otherwise. */
        AUTO,
        /** One JSON document. */
        DOCUMENT,
        /** A JSON Lines portfolio. */
        PORTFOLIO;

        /** Whether a file named so is read as a portfolio. */
        boolean isPortfolio(String file) {
            return this == PORTFOLIO || this == AUTO && (file.equals("-") || file.endsWith(".jsonl") || file.endsWith(".ndjson"));
        }
    }

    /** The output for people, or for machines. */
    enum Format {
        TEXT, JSON
    }

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "validate.files")
    private List<String> files = List.of();

    @Option(names = "--format", paramLabel = "text|json", converter = Codes.FormatOption.class,
            completionCandidates = Codes.FormatOption.class, descriptionKey = "validate.format")
    private Format format = Format.TEXT;

    @Option(names = "--as", paramLabel = "auto|document|portfolio", converter = Codes.AsOption.class,
            completionCandidates = Codes.AsOption.class, descriptionKey = "validate.as")
    private As as = As.AUTO;

    @Option(names = "--threads", paramLabel = "N", converter = Codes.ThreadsOption.class, descriptionKey = "validate.threads")
    private int threads = 1;

    private long checkedFiles;
    private long unreadableFiles;
    private long documents;
    private long refused;
    private long problems;

    @Override
    public Integer call() {
        for (String file : files) {
            check(file);
        }
        // The problems first, then the summary, in that order in a log that holds both streams.
        out().flush();
        err().printf(Locale.ROOT, text(
                "%d file(s) checked, %d could not be read, %d document(s) or line(s), %d refused, %d problem(s)%n",
                "%d fichier(s) vérifié(s), %d illisible(s), %d document(s) ou ligne(s), %d refusé(s), %d problème(s)%n"),
                checkedFiles, unreadableFiles, documents, refused, problems);
        return unreadableFiles > 0 ? Loos.USAGE : problems > 0 ? Loos.PROBLEMS : Loos.OK;
    }

    private void check(String file) {
        try (Input input = open(file)) {
            long read = as.isPortfolio(file) ? checkPortfolio(input) : checkDocument(input);
            // Counted once the whole file was read: a file that fails half-way was not checked.
            checkedFiles++;
            documents += read;
        } catch (IOException e) {
            unreadable(file, e);
        } catch (UncheckedIOException e) {
            unreadable(file, e.getCause());
        }
    }

    private void unreadable(String file, IOException e) {
        unreadableFiles++;
        cannotRead(file, e);
        (format == Format.JSON ? Problems.JSON : Problems.TEXT).printUnreadable(file, reason(e), out());
    }

    private long checkDocument(Input input) throws IOException {
        // One byte past the limit is enough for the reader to refuse a document that is too long.
        byte[] bytes = input.stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, LoosJson.strict().limits().maxDocumentLength() + 1));
        try {
            LoosJson.strict().readDocument(bytes);
        } catch (InterchangeException e) {
            report(input.name(), e);
        }
        return 1;
    }

    private long checkPortfolio(Input input) throws IOException {
        try (Progress progress = progress(input.name(), input.size());
                PortfolioReader reader = LoosJson.strict().portfolioReader(input.stream(),
                        OnBadLine.collectAndContinue(failure -> report(input.name(), failure)), OnRuleBreak.REFUSE, threads)) {
            while (reader.hasNext()) {
                reader.next();
                progress.record(input.stream()::count);
            }
            return reader.summary().lines();
        }
    }

    private void report(String file, InterchangeException failure) {
        beforePrinting();
        refused++;
        problems += failure.problems().size();
        (format == Format.JSON ? Problems.JSON : Problems.TEXT).print(file, failure, locale(), out());
    }
}
