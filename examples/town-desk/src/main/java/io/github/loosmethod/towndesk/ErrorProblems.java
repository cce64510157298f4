package io.github.loosmethod.towndesk;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The errors that reach the servlet container's error page rather than the desk's handlers — a
 * failure in a filter, an error the container itself sends, or {@code /error} asked for directly —
 * answered as the desk's problems in the reader's language, in place of Spring Boot's own JSON
 * (English, with a timestamp and no type). {@link ProblemAdvice} answers everything that reaches
 * a controller; this answers the rest.
 */
@RestController
public class ErrorProblems implements ErrorController {

    /** The problems an error page can stand for, by HTTP status: the desk's own, with their messages. */
    private static final Map<Integer, List<String>> MESSAGES = Map.of(
            400, List.of("The request cannot be read.", "La requête est illisible."),
            404, List.of("The desk has nothing at this address: its API is under /initiatives, /imports and /portfolio, described at /openapi.yaml.",
                    "Le guichet n'a rien à cette adresse : son API est sous /initiatives, /imports et /portfolio, décrite dans /openapi.yaml."),
            405, List.of("This address does not take this method.", "Cette adresse ne prend pas cette méthode."),
            406, List.of("The desk cannot answer in the format asked for.", "Le guichet ne peut pas répondre dans le format demandé."),
            413, List.of(BodyLimit.message(false), BodyLimit.message(true)),
            415, List.of("The desk does not read this media type here.", "Le guichet ne lit pas ce format ici."));

    private static final Map<Integer, ProblemType> TYPES = Map.of(400, ProblemType.BAD_REQUEST, 404, ProblemType.NO_SUCH_ROUTE,
            405, ProblemType.METHOD_NOT_ALLOWED, 406, ProblemType.NOT_ACCEPTABLE, 413, ProblemType.BODY_TOO_LARGE,
            415, ProblemType.UNSUPPORTED_MEDIA_TYPE);

    /** The message of an error page's status (one the desk has a problem type for), in French or English. */
    static String message(int status, boolean french) {
        return MESSAGES.get(status).get(french ? 1 : 0);
    }

    /**
     * Answers an error page: the problem of its status, or a bare problem of that status for a
     * server error (its cause is logged where it happened, never sent). Asked for directly, with
     * no error behind it, {@code /error} is an address like any other the desk does not serve.
     *
     * @param request the request that failed, not null
     * @return the problem
     */
    @RequestMapping(path = "${server.error.path:${error.path:/error}}", produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE,
            MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE})
    public ResponseEntity<Object> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : HttpStatus.NOT_FOUND.value();
        ProblemType type = TYPES.get(status);
        if (type == null) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(ProblemDetail.forStatus(status));
        }
        String message = message(status, Locale.FRENCH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage()));
        return ProblemAdvice.problem(type, message, List.of(ProblemAdvice.violation(Optional.empty(), "", message)), Map.of());
    }
}
