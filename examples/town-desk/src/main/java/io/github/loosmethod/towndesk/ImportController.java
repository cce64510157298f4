package io.github.loosmethod.towndesk;

import io.github.loosmethod.InvalidValueException;
import io.github.loosmethod.LocalizedText;
import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.actor.Territory;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeKind;
import io.github.loosmethod.interop.ImportContext;
import io.github.loosmethod.interop.ImportSource;
import io.github.loosmethod.interop.ImportSummary;
import io.github.loosmethod.interop.ImportedRecord;
import io.github.loosmethod.interop.LossReport;
import io.github.loosmethod.involvement.InvolvementPlan;
import io.github.loosmethod.provenance.IdentifierScheme;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Imports another system's file through the library's interop adapters
 * ({@code POST /imports/{source}}, the body being the file): every initiative built is kept, all
 * in one transaction, and the answer gives the counts, the initiatives kept and the loss report
 * (every value not carried over as it was, every record refused and why), as {@code loos import}
 * writes them. What the source does not say is given as query parameters, named as the command's
 * options: the town ({@code territory}, {@code territoryName}; {@code townName}, {@code country},
 * {@code timeZone}), {@code decidingBody}, {@code standIn}, {@code kind}, {@code locales},
 * {@code separator}, {@code importedAt}, and {@code file}, the name the records' provenance gives
 * the file.
 *
 * <p>A table is sent as {@code text/csv} (its charset from the {@code Content-Type}, UTF-8 by
 * default), a JSON source as {@code application/json}. Nothing is kept when an id is taken, when
 * the store fails, or when a source that gives initiatives gives none (the file does not read, or
 * every record is refused: a 422 problem carrying the loss report). Decidim processes and
 * Participedia cases give no initiatives (the format has no document for them): their import
 * keeps nothing and answers the loss report.
 */
@RestController
public class ImportController {

    /** The media type of a table. */
    static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");

    private final InitiativeStore store;
    private final JsonMapper mapper;

