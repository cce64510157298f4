package io.github.loosmethod.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A file a command writes, whole or not at all (<em>sortie</em>): the bytes go to a hidden
 * temporary file beside it (created as any new file is, under the user's umask), which replaces
 * the file only when the command {@linkplain #commit() commits}; closed without a commit (a
 * refusal, a failure), or when the run is interrupted (Ctrl-C, a signal to end), the temporary file
 * is deleted and the file, if it was there, is left as it was. The standard output ({@code -}) is
 * written as it comes.
 */
final class Output implements AutoCloseable {

    /** The temporary files of this run not yet committed nor deleted, for the hook that deletes them on an interruption. */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
    private static final SecureRandom RANDOM = new SecureRandom();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> PENDING.forEach(path -> {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // The run is ending: a file that cannot be deleted is left, hidden, for the user.
            }
        }), "loos-output-cleanup"));
    }

    private final String name;
    private final Path target;
    private final Path temporary;
    private final OutputStream stream;
    private boolean committed;

    /**
     * A failure to write an output, told apart from a failure to read the input, which reaches a
     * command the same way (an {@link java.io.UncheckedIOException} from a library's writer); it
     * names the file, as given on the command line.
     */
    static final class WriteFailed extends IOException {
        private static final long serialVersionUID = 1L;
        private final String file;

        WriteFailed(String file, IOException cause) {
            super(cause.getMessage(), cause);
            this.file = file;
        }

        /** The file that could not be written, as named on the command line. */
        String file() {
            return file;
        }

        /** The system's failure. */
        IOException failure() {
            return (IOException) getCause();
        }
    }

    private Output(String name, Path target, Path temporary, OutputStream stream) {
        this.name = name;
        this.target = target;
        this.temporary = temporary;
        this.stream = new FilterOutputStream(stream) {
            @Override
            public void write(int b) throws IOException {
                try {
                    out.write(b);
                } catch (IOException e) {
                    throw new WriteFailed(name, e);
                }
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                try {
                    out.write(bytes, offset, length);
                } catch (IOException e) {
                    throw new WriteFailed(name, e);
                }
            }

            @Override
            public void flush() throws IOException {
                try {
                    out.flush();
                } catch (IOException e) {
                    throw new WriteFailed(name, e);
                }
            }

            @Override
            public void close() throws IOException {
                try {
                    out.close();
                } catch (IOException e) {
                    throw new WriteFailed(name, e);
                }
            }
        };
    }

    /** The write failure a command caught, directly or inside an unchecked one, if it is one. */
    static java.util.Optional<WriteFailed> writeFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof WriteFailed written) {
                return java.util.Optional.of(written);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Opens a file to write, or the standard output for {@code -}.
     *
     * @param name the file's name as given, or {@code -}
     * @param stdout the standard output, not closed
     * @return the output
     * @throws WriteFailed if the file is a folder, or its temporary file cannot be created
     */
    static Output open(String name, OutputStream stdout) throws WriteFailed {
        if ("-".equals(name)) {
            return new Output(name, null, null, new FilterOutputStream(stdout) {
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
        try {
            if (Files.isDirectory(target)) {
                throw new FileSystemException(name, null, "is a folder, not a file");
            }
            Path temporary = create(target);
            return new Output(name, target, temporary, new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16));
        } catch (WriteFailed e) {
            throw e;
        } catch (IOException e) {
            throw new WriteFailed(name, e);
        }
    }

    /**
     * Copies a stream to a temporary file of the system's, deleted by {@link #discard} or when the run
     * is interrupted: for an adapter that reads a file, not a stream.
     *
     * @param in the stream, read to its end, not closed
     * @param what what the copy is of, for a failure to write it
     * @return the copy
     * @throws WriteFailed if the copy cannot be written (a full disk)
     */
    static Path copyOf(java.io.InputStream in, String what) throws WriteFailed {
        Path copy;
        try {
            copy = Files.createTempFile("loos-", ".in");
        } catch (IOException e) {
            throw new WriteFailed(what, e);
        }
        PENDING.add(copy);
        try (OutputStream out = Files.newOutputStream(copy)) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                try {
                    out.write(buffer, 0, n);
                } catch (IOException e) {
                    throw new WriteFailed(what, e);
                }
            }
        } catch (WriteFailed e) {
            discard(copy);
            throw e;
        } catch (IOException e) {
            discard(copy);
            throw new WriteFailed(what, e);
        }
        return copy;
    }

    /** Deletes a temporary copy; one that cannot be deleted is left for the system to clean. */
    static void discard(Path copy) {
        try {
            Files.deleteIfExists(copy);
        } catch (IOException e) {
            // The system's temporary folder is the system's to clean.
        }
        PENDING.remove(copy);
    }

    /** A new hidden file beside the target, with the permissions any new file gets. */
    private static Path create(Path target) throws IOException {
        while (true) {
            Path temporary = target.resolveSibling("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".part");
            try {
                PENDING.add(temporary);
                return Files.createFile(temporary);
            } catch (FileAlreadyExistsException e) {
                PENDING.remove(temporary);
            } catch (IOException e) {
                PENDING.remove(temporary);
                throw e;
            }
        }
    }

    /** Where to write the bytes. */
    OutputStream stream() {
        return stream;
    }

    /** Whether this is the file at that path (the command's input, say). */
    boolean is(Path path) {
        try {
            return target != null && (target.equals(path.toAbsolutePath().normalize()) || Files.exists(path) && Files.exists(target)
                    && Files.isSameFile(target, path));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Puts the file in place: what was written replaces it, all at once where the file system can.
     *
     * @throws WriteFailed if the file cannot be written or put in place
     */
    void commit() throws WriteFailed {
        try {
            stream.close();
            if (target != null) {
                // On the disk before it takes the file's place: a crash after the move finds the whole file.
                try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(temporary, java.nio.file.StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                try {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
                PENDING.remove(temporary);
            }
        } catch (WriteFailed e) {
            throw e;
        } catch (IOException e) {
            throw new WriteFailed(name, e);
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
                    PENDING.remove(temporary);
                }
            }
        }
    }
}
