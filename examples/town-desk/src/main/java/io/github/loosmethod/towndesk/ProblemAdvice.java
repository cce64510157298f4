package io.github.loosmethod.towndesk;

import io.github.loosmethod.JsonPointers;
import io.github.loosmethod.InvalidValueException;
import io.github.loosmethod.initiative.TransitionRefusedException;
import io.github.loosmethod.interchange.InterchangeException;
import io.github.loosmethod.interchange.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every refusal into a problem detail (RFC 9457, {@code application/problem+json}) in the
 * language of {@code Accept-Language}: its {@link ProblemType}, a title and detail, and
 * {@code violations}, each with the rule's id where a rule of the method refuses, a JSON Pointer
 * into the request's body or the initiative's document, and the message. No stack trace ever
 * leaves the desk: an unexpected failure is logged and answered with a bare 500.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);

    /**
     * Answers a refusal of the desk's own.
     *
     * @param e the refusal, not null
     * @return the problem
     */
    @ExceptionHandler(DeskException.class)
    public ResponseEntity<Object> desk(DeskException e) {
        Locale locale = LocaleContextHolder.getLocale();
        String message = e.message(locale);
        ResponseEntity<Object> answer = problem(e.problem(), message,
                List.of(violation(Optional.empty(), e.pointer().orElse(""), message)),
                e.currentVersion().isPresent() ? Map.of("currentVersion", e.currentVersion().getAsLong()) : Map.of());
        if (e.currentVersion().isEmpty()) {
            return answer;
        }
        // A stale change carries the current ETag, as a GET would give it: the client reloads from it, or, having
        // merged the change, sends it in If-Match.
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .eTag(StoredInitiative.entityTag(e.currentVersion().getAsLong())).body(answer.getBody());
    }

    /**
     * Answers a refusal of the method: the operation, and every guard and rule that failed.
     *
     * @param e the refusal, not null
     * @return the problem, {@link ProblemType#OPERATION_REFUSED}
     */
    @ExceptionHandler(TransitionRefusedException.class)
    public ResponseEntity<Object> refused(TransitionRefusedException e) {
        Locale locale = LocaleContextHolder.getLocale();
        ReportView report = ReportView.of(e.report(), locale);
        List<Map<String, Object>> violations = report.violations().stream()
                .map(v -> violation(Optional.of(v.ruleId()), v.pointer(), v.message(), Map.of("rule", v.rule(),
                        "severity", v.severity())))
                .toList();
        String detail = report.violations().stream().map(v -> v.ruleId() + " " + v.message()).collect(Collectors.joining(" "));
        // Named as the client posted it (start-work), not as the library spells it (START_WORK).
        String operation = e.operation().toLowerCase(Locale.ROOT).replace('_', '-');
        return problem(ProblemType.OPERATION_REFUSED, detail, violations, Map.of("operation", operation));
    }

    /**
     * Answers a document the library's reader refuses, with its problems' pointers and rule ids.
     *
     * @param e the refusal, not null
     * @return the problem, {@link ProblemType#INVALID_DOCUMENT}
     */
    @ExceptionHandler(InterchangeException.class)
    public ResponseEntity<Object> invalidDocument(InterchangeException e) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, Object>> violations = e.problems().stream()
                .map((Problem p) -> violation(p.ruleId(), p.pointer(), p.message(locale)))
                .toList();
        return problem(ProblemType.INVALID_DOCUMENT, e.getMessage(locale), violations, Map.of());
    }

    /**
     * Answers a value the model cannot hold, such as a blank reason or a signer who already signed.
     *
     * @param e the refusal, not null
     * @return the problem, {@link ProblemType#BAD_REQUEST}, pointing at the field the library names
     */
    @ExceptionHandler(InvalidValueException.class)
    public ResponseEntity<Object> invalidValue(InvalidValueException e) {
        Locale locale = LocaleContextHolder.getLocale();
        String message = e.getMessage(locale);
        return problem(ProblemType.BAD_REQUEST, message,
                List.of(violation(Optional.empty(), JsonPointers.of(e.field()), message)), Map.of());
    }

    /**
     * Answers a body the mapper cannot read: malformed JSON, a field missing, null or unknown, a
     * value of the model that does not read; pointing at where it failed.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (tooLarge(e)) {
            Locale locale = LocaleContextHolder.getLocale();
            String message = BodyLimit.message(Locale.FRENCH.getLanguage().equals(locale.getLanguage()));
            return problem(ProblemType.BODY_TOO_LARGE, message, List.of(violation(Optional.empty(), "", message)), Map.of());
        }
        return unreadable(e.getCause() instanceof JacksonException jackson ? Optional.of(jackson) : Optional.empty());
    }

    /**
     * Answers the refusals Spring makes before the desk's code runs — an address it does not
     * serve, a method the address does not take, a media type it does not read or cannot answer
     * in, a parameter or header missing or not of its type — as problems in the reader's
     * language like every other, keeping the headers Spring set (such as {@code Allow}).
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Optional<Refusal> refusal = Refusal.of(e);
        if (refusal.isEmpty()) {
            if (status.is5xxServerError()) {
                LOG.error("Unexpected failure", e);
            }
            return super.handleExceptionInternal(e, body, headers, status, request);
        }
        Locale locale = LocaleContextHolder.getLocale();
        String message = refusal.get().message(locale);
        ResponseEntity<Object> answer = problem(refusal.get().type(), message,
                List.of(violation(Optional.empty(), refusal.get().where(), message)), Map.of());
        HttpHeaders merged = new HttpHeaders();
        if (headers != null) {
            merged.putAll(headers);
        }
        merged.putAll(answer.getHeaders());
        return ResponseEntity.status(answer.getStatusCode()).headers(merged).body(answer.getBody());
    }

    /** One of Spring's refusals: its problem type, where (a parameter's or header's name) and why. */
    private record Refusal(ProblemType type, String where, String english, String french) {

        String message(Locale locale) {
            return Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? french : english;
        }

        static Optional<Refusal> of(Exception e) {
            if (e instanceof org.springframework.web.servlet.resource.NoResourceFoundException
                    || e instanceof org.springframework.web.servlet.NoHandlerFoundException) {
                return Optional.of(new Refusal(ProblemType.NO_SUCH_ROUTE, "", ErrorProblems.message(404, false),
                        ErrorProblems.message(404, true)));
            }
            if (e instanceof org.springframework.web.HttpRequestMethodNotSupportedException method) {
                String allowed = method.getSupportedHttpMethods() == null ? ""
                        : method.getSupportedHttpMethods().stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
                return Optional.of(new Refusal(ProblemType.METHOD_NOT_ALLOWED, "",
                        "This address does not take " + method.getMethod() + "; it takes " + allowed + ".",
                        "Cette adresse ne prend pas " + method.getMethod() + " ; elle prend " + allowed + "."));
            }
            if (e instanceof org.springframework.web.HttpMediaTypeNotSupportedException media) {
                String sent = media.getContentType() == null ? "none" : media.getContentType().toString();
                String envoye = media.getContentType() == null ? "aucun" : sent;
                String read = media.getSupportedMediaTypes().stream().map(Object::toString).collect(Collectors.joining(", "));
                return Optional.of(new Refusal(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Content-Type",
                        "The body's media type here is " + read + ", not " + sent + ".",
                        "Le format du corps ici est " + read + ", pas " + envoye + "."));
            }
            if (e instanceof org.springframework.web.HttpMediaTypeNotAcceptableException media) {
                String given = media.getSupportedMediaTypes().stream().map(Object::toString).collect(Collectors.joining(", "));
                return Optional.of(new Refusal(ProblemType.NOT_ACCEPTABLE, "Accept",
                        "This address answers in " + given + " only: accept one of them.",
                        "Cette adresse ne répond qu'en " + given + " : acceptez l'un d'eux."));
            }
            if (e instanceof org.springframework.web.bind.MissingServletRequestParameterException missing) {
                return Optional.of(new Refusal(ProblemType.BAD_REQUEST, missing.getParameterName(),
                        "The parameter " + missing.getParameterName() + " is required.",
                        "Le paramètre " + missing.getParameterName() + " est obligatoire."));
            }
            if (e instanceof org.springframework.web.bind.MissingRequestHeaderException missing) {
                return Optional.of(new Refusal(ProblemType.BAD_REQUEST, missing.getHeaderName(),
                        "The header " + missing.getHeaderName() + " is required.",
                        "L'en-tête " + missing.getHeaderName() + " est obligatoire."));
            }
            if (e instanceof org.springframework.beans.TypeMismatchException mismatch) {
                String name = mismatch.getPropertyName() == null ? "" : mismatch.getPropertyName();
                return Optional.of(new Refusal(ProblemType.BAD_REQUEST, name,
                        "The value \"" + mismatch.getValue() + "\" of " + name + " does not read.",
                        "La valeur « " + mismatch.getValue() + " » de " + name + " est illisible."));
            }
            if (e instanceof org.springframework.web.multipart.MaxUploadSizeExceededException) {
                return Optional.of(new Refusal(ProblemType.BODY_TOO_LARGE, "", BodyLimit.message(false), BodyLimit.message(true)));
            }
            return Optional.empty();
        }
    }

    /**
     * Answers a file from which nothing could be imported, with the loss report that says why;
     * each refused record is a violation, pointing where in the initiative it failed.
     *
     * @param e the refusal, not null
     * @return the problem, {@link ProblemType#IMPORT_REFUSED}
     */
    @ExceptionHandler(ImportController.ImportRefused.class)
    public ResponseEntity<Object> importRefused(ImportController.ImportRefused e) {
        Locale locale = LocaleContextHolder.getLocale();
        String language = Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? "fr" : "en";
        List<Map<String, Object>> violations = e.losses().stream()
                .filter(loss -> "refused_record".equals(loss.get("category").asString()))
                .map(loss -> violation(loss.has("rule") ? Optional.of(loss.get("rule").asString()) : Optional.empty(),
                        loss.get("target").asString(), loss.get("message").get(language).asString(),
                        Map.of("source", loss.get("source"))))
                .toList();
        String detail = "fr".equals(language)
                ? "Rien de " + e.file() + " n'a pu être importé (" + e.summary().records() + " fiche(s) lue(s), "
                        + e.summary().refused() + " refusée(s)) ; rien n'est gardé. Le rapport de pertes dit pourquoi."
                : "Nothing of " + e.file() + " could be imported (" + e.summary().records() + " record(s) read, "
                        + e.summary().refused() + " refused); nothing is kept. The loss report says why.";
        return problem(ProblemType.IMPORT_REFUSED, detail, violations, Map.of("source", e.source(), "losses", e.losses()));
    }

    /** Whether reading stopped at the body's limit, however deep the reader wrapped it. */
    private static boolean tooLarge(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyLimit.TooLarge) {
                return true;
            }
        }
        return false;
    }

    /**
     * Answers a body that the desk reads itself (an operation's) and that does not read.
     *
     * @param e the mapper's failure, not null
     * @return the problem, {@link ProblemType#BAD_REQUEST}
     */
    @ExceptionHandler(JacksonException.class)
    public ResponseEntity<Object> unreadableBody(JacksonException e) {
        return unreadable(Optional.of(e));
    }

    /**
     * Answers a query string the server cannot decode (a {@code %} not followed by two hexadecimal
     * digits, bytes that are not UTF-8): the server names neither the parameter nor its value
     * reliably, so the problem points at the query as a whole.
     *
     * @param e the server's refusal, not null
     * @return the problem, {@link ProblemType#BAD_REQUEST}
     */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    public ResponseEntity<Object> undecodableQuery(org.apache.tomcat.util.http.InvalidParameterException e) {
        String message = Locale.FRENCH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage())
                ? "La chaîne de requête est illisible : un % doit être suivi de deux chiffres hexadécimaux, et les octets encodés être de l'UTF-8."
                : "The query string does not read: a % must be followed by two hexadecimal digits, and the bytes it encodes be UTF-8.";
        return problem(ProblemType.BAD_REQUEST, message, List.of(violation(Optional.empty(), "", message)), Map.of());
    }

    /**
     * Answers what nothing else expected: logged with its stack trace here, never sent.
     *
     * @param e the failure, not null
     * @return a bare 500 problem
     */
    @ExceptionHandler(RuntimeException.class)
    public ResponseEntity<Object> unexpected(RuntimeException e) {
        LOG.error("Unexpected failure", e);
        ProblemDetail problem = ProblemDetail.forStatus(500);
        return ResponseEntity.status(500).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private ResponseEntity<Object> unreadable(Optional<JacksonException> cause) {
        Locale locale = LocaleContextHolder.getLocale();
        boolean french = Locale.FRENCH.getLanguage().equals(locale.getLanguage());
        String pointer = cause.map(e -> pointer(e) + innerPointer(e)).orElse("");
        String reason = cause.map(e -> reason(e, french)).orElse(french ? "corps absent" : "no body");
        String message = french
                ? "Le corps de la requête est illisible" + (pointer.isEmpty() ? "" : " en " + pointer) + " : " + reason + "."
                : "The request's body cannot be read" + (pointer.isEmpty() ? "" : " at " + pointer) + ": " + reason + ".";
        return problem(ProblemType.BAD_REQUEST, message, List.of(violation(Optional.empty(), pointer, message)), Map.of());
    }

    /**
     * Says why the mapper stopped in words a client can act on: Jackson's own messages name Java
     * classes and formats, which mean nothing to another town's system.
     */
    private static String reason(JacksonException e, boolean french) {
        if (e instanceof UnrecognizedPropertyException) {
            return french ? "champ inconnu" : "unknown field";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            String original = e.getOriginalMessage();
            if (original.startsWith("Missing required creator property") || original.startsWith("Null value for creator property")) {
                return french ? "champ obligatoire absent ou nul" : "a required field is missing or null";
            }
            return (french ? "attendu : " : "expected ") + expected(mismatch.getTargetType(), french);
        }
        if (e instanceof StreamReadException) {
            return (french ? "JSON mal formé, " : "malformed JSON, ") + firstLine(e.getOriginalMessage());
        }
        // The library's module: its messages speak the interchange format's terms (in English only).
        String message = firstLine(e.getOriginalMessage());
        return message.substring(innerPointer(e).isEmpty() ? 0 : innerPointer(e).length() + 2);
    }

    /**
     * The pointer inside a value of the model where the library's module stopped reading it: the
     * module starts its message with it ({@code /signatures: is required}), below the host's path.
     */
    private static String innerPointer(JacksonException e) {
        String message = e.getOriginalMessage();
        int colon = message.indexOf(": ");
        return message.startsWith("/") && colon > 0 && message.lastIndexOf('\n', colon) < 0 ? message.substring(0, colon) : "";
    }

    private static String expected(Class<?> type, boolean french) {
        if (type == java.time.Instant.class) {
            return french ? "un instant, comme 2022-02-14T09:00:00Z" : "an instant, such as 2022-02-14T09:00:00Z";
        }
        if (type == java.time.LocalDate.class) {
            return french ? "une date, comme 2022-02-14" : "a date, such as 2022-02-14";
        }
        if (type == String.class) {
            return french ? "un texte" : "a text";
        }
        return french ? "un objet « " + type.getSimpleName() + " »" : "a " + type.getSimpleName() + " object";
    }

    /** The JSON Pointer of where the mapper stopped, from its path of property names and indexes. */
    private static String pointer(JacksonException e) {
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            String name = reference.getPropertyName();
            String segment = name != null ? name : reference.getIndex() >= 0 ? Integer.toString(reference.getIndex()) : "";
            pointer.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }

    /** Jackson adds its source location on further lines: the first is the reason. */
    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }

    static Map<String, Object> violation(Optional<String> ruleId, String pointer, String message) {
        return violation(ruleId, pointer, message, Map.of());
    }

    private static Map<String, Object> violation(Optional<String> ruleId, String pointer, String message,
            Map<String, Object> more) {
        Map<String, Object> violation = new LinkedHashMap<>();
        ruleId.ifPresent(id -> violation.put("ruleId", id));
        violation.put("pointer", pointer);
        violation.put("message", message);
        violation.putAll(more);
        return violation;
    }

    static ResponseEntity<Object> problem(ProblemType type, String detail, List<Map<String, Object>> violations,
            Map<String, Object> more) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.type());
        problem.setTitle(type.title(locale));
        more.forEach(problem::setProperty);
        problem.setProperty("violations", violations);
        return ResponseEntity.status(type.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? "fr" : "en")
                .body(problem);
    }
}