    /**
     * Creates the controller.
     *
     * @param store the records, not null
     * @param mapper the mapper that reads the loss report back into the answer, not null
     */
    public ImportController(InitiativeStore store, JsonMapper mapper) {
        this.store = Objects.requireNonNull(store, "store");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /**
     * What the source does not say, as the query parameters give it; every one but the territory's
     * code and name optional.
     *
     * @param territory the town's official code (INSEE for a French town), such as {@code 62528}
     * @param territoryName the town's name
     * @param townName the town as a party to conventions, its territory's name by default
     * @param country the territory's country, ISO 3166 ({@code FR} by default)
     * @param timeZone the territory's time zone ({@code Europe/Paris} by default)
     * @param decidingBody the elected body that decides on the records, or none
     * @param standIn the residents' group standing in for an applicant the source does not name, or none
     * @param kind the kind of initiative the town declares for the records, the adapter's first by default
     * @param locales the languages preferred for texts given in several ({@code fr,en} by default)
     * @param separator the separator of a table's fields, the source's own by default
     * @param importedAt when the import runs (now by default)
     * @param file the file's name in the records' provenance ({@code <source>.csv} or {@code .json} by default)
     */
    public record Parameters(String territory, String territoryName, Optional<String> townName, Optional<String> country,
            Optional<String> timeZone, Optional<String> decidingBody, Optional<String> standIn, Optional<String> kind,
            Optional<String> locales, Optional<String> separator, Optional<String> importedAt, Optional<String> file) {
    }

    /**
     * Imports a file.
     *
     * @param code the source's code, such as {@code scdl-subventions}
     * @param contentType the body's media type: {@code text/csv} for a table, {@code application/json} otherwise
     * @param territory see {@link Parameters}
     * @param territoryName see {@link Parameters}
     * @param townName see {@link Parameters}
     * @param country see {@link Parameters}
     * @param timeZone see {@link Parameters}
     * @param decidingBody see {@link Parameters}
     * @param standIn see {@link Parameters}
     * @param kind see {@link Parameters}
     * @param locales see {@link Parameters}
     * @param separator see {@link Parameters}
     * @param importedAt see {@link Parameters}
     * @param file see {@link Parameters}
     * @param body the file's bytes
     * @return 200 with {@code source}, {@code file}, {@code summary} (records, built, refused, by
     *         category of loss), {@code initiatives} (id, status, version of each kept) and
     *         {@code losses} (the loss report's entries)
     * @throws DeskException for a parameter the desk refuses, an id taken, or nothing to import
     * @throws HttpMediaTypeNotSupportedException if the body's media type is not the source's
     */
    @PostMapping(path = "/imports/{source}", consumes = {"text/csv", MediaType.APPLICATION_JSON_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> importFile(@PathVariable("source") String code,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            @RequestParam String territory, @RequestParam String territoryName, @RequestParam Optional<String> townName,
            @RequestParam Optional<String> country, @RequestParam Optional<String> timeZone,
            @RequestParam Optional<String> decidingBody, @RequestParam Optional<String> standIn,
            @RequestParam Optional<String> kind, @RequestParam Optional<String> locales,
            @RequestParam Optional<String> separator, @RequestParam Optional<String> importedAt,
            @RequestParam Optional<String> file, @RequestBody byte[] body) throws HttpMediaTypeNotSupportedException {
        ImportSource source = source(code);
        if (!mediaType(source).isCompatibleWith(contentType)) {
            throw new HttpMediaTypeNotSupportedException(contentType, List.of(mediaType(source)));
        }
        Parameters parameters = new Parameters(territory, territoryName, townName, country, timeZone, decidingBody, standIn,
                kind, locales, separator, importedAt, file);
        ImportContext context = context(source, parameters);
        Optional<Character> by = separator(source, parameters.separator());
        Charset charset = source.isTable() && contentType.getCharset() != null ? contentType.getCharset() : StandardCharsets.UTF_8;
        String name = fileName(source, parameters.file());
        return ResponseEntity.ok(run(source, context, body, name, charset, by));
    }

    /** The source of a code in the path; an unknown one is a 400 naming those the desk imports. */
    private static ImportSource source(String code) {
        return ImportSource.of(code).orElseThrow(() -> {
            String expected = Arrays.stream(ImportSource.values()).map(ImportSource::code).collect(Collectors.joining(", "));
            return new DeskException(ProblemType.BAD_REQUEST, "source",
                    "Unknown source \"" + code + "\"; the desk imports: " + expected + ".",
                    "Source « " + code + " » inconnue ; le guichet importe : " + expected + ".");
        });
    }

    /** The media type a source's body is sent as: a table as CSV, the others as JSON. */
    private static MediaType mediaType(ImportSource source) {
        return source.isTable() ? TEXT_CSV : MediaType.APPLICATION_JSON;
    }

    private Map<String, Object> run(ImportSource source, ImportContext context, byte[] body, String name, Charset charset,
            Optional<Character> by) {
        List<Initiative> built = new ArrayList<>();
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        LossReport losses = LossReport.writer(report);
        Consumer<ImportedRecord> each = record -> {
            losses.add(record);
            record.initiative().ifPresent(built::add);
        };
        Path folder = null;
        try {
            // The adapters read a file by its path (a table twice: its charset first), under the name its records cite.
            folder = Files.createTempDirectory("town-desk-import");
            Path in = Files.write(folder.resolve(name), body);
            // A table in its charset, by the separator given or its own; a JSON source as it is, in UTF-8.
            if (source.isTable()) {
                source.read(context, in, charset, by.orElse(source.separator().orElseThrow()), each, losses::add);
            } else {
                source.read(context, in, each, losses::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (folder != null) {
                try {
                    FileSystemUtils.deleteRecursively(folder);
                } catch (IOException e) {
                    // A temporary folder left behind is the system's to clean; the import's answer stands.
                }
            }
        }
        losses.close();
        ImportSummary summary = losses.summary();
        List<JsonNode> entries = new ArrayList<>();
        JsonNode summaryLine = null;
        for (String line : report.toString(StandardCharsets.UTF_8).split("\n")) {
            ObjectNode node = (ObjectNode) mapper.readTree(line);
            if ("summary".equals(node.get("kind").asString())) {
                node.remove("kind");
                summaryLine = node;
            } else {
                entries.add(node);
            }
        }
        if (source.givesInitiatives() && summary.built() == 0) {
            throw new ImportRefused(source.code(), name, summary, entries);
        }
        List<Map<String, Object>> kept = store.createAll(built).stream().map(stored -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("id", stored.initiative().id());
            one.put("status", Codes.code(stored.initiative().status()));
            one.put("version", stored.version());
            return one;
        }).toList();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("source", source.code());
        answer.put("file", name);
        answer.put("summary", summaryLine);
        answer.put("initiatives", kept);
        answer.put("losses", entries);
        return answer;
    }

    /** The import's context, each value the model refuses said with the parameter that gave it. */
    private static ImportContext context(ImportSource source, Parameters p) {
        String country = p.country().orElse("FR");
        if ("FR".equals(country)) {
            IdentifierScheme.INSEE_COMMUNE.problem(p.territory()).ifPresent(problem -> {
                throw refused("territory", problem);
            });
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(p.timeZone().orElse("Europe/Paris"));
        } catch (DateTimeException e) {
            throw refused("timeZone", LocalizedText.of("not a time zone such as Europe/Paris", "pas un fuseau horaire comme Europe/Paris"));
        }
        Territory territory = valued("territoryName", () -> Territory.of(p.territory(), p.territoryName(), country, zone));
        Actor town = valued(p.townName().isPresent() ? "townName" : "territoryName",
                () -> Actor.of("town-" + p.territory(), p.townName().orElse(p.territoryName()), ActorKind.MUNICIPALITY));
        InitiativeKind kind = p.kind().map(code -> Codes.parse(InitiativeKind.class, code, "kind")).orElse(null);
        if (kind != null && !source.kinds().contains(kind)) {
            String built = source.kinds().isEmpty() ? "nothing" : source.kinds().stream().map(Codes::code).collect(Collectors.joining(", "));
            String construit = source.kinds().isEmpty() ? "aucune initiative" : built;
            throw new DeskException(ProblemType.BAD_REQUEST, "kind", "The " + source.code() + " adapter builds " + built
                    + ", not " + Codes.code(kind) + ".", "L'adaptateur " + source.code() + " construit " + construit
                    + ", pas " + Codes.code(kind) + ".");
        }
        Instant at;
        try {
            at = p.importedAt().map(Instant::parse).orElseGet(Instant::now);
        } catch (DateTimeException e) {
            throw refused("importedAt", LocalizedText.of("not an instant such as 2023-04-03T09:00:00Z",
                    "pas un instant comme 2023-04-03T09:00:00Z"));
        }
        ImportContext context = ImportContext.of(territory, town, at)
                .withLocales(Arrays.stream(p.locales().orElse("fr,en").split(",", -1)).map(ImportController::locale).toList())
                .withProfile(kind != null ? kind : source.defaultKind(), InvolvementPlan.empty());
        if (p.decidingBody().isPresent()) {
            context = context.withDecidingBody(valued("decidingBody",
                    () -> Actor.of("council-" + p.territory(), p.decidingBody().get(), ActorKind.ELECTED_BODY)));
        }
        if (p.standIn().isPresent()) {
            context = context.withStandInApplicant(valued("standIn",
                    () -> Actor.of("residents-" + p.territory(), p.standIn().get(), ActorKind.RESIDENT_GROUP)));
        }
        return context;
    }

    /** A language preferred for texts: {@code fr}, {@code en}, {@code pt-BR}. */
    private static Locale locale(String tag) {
        String stripped = tag.strip();
        if (!stripped.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            throw refused("locales", LocalizedText.of("\"" + tag + "\" is not a language such as fr, en or pt-BR",
                    "« " + tag + " » n'est pas une langue comme fr, en ou pt-BR"));
        }
        return Locale.forLanguageTag(stripped);
    }

    /** The separator given for a table, or none: the source's own is then read. */
    private static Optional<Character> separator(ImportSource source, Optional<String> given) {
        if (given.isEmpty()) {
            return Optional.empty();
        }
        if (!source.isTable()) {
            throw refused("separator", LocalizedText.of("a separator is for a table; " + source.code() + " is JSON",
                    "un séparateur est pour une table ; " + source.code() + " est du JSON"));
        }
        if (given.get().length() != 1) {
            throw refused("separator", LocalizedText.of("one character, such as ; or ,", "un caractère, comme ; ou ,"));
        }
        return Optional.of(given.get().charAt(0));
    }

    /** The file's name in the provenance of the records: a name, not a path. */
    private static String fileName(ImportSource source, Optional<String> given) {
        String name = given.orElse(source.code() + (source.isTable() ? ".csv" : ".json"));
        if (name.isBlank() || !name.matches("[^/\\\\\\x00-\\x1f]{1,200}") || name.equals(".") || name.equals("..")) {
            throw refused("file", LocalizedText.of("a file's name, without a folder", "un nom de fichier, sans dossier"));
        }
        return name;
    }

    private static <T> T valued(String parameter, java.util.function.Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidValueException e) {
            throw refused(parameter, LocalizedText.of(e.reason(Locale.ENGLISH), e.reason(Locale.FRENCH)));
        }
    }

    private static DeskException refused(String parameter, LocalizedText why) {
        return new DeskException(ProblemType.BAD_REQUEST, parameter, "The parameter " + parameter + " is refused: " + why.english() + ".",
                "Le paramètre " + parameter + " est refusé : " + why.french() + ".");
    }

    /**
     * A file from which nothing could be imported: it does not read, or each of its records is
     * refused. Nothing is kept; the problem carries the loss report, which says why.
     */
    static final class ImportRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final String source;
        private final String file;
        private final transient ImportSummary summary;
        private final transient List<JsonNode> losses;

        ImportRefused(String source, String file, ImportSummary summary, List<JsonNode> losses) {
            super("Nothing of " + file + " could be imported");
            this.source = source;
            this.file = file;
            this.summary = summary;
            this.losses = List.copyOf(losses);
        }

        String source() {
            return source;
        }

        String file() {
            return file;
        }

        ImportSummary summary() {
            return summary;
        }

        List<JsonNode> losses() {
            return losses;
        }
    }
}
