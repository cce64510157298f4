package io.github.loosmethod.examples;

import io.github.loosmethod.serialization.InterchangeException;
import io.github.loosmethod.serialization.LoosJson;
import io.github.loosmethod.serialization.OnBadLine;
import io.github.loosmethod.serialization.PortfolioReader;
import io.github.loosmethod.serialization.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Checks files from another town's system: JSON documents (an initiative or an evaluation each)
 * and JSON Lines portfolios ({@code .jsonl} or {@code .ndjson}, one initiative per line). Prints
 * every problem on its own line on stdout — file, line for a portfolio, JSON Pointer, rule id —
 * and a summary on stderr; fit for a shell pipeline or another system's CI.
 *
 * <p>Usage: {@code ValidateFiles FILE...}. Exit status: 0 when every file is valid, 1 when a
 * problem was found, 2 for bad arguments or a file that cannot be read.
 */
public final class ValidateFiles {

    private static final String USAGE = "ValidateFiles FILE...   (.json: one document; .jsonl/.ndjson: one initiative per line)";

    private final PrintStream out;
    private final PrintStream err;
    private long documents;
    private long refused;
    private long problems;
    private boolean unreadable;

    private ValidateFiles(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Checks the files.
     *
     * @param args the files
     */
    public static void main(String[] args) {
        System.exit(run(args, Cli.stdout(), Cli.stderr()));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            return Cli.usage(err, "no file given", USAGE);
        }
        for (String arg : args) {
            if (arg.startsWith("--")) {
                return Cli.usage(err, "unknown option " + arg, USAGE);
            }
        }
        ValidateFiles validator = new ValidateFiles(out, err);
        for (String arg : args) {
            validator.check(Path.of(arg));
        }
        err.printf(Locale.ROOT, "%d file(s), %d document(s) or line(s) checked, %d refused, %d problem(s)%n", args.length,
                validator.documents, validator.refused, validator.problems);
        return validator.unreadable ? Cli.USAGE : validator.problems > 0 ? Cli.PROBLEMS : Cli.OK;
    }

    private void check(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        try {
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                checkPortfolio(file);
            } else {
                checkDocument(file);
            }
        } catch (NoSuchFileException e) {
            err.println("error: no such file: " + file);
            unreadable = true;
        } catch (IOException | UncheckedIOException e) {
            err.println("error: cannot read " + file + ": " + e.getMessage());
            unreadable = true;
        }
    }

    private void checkDocument(Path file) throws IOException {
        documents++;
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, LoosJson.strict().limits().maxDocumentLength() + 1));
        }
        try {
            LoosJson.strict().readDocument(bytes);
        } catch (InterchangeException e) {
            report(file + ":", e);
        }
    }

    private void checkPortfolio(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                PortfolioReader reader = LoosJson.strict().portfolioReader(in, OnBadLine.collectAndContinue(
                        failure -> report(file + ":" + failure.line().orElse(0) + ":", failure)))) {
            long n = 0;
            while (reader.hasNext()) {
                reader.next();
                if (++n % 100_000 == 0) {
                    err.printf(Locale.ROOT, "  %s: %,d lines checked%n", file, n);
                }
            }
            documents += reader.summary().lines();
        }
    }

    private void report(String where, InterchangeException failure) {
        refused++;
        for (Problem problem : failure.problems()) {
            problems++;
            out.println(where + " " + (problem.pointer().isEmpty() ? "(document)" : problem.pointer())
                    + problem.ruleId().map(id -> " [" + id + "]").orElse("") + " " + problem.message());
        }
    }
}
