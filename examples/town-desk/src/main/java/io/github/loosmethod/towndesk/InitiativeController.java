package io.github.loosmethod.towndesk;

import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeKind;
import io.github.loosmethod.initiative.InitiativeStatus;
import io.github.loosmethod.initiative.Transition;
import io.github.loosmethod.interchange.Interchange;
import io.github.loosmethod.jackson3.LoosJson;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

/**
 * The desk's HTTP API over the lifecycle of initiatives. Documents are the library's interchange
 * format; every change names the version it was made on ({@code If-Match}, from the record's
 * {@code ETag}) and is one transaction; every refusal is a problem detail (RFC 9457) in the
 * language of {@code Accept-Language}.
 *
 * <pre>
 * POST /initiatives                          a draft (its interchange document)          201, ETag
 * GET  /initiatives?status=&amp;kind=&amp;territory=   the list, filtered                         200
 * GET  /initiatives/{id}                     the document                                 200, ETag
 * GET  /initiatives/{id}/validation          every rule of the method, all at once        200
 * POST /initiatives/{id}/readiness           what would refuse a transition now           200
 * GET  /initiatives/{id}/events              the audit trail                              200
 * GET  /initiatives/{id}/overview            the clerk's page's view of it, labelled      200
 * POST /initiatives/{id}/{operation}         a change (see {@link Operation}), If-Match   200, ETag
 * POST /initiatives/{id}/revision            a policy's revised version, a new draft      201, ETag
 * GET  /portfolio                            every initiative, JSON Lines                 200
 * </pre>
 */
@RestController
public class InitiativeController {

    /** The media type of a JSON Lines portfolio. */
    public static final MediaType JSON_LINES = MediaType.parseMediaType("application/jsonl");

    private static final Interchange JSON = LoosJson.strict();
    private static final Pattern ENTITY_TAG = Pattern.compile("\"([1-9][0-9]{0,17})\"");

    private final InitiativeStore store;
    private final JsonMapper mapper;

