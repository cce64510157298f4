package io.github.loosmethod.interop.participedia;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.loosmethod.InvalidValueException;
import io.github.loosmethod.Language;
import io.github.loosmethod.LocalizedText;
import io.github.loosmethod.Texts;
import io.github.loosmethod.Vocabulary;
import io.github.loosmethod.evaluation.EvaluationSubject;
import io.github.loosmethod.evaluation.Evidence;
import io.github.loosmethod.evaluation.EvidenceKind;
import io.github.loosmethod.evaluation.SubjectKind;
import io.github.loosmethod.interop.ImportContext;
import io.github.loosmethod.interop.ImportSummary;
import io.github.loosmethod.interop.Loss;
import io.github.loosmethod.interop.LossCategory;
import io.github.loosmethod.interop.Losses;
import io.github.loosmethod.interop.json.JsonDocuments;
import io.github.loosmethod.involvement.Iap2Level;
import io.github.loosmethod.involvement.InvolvementPlan;
import io.github.loosmethod.involvement.LevelMapping;
import io.github.loosmethod.involvement.ProjectPhase;
import io.github.loosmethod.provenance.ImmutableSource;
import io.github.loosmethod.provenance.Source;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Imports the cases of Participedia (<em>import des cas Participedia</em>), as its API and its
 * test data write them: one JSON document holding one case (an object), or an array of cases. A
 * case describes a programme or a process of public participation; it has no applicant, no
 * lifecycle and no state, so it is imported as an {@link EvaluationSubject} of kind
 * {@link SubjectKind#PROGRAMME} with what it says of its practice ({@link ImportedCase}), never as
 * an initiative. {@code docs/interop.md} ("Participedia cases") gives the mapping key by key.
 *
 * <p>The decisions this adapter makes where the source is silent, each reported:
 * <ul>
 * <li><b>What it is.</b> A document of another {@code type} ({@code method}, {@code organization})
 * is one refused record pointing at {@code /type}, nothing else read from it; a case without a
 * {@code type} is read as a case.</li>
 * <li><b>Subject.</b> Its reference is the title (none: refused at {@code /title}); its territory
 * the context's, since a case has no INSEE code ({@code defaulted}); it began on the day of
 * {@code start_date} (a time of day other than midnight {@code degraded}; none, or not a date:
 * refused at {@code /start_date}, as an evaluation subject begins on a day that is never
 * invented).</li>
 * <li><b>Texts.</b> The description, then the body, as written, are the case's text; the model's
 * general-interest text has no counterpart and is not stood in.</li>
 * <li><b>Themes.</b> {@code general_issues}, {@code specific_topics} and {@code tags}, each value
 * once, as Participedia's keys ({@code natural_resources}).</li>
 * <li><b>Plan.</b> {@code public_spectrum} through {@link Iap2Level#toLoos()}. The spectrum says
 * nothing of the phase: a decided level is declared for {@link ProjectPhase#DECISION}, the phase
 * IAP2 describes (the public's role in a decision), with an {@code ambiguous} entry listing every
 * phase. {@code collaborate} is co-construction or co-production: {@code ambiguous}, none taken,
 * the case's {@code approaches} named in the message as evidence only (a {@code coproduction}
 * approach is a hint, never a decided level). {@code not} is {@code unmapped}; another word too;
 * no level at all gives the empty plan and one {@code defaulted} entry.</li>
 * <li><b>Evidence.</b> Each approach, and each evaluation report or link with an address (its
 * title and attribution the text, its address the reference); a report's {@code source_url} and
 * other details {@code dropped}.</li>
 * <li><b>No place in the model.</b> The place (address, city, province, country, coordinates:
 * the territory is the town's), media, organisers and their types, funders, staff, volunteers,
 * participants and recruitment, methods, tools, decision methods and voting, purposes and scope,
 * links to other entries, impact, the end date and {@code ongoing}, the entry's own metadata:
 * each {@code dropped} where it holds a value (not null, not blank, not empty).</li>
 * <li><b>Older exports.</b> Older keys are read through a small table ({@code issues},
 * {@code topics}, {@code primary_organizers}, {@code lead_image}, {@code other_images},
 * {@code location}); when the current key is there too, the older one is {@code dropped}. A value
 * of an older vocabulary, written with a {@code /} ({@code general_agreement/consensus}), is
 * {@code unmapped} where it would be kept (themes, approaches) and reported with its field
 * elsewhere. A key of neither is {@code unmapped}: no key is ignored.</li>
 * </ul>
 *
 * <p>Reading is strict and bounded: JSON as RFC 8259 writes it (no comments, no trailing commas, no
 * duplicate keys, nothing after the document), cases of at most {@value #LARGEST_RECORD} bytes, texts of at
 * most {@value #LONGEST_TEXT} characters, {@value #DEEPEST} levels of nesting. Bad input never
 * throws: malformed JSON, a limit passed, a document that is not a case, a value of the wrong type
 * where the record needs it — each one refused record naming the JSON Pointer; in an array the
 * cases before a malformed one are read, nothing after. Only a file that cannot be opened or read
 * throws ({@link UncheckedIOException}). The same file gives the same records and report, byte for
 * byte. An array is read one case at a time.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ParticipediaImport {

    /** The system named in the sources of what this adapter imports. */
    public static final String PARTICIPEDIA = "participedia";
    /** The address of a case on Participedia, before its id. */
    public static final String CASE_ADDRESS = "https://participedia.net/case/";
    /** The largest case read, in bytes: a document of one case, or one case of an array. */
    public static final int LARGEST_RECORD = JsonDocuments.LARGEST_RECORD;
    /** The longest text read, in characters. */
    public static final int LONGEST_TEXT = JsonDocuments.LONGEST_TEXT;
    /** The deepest nesting read. */
    public static final int DEEPEST = JsonDocuments.DEEPEST;

    /** A date, or a date and time as Participedia writes them: {@code 2005-10-27T09:00:00}. */
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?");
    /** An id of Participedia: a number, as its addresses write it. */
    private static final Pattern ID = Pattern.compile("[1-9]\\d{0,17}");
    private static final String PLAN = "/involvementPlan/levels";

    /** What becomes of a key of a case. */
    private enum Role {
        ID, TYPE, TITLE, TEXT, THEMES, SPECTRUM, APPROACHES, START, EVALUATION, DROPPED
    }

    /** A key of today's cases: its role, and for a dropped one the message's key. */
    private record Field(Role role, String messageKey) {
    }

    private static final Map<String, Field> FIELDS = fields();

    /** Older keys and the key of today's cases they are read as. */
    private static final Map<String, String> LEGACY_KEYS = Map.of("issues", "general_issues", "topics", "specific_topics",
            "primary_organizers", "primary_organizer", "lead_image", "photos", "other_images", "photos", "location", "location_name");

    private final ImportContext context;
    private final Language language;

    private ParticipediaImport(ImportContext context) {
        this.context = context;
        this.language = Language.of(context.locales().get(0));
    }

    /**
     * Returns the importer of Participedia cases for a town.
     *
     * @param context what a case does not say: the territory of the subjects, when the import runs,
     *        the language of the evidence's texts; its kind and plan are not used (a case is not an
     *        initiative of the town), not null
     * @return the importer, never null
     */
    public static ParticipediaImport cases(ImportContext context) {
        return new ParticipediaImport(Objects.requireNonNull(context, "context"));
    }

    /**
     * Reads a file of one case, or an array of cases.
     *
     * @param file the file, not null
     * @param each receives each case, in the order of the file, not null
     * @return the counts, never null
     * @throws UncheckedIOException if the file cannot be opened or read
     */
    public ImportSummary read(Path file, Consumer<ImportedCase> each) {
        return JsonDocuments.readFile(file, (in, name) -> read(in, name, each));
    }

    /**
     * Reads a stream of one case, or an array of cases; the stream is not closed.
     *
     * @param in the stream, not null
     * @param fileName the name of the file the stream reads, for the sources, not blank
     * @param each receives each case, in the order of the document, not null
     * @return the counts, never null
     * @throws UncheckedIOException if the stream fails
     */
    public ImportSummary read(InputStream in, String fileName, Consumer<ImportedCase> each) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(each, "each");
        Source file = Source.builder().withSystem(PARTICIPEDIA).withFile(fileName).withRetrievedAt(context.importedAt()).build();
        ImportSummary.Tally tally = new ImportSummary.Tally();
        Consumer<ImportedCase> counted = imported -> {
            tally.add(imported.built(), imported.losses());
            each.accept(imported);
        };
        JsonDocuments.read(in, new JsonDocuments.Visitor() {
            @Override
            public void record(JsonNode node, String pointer) {
                counted.accept(read(node, pointer, file));
            }

            @Override
            public void failure(JsonDocuments.Failure failure) {
                counted.accept(refusedDocument(file, failure));
            }
        });
        return tally.summary();
    }

    /** A document that cannot be read further: one refused record at where the reader stopped. */
    private static ImportedCase refusedDocument(Source file, JsonDocuments.Failure failure) {
        ImmutableSource.Builder builder = Source.builder().from(file);
        if (!failure.pointer().isEmpty()) {
            builder.withPointer(failure.pointer());
        }
        if (failure.line() >= 1) {
            builder.withLine(failure.line());
        }
        Source source = builder.build();
        Losses losses = new Losses(source);
        switch (failure.problem()) {
            case EMPTY -> losses.add(null, "", LossCategory.REFUSED_RECORD, null, "interop.participedia.empty");
            case TRAILING -> losses.add(null, "", LossCategory.REFUSED_RECORD, null, "interop.participedia.trailing");
            default -> losses.add(null, "", LossCategory.REFUSED_RECORD, failure.reason().orElse(null),
                    failure.problem() == JsonDocuments.Problem.LIMIT ? "interop.participedia.limit" : "interop.participedia.malformed",
                    Math.max(failure.line(), 1), Math.max(failure.column(), 1));
        }
        return refused(source, losses.entries());
    }

    private static ImportedCase refused(Source source, List<Loss> losses) {
        return new ImportedCase(source, Optional.empty(), Optional.empty(), List.of(), InvolvementPlan.empty(), List.of(), losses);
    }

    /** One case, at {@code at} in the document ({@code ""} for the whole document). */
    private ImportedCase read(JsonNode node, String at, Source file) {
        ImmutableSource.Builder builder = Source.builder().from(file);
        if (!at.isEmpty()) {
            builder.withPointer(at);
        }
        JsonNode id = node.path("id");
        Optional<String> caseId = Optional.empty();
        if (id.isIntegralNumber() || id.isTextual()) {
            String text = id.isTextual() ? id.textValue().strip() : id.asText();
            if (ID.matcher(text).matches()) {
                caseId = Optional.of(text);
                builder.withId(text).withUrl(CASE_ADDRESS + text);
            }
        }
        Source source = builder.build();
        Entries entries = new Entries(source, at);
        if (!node.isObject()) {
            entries.add("", "", LossCategory.REFUSED_RECORD, node, "interop.participedia.notCase", kind(node));
            return refused(source, entries.list);
        }
        JsonNode type = node.path("type");
        if (!type.isMissingNode() && !type.isNull() && !(type.isTextual() && "case".equals(type.textValue()))) {
            entries.add("/type", "", LossCategory.REFUSED_RECORD, type, type.isTextual() ? "interop.participedia.otherType"
                    : "interop.participedia.typeNotText", type.isTextual() ? type.textValue() : kind(type));
            return refused(source, entries.list);
        }
        return new CaseReading(node, source, entries, caseId).read();
    }

    /** The reading of one case that is an object of type case. */
    private final class CaseReading {
        private final JsonNode node;
        private final Source source;
        private final Entries entries;
        private final Optional<String> caseId;
        private Optional<String> title = Optional.empty();
        private boolean titleSeen;
        private boolean refusedStart;
        private Optional<LocalDate> startedOn = Optional.empty();
        private Optional<String> description = Optional.empty();
        private Optional<String> body = Optional.empty();
        private final Set<String> themes = new LinkedHashSet<>();
        private final List<String> approaches = new ArrayList<>();
        private final List<Evidence> evidence = new ArrayList<>();
        private JsonNode spectrum = NullNode.getInstance();
        private String spectrumKey = "public_spectrum";

        CaseReading(JsonNode node, Source source, Entries entries, Optional<String> caseId) {
            this.node = node;
            this.source = source;
            this.entries = entries;
            this.caseId = caseId;
        }

        ImportedCase read() {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String key = field.getKey();
                JsonNode value = field.getValue();
                String pointer = "/" + escape(key);
                String current = LEGACY_KEYS.getOrDefault(key, key);
                if (!current.equals(key) && node.has(current)) {
                    entries.add(pointer, "", LossCategory.DROPPED, value, "interop.participedia.legacyDuplicate", current);
                    continue;
                }
                Field known = FIELDS.get(current);
                if (known == null) {
                    entries.add(pointer, "", LossCategory.UNMAPPED, value, "interop.participedia.unknownKey", key);
                    continue;
                }
                switch (known.role()) {
                    case ID -> id(pointer, value);
                    case TYPE -> {
                        // Checked before: a case.
                    }
                    case TITLE -> title(pointer, value);
                    case TEXT -> text(current, pointer, value);
                    case THEMES -> themes(pointer, value);
                    case SPECTRUM -> {
                        spectrum = value;
                        spectrumKey = key;
                    }
                    case APPROACHES -> approaches(pointer, value);
                    case START -> start(pointer, value);
                    case EVALUATION -> evaluation(pointer, value);
                    case DROPPED -> {
                        if (!isEmpty(value)) {
                            entries.add(pointer, "", LossCategory.DROPPED, value, known.messageKey(), key);
                        }
                    }
                }
            }
            spectrum();
            if (!titleSeen) {
                entries.add("/title", "/subject/reference", LossCategory.REFUSED_RECORD, null, "interop.participedia.noTitle");
            }
            if (startedOn.isEmpty() && !refusedStart) {
                entries.add("/start_date", "/subject/startedOn", LossCategory.REFUSED_RECORD, null, "interop.participedia.noStart");
            }
            if (entries.refused()) {
                return refused(source, entries.list);
            }
            EvaluationSubject subject;
            try {
                subject = EvaluationSubject.of(SubjectKind.PROGRAMME, title.orElseThrow(), context.territory(), startedOn.orElseThrow());
            } catch (InvalidValueException e) {
                entries.add("", "/subject", LossCategory.REFUSED_RECORD, null, "interop.participedia.invalid",
                        LocalizedText.of(e.getMessage(Locale.ENGLISH), e.getMessage(Locale.FRENCH)));
                return refused(source, entries.list);
            }
            entries.add("", "/subject/territory", LossCategory.DEFAULTED, null, "interop.participedia.territory",
                    context.territory().name(), context.territory().code());
            Optional<String> text = description.isPresent() && body.isPresent()
                    ? Optional.of(description.get() + "\n\n" + body.get()) : description.or(() -> body);
            return new ImportedCase(source, Optional.of(subject), text, List.copyOf(themes), plan, evidence, entries.list);
        }

        private InvolvementPlan plan = InvolvementPlan.empty();

        private void id(String pointer, JsonNode value) {
            if (caseId.isEmpty() && !value.isNull()) {
                entries.add(pointer, "", LossCategory.DROPPED, value, "interop.participedia.badId");
            }
        }

        private void title(String pointer, JsonNode value) {
            titleSeen = true;
            if (value.isTextual() && !Texts.isBlank(value.textValue())) {
                title = Optional.of(value.textValue().strip());
            } else if (value.isTextual() || value.isNull()) {
                entries.add(pointer, "/subject/reference", LossCategory.REFUSED_RECORD, value, "interop.participedia.noTitle");
            } else {
                entries.add(pointer, "/subject/reference", LossCategory.REFUSED_RECORD, value, "interop.participedia.wrongType",
                        term("interop.participedia.aText"), kind(value));
            }
        }

        private void text(String key, String pointer, JsonNode value) {
            if (value.isTextual()) {
                if (!Texts.isBlank(value.textValue())) {
                    Optional<String> text = Optional.of(value.textValue().strip());
                    if ("body".equals(key)) {
                        body = text;
                    } else {
                        description = text;
                    }
                }
            } else if (!value.isNull()) {
                entries.add(pointer, "/text", LossCategory.DROPPED, value, "interop.participedia.wrongType",
                        term("interop.participedia.aText"), kind(value));
            }
        }

        private void themes(String pointer, JsonNode value) {
            for (String theme : keys(pointer, value, "/themes")) {
                themes.add(theme);
            }
        }

        private void approaches(String pointer, JsonNode value) {
            List<String> read = keys(pointer, value, "/evidence");
            for (int i = 0; i < read.size(); i++) {
                String approach = read.get(i);
                if (!approaches.contains(approach)) {
                    approaches.add(approach);
                    evidence.add(Evidence.builder().withKind(EvidenceKind.DOCUMENT).withText(words("interop.participedia.approach", approach))
                            .withReference(reference(pointer)).build());
                }
            }
        }

        /** The keys of a vocabulary in an array: texts, each older key {@code unmapped}, others {@code dropped}. */
        private List<String> keys(String pointer, JsonNode value, String target) {
            List<String> keys = new ArrayList<>();
            if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    JsonNode element = value.get(i);
                    String at = pointer + "/" + i;
                    if (element.isTextual() && !Texts.isBlank(element.textValue())) {
                        String key = element.textValue().strip();
                        if (key.contains("/")) {
                            entries.add(at, target, LossCategory.UNMAPPED, element, "interop.participedia.legacyValue", key);
                        } else {
                            keys.add(key);
                        }
                    } else {
                        entries.add(at, target, LossCategory.DROPPED, element, "interop.participedia.wrongType",
                                term("interop.participedia.aText"), kind(element));
                    }
                }
            } else if (!value.isNull()) {
                entries.add(pointer, target, LossCategory.DROPPED, value, "interop.participedia.wrongType",
                        term("interop.participedia.anArray"), kind(value));
            }
            return keys;
        }

        private void start(String pointer, JsonNode value) {
            if (value.isNull() || value.isTextual() && Texts.isBlank(value.textValue())) {
                return;
            }
            Matcher date = value.isTextual() ? DATE.matcher(value.textValue().strip()) : null;
            if (date == null || !date.matches()) {
                refusedStart = true;
                entries.add(pointer, "/subject/startedOn", LossCategory.REFUSED_RECORD, value, "interop.participedia.badStart");
                return;
            }
            try {
                startedOn = Optional.of(LocalDate.parse(date.group(1)));
            } catch (DateTimeException e) {
                refusedStart = true;
                entries.add(pointer, "/subject/startedOn", LossCategory.REFUSED_RECORD, value, "interop.participedia.badStart");
                return;
            }
            boolean midnight = date.group(2) == null || (date.group(2) + date.group(3) + Objects.toString(date.group(4), "")
                    + Objects.toString(date.group(5), "")).chars().allMatch(c -> c == '0');
            if (!midnight) {
                entries.add(pointer, "/subject/startedOn", LossCategory.DEGRADED, value, "interop.participedia.startTime", date.group(1));
            }
        }

        private void evaluation(String pointer, JsonNode value) {
            if (!value.isArray()) {
                if (!value.isNull()) {
                    entries.add(pointer, "/evidence", LossCategory.DROPPED, value, "interop.participedia.wrongType",
                            term("interop.participedia.anArray"), kind(value));
                }
                return;
            }
            for (int i = 0; i < value.size(); i++) {
                JsonNode item = value.get(i);
                String at = pointer + "/" + i;
                String url = textOf(item.path("url"));
                if (!item.isObject() || url == null) {
                    entries.add(at, "/evidence", LossCategory.DROPPED, item, "interop.participedia.evaluationItem");
                    continue;
                }
                String title = textOf(item.path("title"));
                String attribution = textOf(item.path("attribution"));
                String text = title == null ? url : title;
                evidence.add(Evidence.builder().withKind(EvidenceKind.DOCUMENT)
                        .withText(attribution == null ? text : text + " (" + attribution + ")").withReference(url).build());
                for (Map.Entry<String, JsonNode> detail : item.properties()) {
                    String name = detail.getKey();
                    boolean kept = "url".equals(name) || "title".equals(name) && title != null
                            || "attribution".equals(name) && attribution != null;
                    if (!kept && !isEmpty(detail.getValue())) {
                        entries.add(at + "/" + escape(name), "/evidence", LossCategory.DROPPED, detail.getValue(),
                                "interop.participedia.evaluationDetail", name);
                    }
                }
            }
        }

        /** The level of the spectrum, once the approaches are known. */
        private void spectrum() {
            String pointer = "/" + escape(spectrumKey);
            if (isEmpty(spectrum)) {
                entries.add(pointer, PLAN, LossCategory.DEFAULTED, spectrum.isMissingNode() ? null : spectrum,
                        "interop.participedia.noSpectrum");
                return;
            }
            if (!spectrum.isTextual()) {
                entries.add(pointer, PLAN, LossCategory.UNMAPPED, spectrum, "interop.participedia.wrongType",
                        term("interop.participedia.aText"), kind(spectrum));
                return;
            }
            String word = spectrum.textValue().strip();
            if ("not".equals(word)) {
                entries.add(pointer, PLAN, LossCategory.UNMAPPED, spectrum, "interop.participedia.notOnSpectrum");
                return;
            }
            Optional<Iap2Level> level = java.util.Arrays.stream(Iap2Level.values())
                    .filter(candidate -> candidate.name().toLowerCase(Locale.ROOT).equals(word)).findFirst();
            if (level.isEmpty()) {
                entries.add(pointer, PLAN, LossCategory.UNMAPPED, spectrum, "interop.participedia.unknownLevel", word);
                return;
            }
            entries.add(pointer, PLAN, LossCategory.AMBIGUOUS, spectrum, phases(), "interop.participedia.phase");
            LevelMapping mapping = level.get().toLoos();
            if (mapping.isDecided()) {
                plan = plan.with(ProjectPhase.DECISION, mapping.level().orElseThrow());
            } else if (mapping.isAmbiguous()) {
                List<String> candidates = mapping.candidates().stream().map(ParticipediaImport::code).collect(Collectors.toList());
                Object named = approaches.isEmpty() ? Losses.text("interop.participedia.noApproach") : String.join(", ", approaches);
                entries.add(pointer, PLAN + "/decision", LossCategory.AMBIGUOUS, spectrum, candidates, "interop.participedia.collaborate",
                        named);
            } else {
                entries.add(pointer, PLAN, LossCategory.UNMAPPED, spectrum, "interop.participedia.unknownLevel", word);
            }
        }

        private String reference(String pointer) {
            return "participedia " + caseId.map(id -> "case " + id + " ").orElse("") + source.file().orElse("") + " "
                    + entries.at + pointer;
        }
    }

    /** The losses of one case, each with its own pointer in the document. */
    private static final class Entries {
        private final Source source;
        private final String at;
        private final List<Loss> list = new ArrayList<>();

        Entries(Source source, String at) {
            this.source = source;
            this.at = at;
        }

        void add(String pointer, String target, LossCategory category, JsonNode value, String key, Object... arguments) {
            add(pointer, target, category, value, List.of(), key, arguments);
        }

        void add(String pointer, String target, LossCategory category, JsonNode value, List<String> candidates, String key,
                Object... arguments) {
            String where = at + pointer;
            Source located = where.isEmpty() ? source : Source.builder().from(source).withPointer(where).build();
            list.add(new Loss(located, Optional.empty(), target, category, Optional.ofNullable(value).map(ParticipediaImport::written),
                    candidates, Optional.empty(), Losses.text(key, arguments)));
        }

        boolean refused() {
            return list.stream().anyMatch(loss -> loss.category() == LossCategory.REFUSED_RECORD);
        }
    }

    /** The phases, the one taken first. */
    private static List<String> phases() {
        List<String> phases = new ArrayList<>();
        phases.add(code(ProjectPhase.DECISION));
        for (ProjectPhase phase : ProjectPhase.values()) {
            if (phase != ProjectPhase.DECISION) {
                phases.add(code(phase));
            }
        }
        return phases;
    }

    private static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** A value as the source has it: a text as it is, anything else as compact JSON. */
    private static String written(JsonNode value) {
        return value.isTextual() ? value.textValue() : value.toString();
    }

    private static String textOf(JsonNode value) {
        return value.isTextual() && !Texts.isBlank(value.textValue()) ? value.textValue().strip() : null;
    }

    /** Null, a blank text, an empty array or object: nothing to lose. */
    private static boolean isEmpty(JsonNode value) {
        return value.isMissingNode() || value.isNull() || value.isTextual() && Texts.isBlank(value.textValue())
                || value.isContainerNode() && value.isEmpty();
    }

    /** The kind of a JSON value, as a term of the vocabulary in both languages. */
    private static LocalizedText kind(JsonNode value) {
        String kind = switch (value.getNodeType()) {
            case ARRAY -> "array";
            case OBJECT -> "object";
            case STRING -> "text";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            default -> "null";
        };
        return Losses.text("interop.participedia.json." + kind);
    }

    private static LocalizedText term(String key) {
        return Losses.text(key);
    }

    private String words(String key, Object... arguments) {
        return Vocabulary.format(key, language, arguments);
    }

    /** A key as a JSON Pointer writes it (RFC 6901). */
    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static Map<String, Field> fields() {
        Map<String, Field> fields = new HashMap<>();
        fields.put("id", new Field(Role.ID, null));
        fields.put("type", new Field(Role.TYPE, null));
        fields.put("title", new Field(Role.TITLE, null));
        fields.put("description", new Field(Role.TEXT, null));
        fields.put("body", new Field(Role.TEXT, null));
        for (String key : List.of("general_issues", "specific_topics", "tags")) {
            fields.put(key, new Field(Role.THEMES, null));
        }
        fields.put("public_spectrum", new Field(Role.SPECTRUM, null));
        fields.put("approaches", new Field(Role.APPROACHES, null));
        fields.put("start_date", new Field(Role.START, null));
        fields.put("evaluation_reports", new Field(Role.EVALUATION, null));
        fields.put("evaluation_links", new Field(Role.EVALUATION, null));
        Map<String, List<String>> dropped = Map.ofEntries(
                Map.entry("place", List.of("location_name", "address1", "address2", "city", "province", "postal_code", "country",
                        "latitude", "longitude")),
                Map.entry("media", List.of("files", "links", "photos", "videos", "audio")),
                Map.entry("organisers", List.of("primary_organizer", "organizer_types")),
                Map.entry("resources", List.of("funder", "funder_types", "staff", "volunteers")),
                Map.entry("participants", List.of("number_of_participants", "open_limited", "recruitment_method",
                        "targeted_participants")),
                Map.entry("methods", List.of("method_types", "tools_techniques_types", "specific_methods_tools_techniques",
                        "decision_methods", "if_voting", "participants_interactions", "learning_resources", "facilitators",
                        "facilitator_training", "facetoface_online_or_both", "legality", "insights_outcomes")),
                Map.entry("purposes", List.of("purposes", "scope_of_influence")),
                Map.entry("related", List.of("is_component_of", "has_components")),
                Map.entry("impact", List.of("impact_evidence", "change_types", "implementers_of_change", "formal_evaluation")),
                Map.entry("dates", List.of("end_date", "ongoing", "time_limited")),
                Map.entry("record", List.of("creator", "bookmarked", "last_updated_by", "original_language", "post_date", "published",
                        "updated_date", "featured", "hidden", "verified")));
        dropped.forEach((group, keys) -> keys.forEach(key -> fields.put(key, new Field(Role.DROPPED, "interop.participedia." + group))));
        return Map.copyOf(fields);
    }
}
