package io.github.loosmethod.interop.decidim;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.loosmethod.Language;
import io.github.loosmethod.Texts;
import io.github.loosmethod.Vocabulary;
import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.initiative.Decision;
import io.github.loosmethod.initiative.DecisionOutcome;
import io.github.loosmethod.initiative.ImmutableInitiative;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeStatus;
import io.github.loosmethod.interop.ImportContext;
import io.github.loosmethod.interop.ImportSummary;
import io.github.loosmethod.interop.ImportedRecord;
import io.github.loosmethod.interop.LossCategory;
import io.github.loosmethod.interop.Losses;
import io.github.loosmethod.interop.json.JsonDocuments;
import io.github.loosmethod.provenance.ImmutableSource;
import io.github.loosmethod.provenance.Source;
import io.github.loosmethod.validation.ValidationReport;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Imports the proposals of a Decidim proposals component (<em>import des propositions
 * Decidim</em>), as its JSON export writes them (an array of proposals, or one): each proposal
 * becomes one initiative of the kind the context declares; every value the initiative cannot hold
 * is an entry of the loss report. {@code docs/interop.md} ("Decidim proposals") gives the mapping
 * key by key.
 *
 * <p>The decisions this adapter makes where the source is silent, each reported:
 * <ul>
 * <li><b>Applicants.</b> The export names no author: the context's stand-in applicant carries the
 * proposal ({@code defaulted}); without one the record is refused, saying so.</li>
 * <li><b>Status.</b> Unpublished ({@code published_at} null or absent): {@code DRAFT}. Published:
 * submitted when published. No state: {@code SUBMITTED}; {@code evaluating}:
 * {@code UNDER_ASSESSMENT}; {@code accepted}, {@code rejected}: a decision of an elected body
 * (R3), the context's deciding body ({@code defaulted}), else the record stays
 * {@code UNDER_ASSESSMENT} with a {@code capped_status} entry naming R3; {@code withdrawn}:
 * {@code WITHDRAWN}; another state (a platform's custom state) {@code unmapped}, the record stays
 * submitted. Steps after the submission are dated when the proposal was published
 * ({@code defaulted} each): the export has no other date.</li>
 * <li><b>Texts.</b> Title and body in the first of the context's locales that has one, as the
 * results adapter does; the body is read as plain text, stands in for the general interest
 * ({@code defaulted}); machine translations never taken.</li>
 * <li><b>No place in the model.</b> Counters, attachments, the amendment flag and the amended
 * proposal, related proposals, meetings, the scope, the platform's reference: {@code dropped}.</li>
 * </ul>
 *
 * <p>Reading is strict and bounded as {@link io.github.loosmethod.interop.participedia.ParticipediaImport}'s
 * is: malformed JSON, a limit passed, a proposal that is not an object are each one refused record
 * at their JSON Pointer. Only a file that cannot be opened or read throws.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ProposalImport {

    /** An id of the platform: a positive number. */
    private static final Pattern ID = Pattern.compile("[1-9]\\d{0,17}");
    private static final String DROPPED_COUNTER = "interop.decidim.counter";
    /** Keys read for the record, or reported by their own rule. */
    private static final Set<String> READ = Set.of("id", "title", "body", "state", "published_at", "url", "component", "category",
            "answer", "is_amend");
    /** Keys with no place in the model, and the message of each. */
    private static final Map<String, String> DROPPED = Map.ofEntries(
            Map.entry("supports", DROPPED_COUNTER), Map.entry("endorsements", DROPPED_COUNTER), Map.entry("comments", DROPPED_COUNTER),
            Map.entry("followers", DROPPED_COUNTER), Map.entry("attachments", "interop.decidim.attachments"),
            Map.entry("related_proposals", "interop.decidim.relatedProposals"), Map.entry("meeting_urls", "interop.decidim.meetings"),
            Map.entry("original_proposal", "interop.decidim.amendment"), Map.entry("scope", "interop.decidim.scope"),
            Map.entry("reference", "interop.decidim.reference"), Map.entry("participatory_space", "interop.decidim.space"));

    private final ImportContext context;
    private final Language language;

    ProposalImport(ImportContext context) {
        this.context = context;
        this.language = Language.of(context.locales().get(0));
    }

    /**
     * Reads a file of proposals.
     *
     * @param file the JSON file, not null
     * @param each receives each record, in the order of the file, not null
     * @return the counts, never null
     * @throws UncheckedIOException if the file cannot be opened or read
     */
    public ImportSummary read(Path file, Consumer<ImportedRecord> each) {
        return JsonDocuments.readFile(file, (in, name) -> read(in, name, each));
    }

    /**
     * Reads a stream of proposals; the stream is not closed.
     *
     * @param in the stream, not null
     * @param fileName the name of the file, for the sources, not blank
     * @param each receives each record, in the order of the document, not null
     * @return the counts, never null
     * @throws UncheckedIOException if the stream fails
     */
    public ImportSummary read(InputStream in, String fileName, Consumer<ImportedRecord> each) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(each, "each");
        Source file = Source.builder().withSystem(DecidimImport.DECIDIM).withFile(fileName).withRetrievedAt(context.importedAt()).build();
        ImportSummary.Tally tally = new ImportSummary.Tally();
        JsonDocuments.read(in, new JsonDocuments.Visitor() {
            @Override
            public void record(JsonNode node, String pointer) {
                ImportedRecord record = proposal(node, pointer, file);
                tally.add(record);
                each.accept(record);
            }

            @Override
            public void failure(JsonDocuments.Failure failure) {
                ImportedRecord record = failed(file, failure);
                tally.add(record);
                each.accept(record);
            }
        });
        return tally.summary();
    }

    /** A document that cannot be read further: one refused record at where reading stopped. */
    static ImportedRecord failed(Source file, JsonDocuments.Failure failure) {
        ImmutableSource.Builder builder = Source.builder().from(file);
        if (!failure.pointer().isEmpty()) {
            builder.withPointer(failure.pointer());
        }
        if (failure.line() >= 1) {
            builder.withLine(failure.line());
        }
        Losses losses = new Losses(builder.build());
        switch (failure.problem()) {
            case EMPTY -> losses.add(null, "", LossCategory.REFUSED_RECORD, null, "interop.participedia.empty");
            case TRAILING -> losses.add(null, "", LossCategory.REFUSED_RECORD, null, "interop.decidim.trailing");
            default -> losses.add(null, "", LossCategory.REFUSED_RECORD, failure.reason().orElse(null),
                    failure.problem() == JsonDocuments.Problem.LIMIT ? "interop.participedia.limit" : "interop.participedia.malformed",
                    Math.max(failure.line(), 1), Math.max(failure.column(), 1));
        }
        return losses.refused();
    }

    /** One proposal, at {@code at} in the document. */
    private ImportedRecord proposal(JsonNode node, String at, Source file) {
        ImmutableSource.Builder builder = Source.builder().from(file);
        if (!at.isEmpty()) {
            builder.withPointer(at);
        }
        Optional<String> id = id(node.path("id"));
        id.ifPresent(builder::withId);
        Optional<String> url = text(node.path("url")).filter(DecidimImport::isWebAddress);
        url.ifPresent(builder::withUrl);
        JsonLosses losses = new JsonLosses(builder.build(), at);
        if (!node.isObject()) {
            losses.add("", "", LossCategory.REFUSED_RECORD, node, "interop.decidim.notObject");
            return refused(losses);
        }
        if (id.isEmpty()) {
            losses.add("/id", "", LossCategory.REFUSED_RECORD, node.path("id"), "interop.decidim.badId");
        }
        Optional<String> title = losses.translated(node.path("title"), "/title", "/title", context.locales());
        if (title.isEmpty()) {
            losses.add("/title", "/title", LossCategory.REFUSED_RECORD, node.path("title"), "interop.decidim.proposal.titleBlank");
        }
        JsonNode published = node.path("published_at");
        Optional<Instant> publishedAt = text(published).flatMap(DecidimImport::instant);
        if (!JsonLosses.isEmpty(published) && publishedAt.isEmpty()) {
            losses.add("/published_at", "/history/0", LossCategory.REFUSED_RECORD, published, "interop.decidim.createdAt");
        }
        if (context.standInApplicant().isEmpty()) {
            losses.add("", "/applicants", LossCategory.REFUSED_RECORD, null, "interop.decidim.proposal.noApplicant");
        }
        if (losses.refused()) {
            return refused(losses);
        }
        return losses.record(() -> build(node, losses, id.get(), url, title.get(), publishedAt, context.standInApplicant().get()));
    }

    private Initiative build(JsonNode node, JsonLosses losses, String id, Optional<String> url, String title,
            Optional<Instant> publishedAt, Actor applicant) {
        String purpose = purpose(node, losses, title);
        Optional<String> theme = theme(node, losses);
        identity(node, losses, url);
        // What has no place: each key in the order of the proposal.
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String key = field.getKey();
            String pointer = "/" + JsonLosses.escape(key);
            if (DROPPED.containsKey(key)) {
                if (!JsonLosses.isEmpty(field.getValue())) {
                    losses.add(pointer, "", LossCategory.DROPPED, field.getValue(), DROPPED.get(key), key);
                }
            } else if (!READ.contains(key) && !JsonLosses.isEmpty(field.getValue())) {
                losses.add(pointer, "", LossCategory.UNMAPPED, field.getValue(), "interop.decidim.unknownKey", key);
            }
        }
        JsonNode amend = node.path("is_amend");
        if (amend.isBoolean() && amend.booleanValue() || !amend.isBoolean() && !JsonLosses.isEmpty(amend)) {
            losses.add("/is_amend", "", LossCategory.DROPPED, amend, "interop.decidim.amendment", "is_amend");
        }

        ImmutableInitiative.Builder draft = context.draft(DecidimImport.DECIDIM + ":" + space(node, url) + "proposal:" + id, title, purpose, losses.source())
                .addApplicant(applicant);
        theme.ifPresent(draft::addTheme);
        losses.add("", "/applicants/0", LossCategory.DEFAULTED, null, "interop.decidim.proposal.standIn", applicant.name());
        losses.add("", "/kind", LossCategory.DEFAULTED, null, "interop.kindFromProfile", context.kind().name().toLowerCase(Locale.ROOT));
        if (!context.plan().levels().isEmpty()) {
            losses.add("", "/involvementPlan", LossCategory.DEFAULTED, null, "interop.decidim.plan");
        }
        Initiative initiative = status(node, losses, draft.build(), publishedAt, applicant);
        return initiative;
    }

    /** The status the state reaches, as far as the rules allow. */
    private Initiative status(JsonNode node, JsonLosses losses, Initiative draft, Optional<Instant> publishedAt, Actor applicant) {
        JsonNode stateNode = node.path("state");
        Optional<String> state = text(stateNode);
        if (!JsonLosses.isEmpty(stateNode) && !stateNode.isTextual()) {
            losses.add("/state", "/status", LossCategory.UNMAPPED, stateNode, "interop.decidim.proposal.state", JsonLosses.written(stateNode));
            state = Optional.empty();
        }
        JsonNode answer = node.path("answer");
        if (publishedAt.isEmpty()) {
            // Unpublished: a draft, whatever else the export says.
            state.ifPresent(value -> losses.add("/state", "/status", LossCategory.UNMAPPED, stateNode, "interop.decidim.proposal.unpublished",
                    value));
            droppedAnswer(answer, losses);
            return draft;
        }
        Instant at = publishedAt.get();
        Initiative submitted = draft.submit(applicant, at, words("interop.decidim.proposal.submitted"));
        if (state.isEmpty()) {
            droppedAnswer(answer, losses);
            return submitted;
        }
        switch (state.get()) {
            case "evaluating" -> {
                droppedAnswer(answer, losses);
                losses.add("/published_at", "/history/1", LossCategory.DEFAULTED, node.path("published_at"), "interop.decidim.proposal.eventAt",
                        "start_assessment");
                return submitted.startAssessment(context.town(), at, words("interop.decidim.proposal.assessed"));
            }
            case "accepted", "rejected" -> {
                boolean accepted = "accepted".equals(state.get());
                Initiative assessed = submitted.startAssessment(context.town(), at, words("interop.decidim.proposal.assessed"));
                losses.add("/published_at", "/history/1", LossCategory.DEFAULTED, node.path("published_at"), "interop.decidim.proposal.eventAt",
                        "start_assessment");
                InitiativeStatus candidate = accepted ? InitiativeStatus.ACCEPTED : InitiativeStatus.REJECTED;
                if (context.decidingBody().isEmpty()) {
                    losses.add("/state", "/status", LossCategory.CAPPED_STATUS, stateNode, List.of(DecidimImport.code(candidate)), "R3",
                            "interop.decidim.proposal.noDecider", DecidimImport.label(candidate));
                    droppedAnswer(answer, losses);
                    return assessed;
                }
                Optional<String> reason = losses.translated(answer, "/answer", "/decisions/0/reasons/0", context.locales())
                        .map(text -> PlainText.of(text).text()).filter(text -> !Texts.isBlank(text));
                Decision decision = Decision.builder().withDecidedBy(context.decidingBody().get()).withDecidedAt(at)
                        .withOutcome(accepted ? DecisionOutcome.ACCEPTED : DecisionOutcome.REJECTED)
                        .addReasons(reason.orElseGet(() -> words(accepted ? "interop.decidim.proposal.accepted" : "interop.decidim.proposal.rejected")))
                        .build();
                losses.add("", "/decisions/0/decidedBy", LossCategory.DEFAULTED, null, "interop.decidim.decidedBy",
                        context.decidingBody().get().name());
                losses.add("/published_at", "/decisions/0/decidedAt", LossCategory.DEFAULTED, node.path("published_at"),
                        "interop.decidim.proposal.eventAt", accepted ? "accept" : "reject");
                return accepted ? assessed.accept(decision) : assessed.reject(decision);
            }
            case "withdrawn" -> {
                droppedAnswer(answer, losses);
                losses.add("/published_at", "/history/1", LossCategory.DEFAULTED, node.path("published_at"), "interop.decidim.proposal.eventAt",
                        "withdraw");
                return submitted.withdraw(applicant, at, words("interop.decidim.proposal.withdrawn"));
            }
            default -> {
                losses.add("/state", "/status", LossCategory.UNMAPPED, stateNode, "interop.decidim.proposal.state", state.get());
                droppedAnswer(answer, losses);
                return submitted;
            }
        }
    }

    /** An answer with no decision to hold it. */
    private void droppedAnswer(JsonNode answer, JsonLosses losses) {
        if (!JsonLosses.isEmpty(answer)) {
            losses.add("/answer", "/decisions", LossCategory.DROPPED, answer, "interop.decidim.proposal.answer");
        }
    }

    /** The body as plain text for both texts of the purpose; the title without one. */
    private String purpose(JsonNode node, JsonLosses losses, String title) {
        Optional<String> body = losses.translated(node.path("body"), "/body", "/purpose/livingEnvironment", context.locales());
        PlainText plain = PlainText.of(body.orElse(""));
        if (Texts.isBlank(plain.text())) {
            losses.add("/body", "/purpose/livingEnvironment", LossCategory.DEFAULTED, body.isPresent() ? node.path("body") : null,
                    "interop.decidim.proposal.purposeFromTitle");
            losses.add("", "/purpose/generalInterest", LossCategory.DEFAULTED, null, "interop.decidim.proposal.purposeFromTitle");
            return title;
        }
        if (plain.hadMarkup()) {
            losses.add("/body", "/purpose/livingEnvironment", LossCategory.DEGRADED, null, "interop.decidim.html");
        }
        losses.add("/body", "/purpose/generalInterest", LossCategory.DEFAULTED, null, "interop.decidim.proposal.purpose");
        return plain.text();
    }

    /** The category's name as a theme; its id is not kept. */
    private Optional<String> theme(JsonNode node, JsonLosses losses) {
        JsonNode category = node.path("category");
        if (JsonLosses.isEmpty(category)) {
            return Optional.empty();
        }
        if (!category.isObject()) {
            losses.add("/category", "/themes/0", LossCategory.DROPPED, category, "interop.decidim.notTranslated");
            return Optional.empty();
        }
        Optional<String> theme = losses.translated(category.path("name"), "/category/name", "/themes/0", context.locales());
        if (!JsonLosses.isEmpty(category.path("id"))) {
            losses.add("/category/id", "/themes/0", LossCategory.DROPPED, category.path("id"), "interop.decidim.categoryId");
        }
        for (Map.Entry<String, JsonNode> other : category.properties()) {
            if (!"id".equals(other.getKey()) && !"name".equals(other.getKey()) && !JsonLosses.isEmpty(other.getValue())) {
                losses.add("/category/" + JsonLosses.escape(other.getKey()), "/themes/0", LossCategory.DROPPED, other.getValue(),
                        "interop.dropped", "category/" + other.getKey());
            }
        }
        return theme;
    }

    /** The address and the component: kept in the source and the id, or reported. */
    private static void identity(JsonNode node, JsonLosses losses, Optional<String> url) {
        JsonNode address = node.path("url");
        if (!JsonLosses.isEmpty(address) && url.isEmpty()) {
            losses.add("/url", "/sources/0/url", LossCategory.DROPPED, address, "interop.decidim.url");
        }
        Optional<String> component = id(node.path("component").path("id"));
        if (component.isPresent() && url.isPresent()
                && !String.valueOf(URI.create(url.get()).getRawPath()).contains("/f/" + component.get() + "/")) {
            losses.add("/component/id", "", LossCategory.DROPPED, node.path("component").path("id"), "interop.dropped", "component/id");
        }
        JsonNode componentNode = node.path("component");
        if (!JsonLosses.isEmpty(componentNode) && (!componentNode.isObject() || component.isEmpty())) {
            losses.add("/component", "", LossCategory.DROPPED, componentNode, "interop.dropped", "component");
        }
    }

    /** {@code <host[:port]>:}, else {@code component-<id>:}, else nothing. */
    private static String space(JsonNode node, Optional<String> url) {
        Optional<String> host = url.map(URI::create).map(uri -> uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort());
        return host.or(() -> id(node.path("component").path("id")).map(component -> "component-" + component)).map(value -> value + ":")
                .orElse("");
    }

    /** An id of the platform, a number or a text of digits. */
    static Optional<String> id(JsonNode value) {
        if (value.isIntegralNumber() || value.isTextual()) {
            String text = value.isTextual() ? value.textValue().strip() : value.asText();
            if (ID.matcher(text).matches()) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /** A text, stripped, when it holds more than white space. */
    static Optional<String> text(JsonNode value) {
        return value.isTextual() && !Texts.isBlank(value.textValue()) ? Optional.of(value.textValue().strip()) : Optional.empty();
    }

    private static ImportedRecord refused(JsonLosses losses) {
        return new ImportedRecord(losses.source(), Optional.empty(), ValidationReport.of(List.of()), losses.entries());
    }

    private String words(String key, Object... arguments) {
        return Vocabulary.format(key, language, arguments);
    }
}
