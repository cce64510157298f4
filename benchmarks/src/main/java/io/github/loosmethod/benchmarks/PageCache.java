package io.github.loosmethod.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Puts a file in Linux's page cache or takes it out, and checks the result with {@code fincore}
 * (util-linux), so that a streaming figure says truly whether it read memory or the disk. Taking a
 * file out needs no privilege: {@code dd iflag=nocache count=0} asks the kernel to drop that file's
 * clean pages, after {@code sync} has written the dirty ones.
 */
final class PageCache {

    /** Where the file's pages are to be. */
    enum State {
        /** Every page of the file in memory. */
        WARM,
        /** None of its pages in memory: the next read goes to the disk. */
        COLD
    }

    private static final long PAGE = 4096;

    private PageCache() {
    }

    /**
     * Puts the file in the state asked and checks it.
     *
     * @param file the file
     * @param state where its pages must be
     * @throws IOException if the file cannot be read, or a command fails
     * @throws IllegalStateException if the kernel did not do it (the measure would be mislabelled)
     */
    static void set(Path file, State state) throws IOException {
        if (state == State.WARM) {
            try (InputStream in = Files.newInputStream(file)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
        } else {
            run(List.of("sync", file.toString()));
            run(List.of("dd", "if=" + file, "iflag=nocache", "count=0", "status=none"));
        }
        long resident = resident(file);
        long size = Files.size(file);
        boolean asked = state == State.WARM ? resident >= size / PAGE * PAGE : resident <= PAGE;
        if (!asked) {
            throw new IllegalStateException(String.format(
                    "the page cache holds %,d of the %,d bytes of %s, not what a %s run needs", resident, size, file, state));
        }
    }

    /**
     * The bytes of a file held in the page cache.
     *
     * @param file the file
     * @return the resident bytes, by {@code fincore}
     * @throws IOException if {@code fincore} cannot be run or answers something else than a number
     */
    static long resident(Path file) throws IOException {
        String answer = run(List.of("fincore", "--bytes", "--noheadings", "--output", "RES", file.toString())).trim();
        try {
            return Long.parseLong(answer);
        } catch (NumberFormatException e) {
            throw new IOException("fincore answered '" + answer + "' for " + file, e);
        }
    }

    private static String run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (process.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + output.trim());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + String.join(" ", command), e);
        }
        return output;
    }
}
