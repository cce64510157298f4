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

    private Output(Path target, Path temporary, OutputStream stream) {
        this.target = target;
        this.temporary = temporary;
        this.stream = stream;
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
