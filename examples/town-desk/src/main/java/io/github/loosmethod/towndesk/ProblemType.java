package io.github.loosmethod.towndesk;

import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;

/**
 * Every kind of problem the desk answers with (RFC 9457 problem details): its type URI, its HTTP
 * status and its title in English and French. A client tells problems apart by {@link #type()},
 * never by the wording.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ProblemType {
    /** The body or a parameter is not what the operation takes (<em>requête invalide</em>). */
    BAD_REQUEST("bad-request", HttpStatus.BAD_REQUEST, "The request is not well formed",
            "La requête est mal formée"),
    /** An interchange document that the library refuses (<em>document refusé</em>). */
    INVALID_DOCUMENT("invalid-document", HttpStatus.BAD_REQUEST, "The document is refused",
            "Le document est refusé"),
    /** No initiative with that id (<em>initiative inconnue</em>). */
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "No such initiative", "Initiative inconnue"),
    /** An initiative with that id is already kept (<em>identifiant déjà pris</em>). */
    ALREADY_EXISTS("already-exists", HttpStatus.CONFLICT, "An initiative with this id already exists",
            "Une initiative porte déjà cet identifiant"),
    /** A change sent without {@code If-Match} (<em>version requise</em>). */
    VERSION_REQUIRED("version-required", HttpStatus.PRECONDITION_REQUIRED,
            "A change must name the version it was made on",
            "Une modification doit indiquer la version sur laquelle elle porte"),
    /** A change made on a version that is no longer the current one (<em>version périmée</em>). */
    STALE_VERSION("stale-version", HttpStatus.PRECONDITION_FAILED,
            "The initiative has changed since this version",
            "L'initiative a changé depuis cette version"),
    /** A body larger than the desk reads (<em>requête trop volumineuse</em>). */
    BODY_TOO_LARGE("body-too-large", HttpStatus.CONTENT_TOO_LARGE, "The request's body is too large",
            "Le corps de la requête est trop volumineux"),
    /** The method's guards or rules refuse the operation (<em>opération refusée</em>). */
    OPERATION_REFUSED("operation-refused", HttpStatus.UNPROCESSABLE_CONTENT,
            "The method refuses this operation", "La méthode refuse cette opération");

    private final String slug;
    private final HttpStatus status;
    private final String englishTitle;
    private final String frenchTitle;

    ProblemType(String slug, HttpStatus status, String englishTitle, String frenchTitle) {
        this.slug = slug;
        this.status = status;
        this.englishTitle = englishTitle;
        this.frenchTitle = frenchTitle;
    }

    /**
     * Returns the problem's type, relative to the desk's address: {@code /problems/<slug>}.
     *
     * @return the type, never null
     */
    public URI type() {
        return URI.create("/problems/" + slug);
    }

    /**
     * Returns the HTTP status of this problem.
     *
     * @return the status, never null
     */
    public HttpStatus status() {
        return status;
    }

    /**
     * Returns the title, in French when the locale's language is French and in English otherwise.
     *
     * @param locale the reader's locale, not null
     * @return the title, never null
     */
    public String title(Locale locale) {
        return Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? frenchTitle : englishTitle;
    }
}
