package io.github.loosmethod.cli;

import io.github.loosmethod.Language;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Why a file could not be read or written, in a few words, as the system tells it, without the
 * exception's class or stack: what the commands and the example programs say to people.
 */
public final class IoReasons {

    private IoReasons() {
    }

    /**
     * Says why a file could not be read or written.
     *
     * @param e the failure, not null
     * @param language the language to say it in, for the reasons the tool words itself
     * @return the reason, never empty
     */
    public static String of(IOException e, Language language) {
        boolean french = language == Language.FRENCH;
        if (e instanceof NoSuchFileException) {
            return french ? "fichier introuvable" : "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return french ? "accès refusé" : "permission denied";
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason();
        }
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("").strip();
        return message.isEmpty() ? e.getClass().getSimpleName() : message;
    }
}
