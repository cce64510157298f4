package io.github.loosmethod.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the standard error is a terminal: a progress bar is drawn there only then, never into a
 * file or a pipe that a CI log or another program reads.
 */
final class Terminal {

    private Terminal() {
    }

    /**
     * Tells whether file descriptor 2 is a terminal. Java 17 cannot ask for one stream: on Linux
     * the descriptor's link ({@code /proc/self/fd/2} → {@code /dev/pts/3}) says it; elsewhere the
     * console Java sees (stdin and stdout both terminals) stands in.
     */
    static boolean isStandardErrorATerminal() {
        Path descriptor = Path.of("/proc/self/fd/2");
        if (Files.exists(descriptor)) {
            try {
                String target = Files.readSymbolicLink(descriptor).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false;
            }
        }
        return System.console() != null;
    }
}
