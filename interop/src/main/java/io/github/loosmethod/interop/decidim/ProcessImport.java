package io.github.loosmethod.interop.decidim;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.loosmethod.interop.ImportContext;
import io.github.loosmethod.interop.ImportSummary;
import io.github.loosmethod.interop.ImportedRecord;
import io.github.loosmethod.interop.LossCategory;
import io.github.loosmethod.interop.json.JsonDocuments;
import io.github.loosmethod.involvement.ProjectPhase;
import io.github.loosmethod.provenance.ImmutableSource;
import io.github.loosmethod.provenance.Source;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Imports the participatory processes of Decidim (<em>import des processus participatifs
 * Decidim</em>), as its JSON export writes them (an array of processes, or one): each one
 * {@link ImportedProcess}, not an initiative. Its steps are placed in the method's phases only
 * through the caller's dictionary of step titles ({@link #withSteps}); without an entry, a step is
 * {@code ambiguous}, every phase a candidate. {@code docs/interop.md} ("Decidim processes") gives
 * the mapping key by key.
 *
 * <p>Reading is strict and bounded as the proposals' is; bad input is a refused record at its JSON
 * Pointer, never thrown. Only a file that cannot be opened or read throws.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ProcessImport {

    private static final String STEPS = "participatory_process_steps";
    /** Prose on what is decided, how and with whom: never parsed into a level. */
    private static final Set<String> PROSE = Set.of("participatory_scope", "participatory_structure", "target");
    /** Keys read for the record. */
    private static final Set<String> READ = Set.of("id", "title", "slug", "start_date", "end_date", STEPS);
    /** Keys with no place in what is imported. */
    private static final Set<String> DROPPED = Set.of("subtitle", "short_description", "description", "announcement", "hashtag",
            "remote_hero_image_url", "remote_banner_image_url", "developer_group", "local_area", "meta_scope", "area", "scope",
            "participatory_process_group", "private_space", "promoted", "scopes_enabled", "show_statistics",
            "participatory_process_categories", "attachments", "components");

    private final ImportContext context;
    private final Map<String, ProjectPhase> dictionary;

    ProcessImport(ImportContext context, Map<String, ProjectPhase> dictionary) {
        this.context = context;
        this.dictionary = dictionary;
    }

    /**
     * Returns the same importer placing steps in phases through a dictionary of step titles, the
     * town's own: a step is mapped when one of its titles (in any locale, case and surrounding
     * white space aside) is a key, and every such title gives the same phase.
     *
     * @param steps each step title and the phase it stands for, not null
     * @return the new importer, never null
     * @throws IllegalArgumentException if two keys are the same title, case aside
     */
    public ProcessImport withSteps(Map<String, ProjectPhase> steps) {
        Map<String, ProjectPhase> normalised = new LinkedHashMap<>();
        for (Map.Entry<String, ProjectPhase> entry : steps.entrySet()) {
            Objects.requireNonNull(entry.getValue(), "phase");
            if (normalised.put(normalise(entry.getKey()), entry.getValue()) != null) {
                throw new IllegalArgumentException("the step title " + entry.getKey() + " is in the dictionary twice");
            }
        }
        return new ProcessImport(context, Map.copyOf(normalised));
    }

    /**
     * Reads a file of processes.
     *
     * @param file the JSON file, not null
     * @param each receives each process, in the order of the file, not null
     * @return the counts, never null
     * @throws UncheckedIOException if the file cannot be opened or read
     */
    public ImportSummary read(Path file, Consumer<ImportedProcess> each) {
        return JsonDocuments.readFile(file, (in, name) -> read(in, name, each));
    }

    /**
     * Reads a stream of processes; the stream is not closed.
     *
     * @param in the stream, not null
     * @param fileName the name of the file, for the sources, not blank
     * @param each receives each process, in the order of the document, not null
     * @return the counts, never null
     * @throws UncheckedIOException if the stream fails
     */
    public ImportSummary read(InputStream in, String fileName, Consumer<ImportedProcess> each) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(each, "each");
        Source file = Source.builder().withSystem(DecidimImport.DECIDIM).withFile(fileName).withRetrievedAt(context.importedAt()).build();
        ImportSummary.Tally tally = new ImportSummary.Tally();
        JsonDocuments.read(in, new JsonDocuments.Visitor() {
            @Override
            public void record(JsonNode node, String pointer) {
                ImportedProcess process = process(node, pointer, file);
                tally.add(process.built(), process.losses());
                each.accept(process);
            }

            @Override
            public void failure(JsonDocuments.Failure failure) {
                ImportedRecord failed = ProposalImport.failed(file, failure);
                ImportedProcess process = refused(failed.source(), failed.losses());
                tally.add(false, process.losses());
                each.accept(process);
            }
        });
        return tally.summary();
    }

    private ImportedProcess process(JsonNode node, String at, Source file) {
        ImmutableSource.Builder builder = Source.builder().from(file);
        if (!at.isEmpty()) {
            builder.withPointer(at);
        }
        ProposalImport.id(node.path("id")).ifPresent(builder::withId);
        JsonLosses losses = new JsonLosses(builder.build(), at);
        if (!node.isObject()) {
            losses.add("", "", LossCategory.REFUSED_RECORD, node, "interop.decidim.notObject");
            return refused(losses.source(), losses.entries());
        }
        Optional<String> title = losses.translated(node.path("title"), "/title", "/title", context.locales());
        if (title.isEmpty()) {
            losses.add("/title", "/title", LossCategory.REFUSED_RECORD, node.path("title"), "interop.decidim.process.titleBlank");
            return refused(losses.source(), losses.entries());
        }
        if (!JsonLosses.isEmpty(node.path("id")) && ProposalImport.id(node.path("id")).isEmpty()) {
            losses.add("/id", "", LossCategory.DROPPED, node.path("id"), "interop.decidim.badId");
        }
        Optional<String> slug = ProposalImport.text(node.path("slug"));
        if (!JsonLosses.isEmpty(node.path("slug")) && slug.isEmpty()) {
            losses.add("/slug", "/slug", LossCategory.DROPPED, node.path("slug"), "interop.dropped", "slug");
        }
        Optional<LocalDate> startsOn = date(node.path("start_date"), "/start_date", "/startsOn", losses);
        Optional<LocalDate> endsOn = date(node.path("end_date"), "/end_date", "/endsOn", losses);
        List<ImportedProcess.Step> steps = steps(node.path(STEPS), losses);
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String key = field.getKey();
            String pointer = "/" + JsonLosses.escape(key);
            if (JsonLosses.isEmpty(field.getValue()) || READ.contains(key)) {
                continue;
            }
            if (PROSE.contains(key)) {
                losses.add(pointer, "/involvementPlan", LossCategory.UNMAPPED, field.getValue(), "interop.decidim.process.prose", key);
            } else if (DROPPED.contains(key)) {
                losses.add(pointer, "", LossCategory.DROPPED, field.getValue(), "interop.dropped", key);
            } else {
                losses.add(pointer, "", LossCategory.UNMAPPED, field.getValue(), "interop.decidim.unknownKey", key);
            }
        }
        return new ImportedProcess(losses.source(), title, slug, startsOn, endsOn, steps, losses.entries());
    }

    private List<ImportedProcess.Step> steps(JsonNode value, JsonLosses losses) {
        List<ImportedProcess.Step> steps = new ArrayList<>();
        if (JsonLosses.isEmpty(value)) {
            return steps;
        }
        if (!value.isArray()) {
            losses.add("/" + STEPS, "/steps", LossCategory.DROPPED, value, "interop.decidim.process.notSteps");
            return steps;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode step = value.get(i);
            String at = "/" + STEPS + "/" + i;
            String target = "/steps/" + steps.size();
            Optional<String> title = step.isObject() ? losses.translated(step.path("title"), at + "/title", target + "/title", context.locales())
                    : Optional.empty();
            if (title.isEmpty()) {
                losses.add(at, "/steps", LossCategory.DROPPED, step, "interop.decidim.process.stepWithoutTitle");
                continue;
            }
            Optional<ProjectPhase> phase = phase(step.path("title"), at + "/title", target + "/phase", losses);
            JsonNode active = step.path("active");
            Optional<LocalDate> startsOn = date(step.path("start_date"), at + "/start_date", target + "/startsOn", losses);
            Optional<LocalDate> endsOn = date(step.path("end_date"), at + "/end_date", target + "/endsOn", losses);
            for (Map.Entry<String, JsonNode> field : step.properties()) {
                String key = field.getKey();
                boolean read = Set.of("title", "start_date", "end_date", "active", "position", "id").contains(key);
                if (!read && !JsonLosses.isEmpty(field.getValue())) {
                    losses.add(at + "/" + JsonLosses.escape(key), target, LossCategory.DROPPED, field.getValue(), "interop.dropped",
                            STEPS + "/" + key);
                }
            }
            steps.add(new ImportedProcess.Step(steps.size(), title.get(), phase, active.isBoolean() && active.booleanValue(), startsOn,
                    endsOn));
        }
        return steps;
    }

    /** The phase the dictionary gives the step's titles: one, or {@code ambiguous}. */
    private Optional<ProjectPhase> phase(JsonNode titles, String pointer, String target, JsonLosses losses) {
        Set<ProjectPhase> found = new LinkedHashSet<>();
        for (Map.Entry<String, JsonNode> entry : titles.properties()) {
            if (!JsonLosses.MACHINE_TRANSLATIONS.equals(entry.getKey()) && entry.getValue().isTextual()) {
                ProjectPhase phase = dictionary.get(normalise(entry.getValue().textValue()));
                if (phase != null) {
                    found.add(phase);
                }
            }
        }
        if (found.size() == 1) {
            ProjectPhase phase = found.iterator().next();
            losses.add(pointer, target, LossCategory.DEFAULTED, titles, "interop.decidim.process.phase", code(phase));
            return Optional.of(phase);
        }
        List<String> candidates = (found.isEmpty() ? Arrays.asList(ProjectPhase.values()) : List.copyOf(found)).stream()
                .map(ProcessImport::code).collect(Collectors.toList());
        losses.add(pointer, target, LossCategory.AMBIGUOUS, titles, candidates, null,
                found.isEmpty() ? "interop.decidim.process.noPhase" : "interop.decidim.process.phases");
        return Optional.empty();
    }

    /** A day written {@code yyyy-mm-dd}; anything else {@code dropped}. */
    private static Optional<LocalDate> date(JsonNode value, String pointer, String target, JsonLosses losses) {
        if (JsonLosses.isEmpty(value)) {
            return Optional.empty();
        }
        Optional<String> text = ProposalImport.text(value).filter(day -> day.matches("\\d{4}-\\d{2}-\\d{2}"));
        if (text.isPresent()) {
            try {
                return Optional.of(LocalDate.parse(text.get()));
            } catch (DateTimeException e) {
                // Reported below.
            }
        }
        losses.add(pointer, target, LossCategory.DROPPED, value, "interop.decidim.process.date");
        return Optional.empty();
    }

    private static ImportedProcess refused(Source source, List<io.github.loosmethod.interop.Loss> losses) {
        return new ImportedProcess(source, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), losses);
    }

    private static String normalise(String title) {
        return title.strip().toLowerCase(Locale.ROOT);
    }

    private static String code(ProjectPhase phase) {
        return phase.name().toLowerCase(Locale.ROOT);
    }
}
