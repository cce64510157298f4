package io.github.loosmethod.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/**
 * What every command of {@code loos} shares: the common options, the streams, the run's language,
 * how an input is opened ({@code -} for stdin) and how a file that cannot be read or written is
 * said — one line, never a stack trace.
 */
abstract class LoosCommand implements Callable<Integer> {

    @Mixin
    private CommonOptions common = new CommonOptions();

    /** Set by {@link Loos} before the command runs. */
    Loos.Streams streams;

    /** The progress bar of the run, erased before a line is printed while it is drawn. */
    private Progress progress = Progress.none();

    final PrintStream out() {
        return streams.out();
    }

    final PrintStream err() {
        return streams.err();
    }

    final Locale locale() {
        return common.language().locale();
    }

    final Texts texts() {
        return Texts.of(common.language());
    }

    final String text(String english, String french) {
        return texts().text(english, french);
    }

    final boolean verbose() {
        return common.verbose();
    }

    /** Takes the common options given before the command's name, where the command's own were not given. */
    final void inherit(CommonOptions before, picocli.CommandLine.ParseResult top, picocli.CommandLine.ParseResult own) {
        common = common.under(before, top, own);
    }

    /** A progress bar for a run over an input of that many bytes (negative: unknown), drawn only on a terminal. */
    final Progress progress(String label, long bytes) {
        return progress(label, bytes, Progress.Unit.BYTES);
    }

    /** A progress bar for a run over an input of that size in that unit (negative: unknown), drawn only on a terminal. */
    final Progress progress(String label, long size, Progress.Unit unit) {
        progress = streams.errIsTerminal() ? Progress.drawn(err(), texts(), label, size, unit) : Progress.none();
        return progress;
    }

    /** Erases the progress bar, if one is drawn, before a line is printed on the terminal. */
    final void beforePrinting() {
        progress.clear();
    }

    /** Whether a progress bar would be drawn: a command may then spend a little to give it a size. */
    final boolean drawsProgress() {
        return streams.errIsTerminal();
    }

    /**
     * An input named on the command line: a file, or the standard input for {@code -} (not closed
     * with the input).
     *
     * @param name the file's name as given, or {@code -}
     * @param stream the bytes, counted as they are read
     * @param size the file's size in bytes, or -1 for the standard input
     */
    record Input(String name, CountingStream stream, long size) implements AutoCloseable {

        boolean isStandardInput() {
            return "-".equals(name);
        }

        @Override
        public void close() throws IOException {
            if (!isStandardInput()) {
                stream.close();
            }
        }
    }

    /** Opens an input named on the command line. */
    final Input open(String name) throws IOException {
        if ("-".equals(name)) {
            return new Input(name, new CountingStream(streams.in()), -1);
        }
        Path path = Path.of(name);
        if (Files.isDirectory(path)) {
            throw new FileSystemException(name, null, text("is a folder, not a file", "est un dossier, pas un fichier"));
        }
        return new Input(name, new CountingStream(Files.newInputStream(path)), Files.size(path));
    }

    /** Says on one line that an input cannot be read, and gives the status of a usage error. */
    final int cannotRead(String name, IOException e) {
        err().println("loos: " + (e instanceof NoSuchFileException ? text("no such file: ", "fichier introuvable : ") + name
                : text("cannot read ", "impossible de lire ") + name + text(": ", " : ") + reason(e)));
        return Loos.USAGE;
    }

    /** Says on one line that an output cannot be written, and gives the status of a usage error. */
    final int cannotWrite(String name, IOException e) {
        Path path = "-".equals(name) ? null : Path.of(name).toAbsolutePath();
        String why = path == null ? reason(e)
                : Files.isDirectory(path) ? text("is a folder, not a file", "est un dossier, pas un fichier")
                : !Files.isDirectory(path.getParent()) ? text("no such folder ", "dossier introuvable ") + path.getParent() : reason(e);
        err().println("loos: " + text("cannot write ", "impossible d'écrire ") + name + text(": ", " : ") + why);
        return Loos.USAGE;
    }

    /**
     * The file beside an output, for its loss report: {@code out.jsonl} gives {@code out.losses.jsonl}.
     *
     * @param output the output
     * @param extension the output's extension, taken off when it has it
     * @param suffix what the file beside ends with
     */
    static Path beside(Path output, String extension, String suffix) {
        String name = output.getFileName().toString();
        return output.resolveSibling((name.endsWith(extension) ? name.substring(0, name.length() - extension.length()) : name) + suffix);
    }

    /**
     * Says why a run failed on a file: the output it could not write, or else the input it could not
     * read; one line, the status of a usage error.
     *
     * @param e the failure, an {@link IOException} or an {@link java.io.UncheckedIOException}
     * @param input the input, as named on the command line
     */
    final int failed(Exception e, String input) {
        IOException failure = e instanceof java.io.UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
        return Output.writeFailure(failure).map(written -> cannotWrite(written.file(), written.failure())).orElseGet(() -> cannotRead(input,
                failure));
    }

    /** Says that a command which writes a loss report beside its output needs a file, not stdout. */
    final int outputIsAFile() {
        err().println("loos: " + text("the output must be a file: the loss report is written beside it",
                "la sortie doit être un fichier : le rapport de pertes est écrit à côté"));
        return Loos.USAGE;
    }

    /** Says in a few words why a file could not be read or written. */
    final String reason(IOException e) {
        return IoReasons.of(e, common.language());
    }

    /** A stream that counts the bytes read from it, for the progress bar. */
    static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            int n = super.read(bytes, offset, length);
            count += Math.max(n, 0);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
