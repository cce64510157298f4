package io.github.loosmethod.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.actor.Territory;
import io.github.loosmethod.initiative.InitiativeKind;
import io.github.loosmethod.interop.budget.BudgetTableImport;
import io.github.loosmethod.interop.budget.ColumnProfile;
import io.github.loosmethod.interop.decidim.DecidimImport;
import io.github.loosmethod.interop.participedia.ParticipediaImport;
import io.github.loosmethod.interop.scdl.ScdlImport;
import io.github.loosmethod.involvement.InvolvementPlan;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The one list of sources the command line and the desk offer: each source's code, separator and
 * kinds as the adapters take them, and a file read through it gives what its adapter gives when
 * called directly, record for record.
 */
class ImportSourceTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Territory LOOS = Territory.of("62528", "Loos-en-Gohelle", "FR", ZoneId.of("Europe/Paris"));
    private static final Actor TOWN = Actor.of("commune-loos-en-gohelle", "Commune de Loos-en-Gohelle", ActorKind.MUNICIPALITY);
    private static final Actor COUNCIL = Actor.of("conseil-municipal-loos", "Conseil municipal de Loos-en-Gohelle", ActorKind.ELECTED_BODY);
    private static final Actor RESIDENTS = Actor.of("habitants-loos", "Habitants de Loos-en-Gohelle", ActorKind.RESIDENT_GROUP);

    /** A fixture of each source, under the adapters' test resources. */
    private static final Map<ImportSource, String> FIXTURES = Map.of(
            ImportSource.SCDL_SUBVENTIONS, "scdl/subventions-loos.csv",
            ImportSource.SCDL_DELIBERATIONS, "scdl/deliberations-loos.csv",
            ImportSource.DECIDIM_RESULTS, "decidim/results-loos.csv",
            ImportSource.DECIDIM_INITIATIVES, "decidim/initiatives-loos.csv",
            ImportSource.DECIDIM_PROPOSALS, "decidim/proposals-loos.json",
            ImportSource.DECIDIM_PROCESSES, "decidim/processes-loos.json",
            ImportSource.PARIS_BUDGET, "budget/winners-paris.csv",
            ImportSource.PARTICIPEDIA_CASES, "participedia/ParticipediaImportFuzzTestInputs/cases/seed-loos");

    private static Path fixture(ImportSource source) throws Exception {
        return Path.of(ImportSourceTest.class.getResource(FIXTURES.get(source)).toURI());
    }

    private static ImportContext context(ImportSource source) {
        return ImportContext.of(LOOS, TOWN, Instant.parse("2026-12-01T09:00:00Z")).withDecidingBody(COUNCIL)
                .withStandInApplicant(RESIDENTS).withProfile(source.defaultKind(), InvolvementPlan.empty());
    }

    /** What a reading hands on, in order: each record, or each other record as its three parts. */
    private record Read(ImportSummary summary, List<Object> handedOn) {
    }

    private static Read through(ImportSource source, ImportContext context, Path file) {
        List<Object> handedOn = new ArrayList<>();
        ImportSummary summary = source.read(context, file, handedOn::add,
                (from, built, losses) -> handedOn.add(List.of(from, built, losses)));
        return new Read(summary, handedOn);
    }

    /** The adapter of each source called as its own tests call it, with the separator its format names. */
    private static Read direct(ImportSource source, ImportContext context, Path file) {
        List<Object> handedOn = new ArrayList<>();
        ImportSummary summary = switch (source) {
            case SCDL_SUBVENTIONS -> ScdlImport.subventions(context).read(file, StandardCharsets.UTF_8, ',', handedOn::add);
            case SCDL_DELIBERATIONS -> ScdlImport.deliberations(context).read(file, StandardCharsets.UTF_8, ',', handedOn::add);
            case DECIDIM_RESULTS -> DecidimImport.results(context).read(file, StandardCharsets.UTF_8, ';', handedOn::add);
            case DECIDIM_INITIATIVES -> DecidimImport.initiatives(context).read(file, StandardCharsets.UTF_8, ';', handedOn::add);
            case DECIDIM_PROPOSALS -> DecidimImport.proposals(context).read(file, handedOn::add);
            case DECIDIM_PROCESSES -> DecidimImport.processes(context).read(file,
                    process -> handedOn.add(List.of(process.source(), process.built(), process.losses())));
            case PARIS_BUDGET -> BudgetTableImport.of(ColumnProfile.PARIS, context).read(file, StandardCharsets.UTF_8, ',',
                    handedOn::add);
            case PARTICIPEDIA_CASES -> ParticipediaImport.cases(context).read(file,
                    imported -> handedOn.add(List.of(imported.source(), imported.built(), imported.losses())));
        };
        return new Read(summary, handedOn);
    }

    @Test
    void theSourcesAreThoseTheCommandLineAndTheDeskOffer() {
        assertThat(Arrays.stream(ImportSource.values()).map(ImportSource::code)).containsExactly("scdl-subventions",
                "scdl-deliberations", "decidim-results", "decidim-initiatives", "decidim-proposals", "decidim-processes",
                "paris-budget", "participedia-cases");
    }

    @Test
    void theGuideListsTheSourcesInTheirOrder() throws Exception {
        String guide = Files.readString(Path.of("..", "docs", "interop.md"));
        int start = guide.indexOf("both offer:");
        assertThat(start).as("the list of sources in docs/interop.md").isNotNegative();
        String list = guide.substring(start, guide.indexOf(". Each says", start));
        List<String> listed = java.util.regex.Pattern.compile("`([a-z-]+)`").matcher(list).results().map(found -> found.group(1)).toList();
        assertThat(listed).containsExactlyElementsOf(Arrays.stream(ImportSource.values()).map(ImportSource::code).toList());
    }

    @Test
    void eachSourceHasTheSeparatorOfItsFormat() {
        assertThat(Arrays.stream(ImportSource.values()).map(ImportSource::separator)).containsExactly(Optional.of(','),
                Optional.of(','), Optional.of(';'), Optional.of(';'), Optional.empty(), Optional.empty(), Optional.of(','),
                Optional.empty());
        assertThat(Arrays.stream(ImportSource.values()).filter(ImportSource::isTable)).containsExactly(ImportSource.SCDL_SUBVENTIONS,
                ImportSource.SCDL_DELIBERATIONS, ImportSource.DECIDIM_RESULTS, ImportSource.DECIDIM_INITIATIVES,
                ImportSource.PARIS_BUDGET);
    }

    @Test
    void eachSourceHasTheKindsItsAdapterBuilds() {
        List<InitiativeKind> all = List.of(InitiativeKind.values());
        assertThat(Arrays.stream(ImportSource.values()).map(ImportSource::kinds)).containsExactly(List.of(InitiativeKind.FIFTY_FIFTY),
                List.of(InitiativeKind.MUNICIPAL_PROJECT, InitiativeKind.CO_CONSTRUCTED_POLICY), List.of(InitiativeKind.FIFTY_FIFTY),
                all, all, List.of(), List.of(InitiativeKind.FIFTY_FIFTY), List.of());
        assertThat(Arrays.stream(ImportSource.values()).filter(source -> !source.givesInitiatives()))
                .containsExactly(ImportSource.DECIDIM_PROCESSES, ImportSource.PARTICIPEDIA_CASES);
        assertThat(ImportSource.SCDL_DELIBERATIONS.defaultKind()).isEqualTo(InitiativeKind.MUNICIPAL_PROJECT);
        assertThat(ImportSource.PARTICIPEDIA_CASES.defaultKind()).isEqualTo(InitiativeKind.FIFTY_FIFTY);
    }

    @ParameterizedTest
    @EnumSource(ImportSource.class)
    void aCodeGivesItsSource(ImportSource source) {
        assertThat(ImportSource.of(source.code())).contains(source);
    }

    @Test
    void aCodeNotSpelledAsTheCommandLineSpellsItIsNoSource() {
        assertThat(ImportSource.of("scdl")).isEmpty();
        assertThat(ImportSource.of("SCDL_SUBVENTIONS")).isEmpty();
        assertThat(ImportSource.of("")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ImportSource.class)
    void aFileReadThroughItsSourceGivesWhatItsAdapterGives(ImportSource source) throws Exception {
        ImportContext context = context(source);
        Read direct = direct(source, context, fixture(source));
        Read through = through(source, context, fixture(source));
        // A fixture that gives nothing would make the comparison empty.
        assertThat(direct.summary().built()).as("records built from the fixture").isPositive();
        assertThat(through.summary()).isEqualTo(direct.summary());
        assertThat(through.handedOn()).isEqualTo(direct.handedOn());
        // The initiatives go to each, the others' records to others: never one for the other.
        assertThat(through.handedOn()).allMatch(one -> one instanceof ImportedRecord == source.givesInitiatives());
    }

    @Test
    void aTableIsReadInTheCharsetAndByTheSeparatorGiven(@TempDir Path folder) throws Exception {
        Path semicolons = folder.resolve("subventions-loos.csv");
        Files.writeString(semicolons, Files.readString(fixture(ImportSource.SCDL_SUBVENTIONS)).replace(',', ';'),
                WINDOWS_1252);
        ImportContext context = context(ImportSource.SCDL_SUBVENTIONS);
        List<ImportedRecord> records = new ArrayList<>();
        ImportSummary summary = ImportSource.SCDL_SUBVENTIONS.read(context, semicolons, WINDOWS_1252, ';', records::add,
                (from, built, losses) -> {
                    throw new AssertionError("a subsidy is an initiative");
                });
        assertThat(summary).isEqualTo(ScdlImport.subventions(context).read(semicolons, WINDOWS_1252, ';', record -> {
        }));
        assertThat(summary.built()).isPositive();
    }

    @Test
    void aJsonSourceRefusesACharsetAndASeparator() throws Exception {
        Path file = fixture(ImportSource.DECIDIM_PROPOSALS);
        assertThatThrownBy(() -> ImportSource.DECIDIM_PROPOSALS.read(context(ImportSource.DECIDIM_PROPOSALS), file,
                StandardCharsets.UTF_8, ',', record -> {
                }, (from, built, losses) -> {
                })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decidim-proposals is JSON");
    }
}