    /**
     * Creates the controller.
     *
     * @param store the records, not null
     * @param mapper the mapper of request bodies, with the library's module, not null
     */
    public InitiativeController(InitiativeStore store, JsonMapper mapper) {
        this.store = Objects.requireNonNull(store, "store");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /**
     * Keeps a new draft. The body is an initiative document of the interchange format, read
     * strictly and checked against the rules of the method; its history must be empty.
     *
     * @param document the document, UTF-8
     * @return 201 with the stored document, its {@code Location} and {@code ETag}
     */
    @PostMapping(path = "/initiatives", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> create(@RequestBody byte[] document) {
        Initiative draft = JSON.readInitiative(document);
        if (draft.status() != InitiativeStatus.DRAFT) {
            throw new DeskException(ProblemType.BAD_REQUEST, "/history",
                    "The desk creates drafts: the document must have no history, and this one is "
                            + Codes.code(draft.status()) + ".",
                    "Le guichet crée des brouillons : le document ne doit pas avoir d'historique, et celui-ci est au statut "
                            + Codes.code(draft.status()) + ".");
        }
        StoredInitiative stored = store.create(draft);
        return ResponseEntity.created(URI.create("/initiatives/" + encodeSegment(draft.id())))
                .eTag(stored.entityTag())
                .contentType(MediaType.APPLICATION_JSON)
                .body(JSON.write(stored.initiative()));
    }

    /**
     * Returns an initiative's document.
     *
     * @param id the initiative's id
     * @return 200 with the document and its {@code ETag}
     */
    @GetMapping(path = "/initiatives/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> get(@PathVariable String id) {
        return document(HttpStatus.OK, load(id));
    }

    /**
     * Lists the initiatives, by id, filtered by status, kind and territory codes.
     *
     * @param status a status's code, such as {@code accepted}, or none
     * @param kind a kind's code, such as {@code fifty_fifty}, or none
     * @param territory a territory's official code, such as {@code 62528}, or none
     * @return the summaries
     */
    @GetMapping(path = "/initiatives", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<InitiativeSummary> list(@RequestParam Optional<String> status, @RequestParam Optional<String> kind,
            @RequestParam Optional<String> territory) {
        return store.list(status.map(s -> Codes.parse(InitiativeStatus.class, s, "status")),
                kind.map(k -> Codes.parse(InitiativeKind.class, k, "kind")), territory);
    }

    /**
     * Checks an initiative against every rule of the method (<em>contrôle</em>).
     *
     * @param id the initiative's id
     * @param locale the reader's locale, from {@code Accept-Language}
     * @return the report
     */
    @GetMapping(path = "/initiatives/{id}/validation", produces = MediaType.APPLICATION_JSON_VALUE)
    public ReportView validation(@PathVariable String id, Locale locale) {
        return ReportView.of(load(id).initiative().validate(), locale);
    }

    /**
     * Tells what would refuse a transition now, without changing anything.
     *
     * @param id the initiative's id
     * @param question the transition, who and when
     * @param locale the reader's locale, from {@code Accept-Language}
     * @return the report: valid when nothing stands in the way
     */
    @PostMapping(path = "/initiatives/{id}/readiness", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ReportView readiness(@PathVariable String id, @RequestBody Requests.Readiness question, Locale locale) {
        Transition transition = Codes.parse(Transition.class, question.transition(), "/transition");
        return ReportView.of(load(id).initiative().readiness(transition, question.by(), question.at()), locale);
    }

    /**
     * Returns an initiative as the clerk's page shows it, labelled in the reader's language.
     *
     * @param id the initiative's id
     * @param locale the reader's locale, from {@code Accept-Language}
     * @return the overview
     */
    @GetMapping(path = "/initiatives/{id}/overview", produces = MediaType.APPLICATION_JSON_VALUE)
    public Overview overview(@PathVariable String id, Locale locale) {
        return Overview.of(load(id), locale);
    }

    /**
     * Returns an initiative's audit trail (<em>journal</em>), in order.
     *
     * @param id the initiative's id
     * @return the events
     */
    @GetMapping(path = "/initiatives/{id}/events", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<AuditEntry> events(@PathVariable String id) {
        load(id);
        return store.auditTrail(id);
    }

    /**
     * Applies an operation of the lifecycle, in one transaction, on the version the client saw.
     *
     * @param id the initiative's id
     * @param operation the operation's path segment (see {@link Operation})
     * @param ifMatch the record's {@code ETag} as the client saw it; required
     * @param body the operation's body, JSON
     * @return 200 with the changed document and its new {@code ETag}
     */
    @PostMapping(path = "/initiatives/{id}/{operation}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> change(@PathVariable String id, @PathVariable String operation,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) Optional<String> ifMatch,
            @RequestBody byte[] body) {
        Operation chosen = Operation.ofPath(operation).orElseThrow(() -> new DeskException(ProblemType.NOT_FOUND, "",
                "The desk has no operation \"" + operation + "\".", "Le guichet n'a pas d'opération « " + operation + " »."));
        long seen = seenVersion(ifMatch);
        Object request = mapper.readValue(body, chosen.body());
        return document(HttpStatus.OK, store.change(id, seen, initiative -> chosen.apply(initiative, request)));
    }

    /**
     * Starts the revised version of a policy in force: a new draft, kept under its new id. The
     * policy itself does not change (its replacement is {@code supersede}, once the new version is
     * adopted), so no {@code If-Match} is needed.
     *
     * @param id the policy's id
     * @param revision the new version's id
     * @return 201 with the new draft, its {@code Location} and {@code ETag}
     */
    @PostMapping(path = "/initiatives/{id}/revision", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> revise(@PathVariable String id, @RequestBody Requests.Revision revision) {
        StoredInitiative stored = store.create(load(id).initiative().draftRevision(revision.newId()));
        return ResponseEntity.created(URI.create("/initiatives/" + encodeSegment(stored.initiative().id())))
                .eTag(stored.entityTag())
                .contentType(MediaType.APPLICATION_JSON)
                .body(JSON.write(stored.initiative()));
    }

    /**
     * Exports every initiative as a JSON Lines portfolio (<em>portefeuille</em>), streamed.
     *
     * @return the portfolio, one canonical document a line
     */
    @GetMapping(path = "/portfolio", produces = "application/jsonl")
    public ResponseEntity<StreamingResponseBody> portfolio() {
        return ResponseEntity.ok().contentType(JSON_LINES).body(store::export);
    }

    private StoredInitiative load(String id) {
        return store.find(id).orElseThrow(() -> DeskException.notFound(id));
    }

    private static ResponseEntity<byte[]> document(HttpStatus status, StoredInitiative stored) {
        return ResponseEntity.status(status).eTag(stored.entityTag()).contentType(MediaType.APPLICATION_JSON)
                .body(JSON.write(stored.initiative()));
    }

    /**
     * Reads the version a change was made on from {@code If-Match}: one strong entity tag, as the
     * desk's {@code ETag} gives it. {@code *} is refused as a missing version would be: it would let
     * a clerk overwrite a change they never saw.
     */
    static long seenVersion(Optional<String> ifMatch) {
        String value = ifMatch.map(String::strip).orElse("");
        if (value.isEmpty() || value.equals("*")) {
            throw new DeskException(ProblemType.VERSION_REQUIRED, "If-Match",
                    "Send the record's ETag in If-Match, such as If-Match: \"3\": a change is made on the version read.",
                    "Envoyez l'ETag de la fiche dans If-Match, par exemple If-Match: \"3\" : une modification porte sur la version lue.");
        }
        Matcher tag = ENTITY_TAG.matcher(value);
        if (!tag.matches()) {
            throw new DeskException(ProblemType.BAD_REQUEST, "If-Match",
                    "If-Match must hold one entity tag of this desk, such as \"3\"; got " + value + ".",
                    "If-Match doit contenir une seule étiquette de ce guichet, comme \"3\" ; reçu " + value + ".");
        }
        return Long.parseLong(tag.group(1));
    }

    private static String encodeSegment(String id) {
        return org.springframework.web.util.UriUtils.encodePathSegment(id, java.nio.charset.StandardCharsets.UTF_8);
    }
}
