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
            "The method refuses this operation", "La méthode refuse cette opération"),
    /** A file from which nothing could be imported (<em>import refusé</em>): the loss report says why. */
    IMPORT_REFUSED("import-refused", HttpStatus.UNPROCESSABLE_CONTENT, "Nothing of the file could be imported",
            "Rien du fichier n'a pu être importé"),
    /** An address the desk does not serve (<em>adresse inconnue</em>). */
    NO_SUCH_ROUTE("no-such-route", HttpStatus.NOT_FOUND, "The desk has nothing at this address",
            "Le guichet n'a rien à cette adresse"),
    /** A method the address does not take, such as DELETE (<em>méthode non permise</em>). */
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "This address does not take this method",
            "Cette adresse ne prend pas cette méthode"),
    /** An Accept the desk cannot answer (<em>format de réponse indisponible</em>). */
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "The desk cannot answer in the format asked for",
            "Le guichet ne peut pas répondre dans le format demandé"),
    /** A body of a media type the address does not read (<em>format de requête non pris en charge</em>). */
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE,
            "The desk does not read this media type here", "Le guichet ne lit pas ce format ici");

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
