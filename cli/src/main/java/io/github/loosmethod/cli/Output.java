package io.github.loosmethod.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file a command writes, whole or not at all (<em>sortie</em>): the bytes go to a temporary file
 * beside it, which replaces the file only when the command {@linkplain #commit() commits}; closed
 * without a commit (a refusal, a failure), the temporary file is deleted and the file, if it was
 * there, is left as it was. The standard output ({@code -}) is written as it comes.
 */
final class Output implements AutoCloseable {

    private final Path target;
    private final Path temporary;
    private final OutputStream stream;
    private boolean committed;

    /**
     * A failure to write an output, told apart from a failure to read the input, which reaches a
     * command the same way (an {@link java.io.UncheckedIOException} from a library's writer).
     */
    static final class WriteFailed extends IOException {
        private static final long serialVersionUID = 1L;

        WriteFailed(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private Output(Path target, Path temporary, OutputStream stream) {
        this.target = target;
        this.temporary = temporary;
        this.stream = new FilterOutputStream(stream) {
            @Override
            public void write(int b) throws IOException {
                try {
                    out.write(b);
                } catch (IOException e) {
                    throw new WriteFailed(e);
                }
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                try {
                    out.write(bytes, offset, length);
                } catch (IOException e) {
                    throw new WriteFailed(e);
                }
            }

            @Override
            public void flush() throws IOException {
                try {
                    out.flush();
                } catch (IOException e) {
                    throw new WriteFailed(e);
                }
            }

            @Override
            public void close() throws IOException {
                try {
                    out.close();
                } catch (IOException e) {
                    throw new WriteFailed(e);
                }
            }
        };
    }

    /** Whether a failure, as a command catches it, was in writing an output. */
    static boolean isWriteFailure(Throwable failure) {
        return failure instanceof WriteFailed || failure != null && failure.getCause() instanceof WriteFailed;
    }

    /**
     * Opens a file to write, or the standard output for {@code -}.
     *
     * @param name the file's name as given, or {@code -}
     * @param stdout the standard output, not closed
     * @return the output
     * @throws IOException if the temporary file cannot be created
     */
    static Output open(String name, OutputStream stdout) throws IOException {
        if ("-".equals(name)) {
            return new Output(null, null, new FilterOutputStream(stdout) {
                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    out.write(bytes, offset, length);
                }

                @Override
                public void close() throws IOException {
                    // The standard output stays open for what the command prints after.
                    flush();
                }
            });
        }
        Path target = Path.of(name).toAbsolutePath();
        Path folder = target.getParent();
        Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".part");
        return new Output(target, temporary, new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16));
    }

    /** Where to write the bytes. */
    OutputStream stream() {
        return stream;
    }

    /**
     * Puts the file in place: what was written replaces it, all at once where the file system can.
     *
     * @throws IOException if the file cannot be put in place
     */
    void commit() throws IOException {
        stream.close();
        if (target != null) {
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                stream.close();
            } finally {
                if (temporary != null) {
                    Files.deleteIfExists(temporary);
                }
            }
        }
    }
}
