package io.github.loosmethod.interop.scdl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.interop.ImportedRecord;
import io.github.loosmethod.interop.LossCategory;
import io.github.loosmethod.testkit.cases.StreetFlowerBoxes;
import io.github.loosmethod.testkit.cases.TownHallSquare;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The deliberations table a town publishes: one row per decision of its council that has a reference. */
class ScdlDeliberationsExportTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    static byte[] export(List<Initiative> portfolio, List<ImportedRecord> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScdlExport.deliberations(ScdlSubventionsExportTest.LOOS, "8.4", "Domaines de compétences par thèmes/Aménagement du territoire", NOW).write(portfolio, out,
                records::add);
        return out.toByteArray();
    }

    @Test
    void a_council_deliberation_gives_a_row_and_its_vote_and_matter_are_reported() throws Exception {
        List<ImportedRecord> records = new ArrayList<>();

        List<CSVRecord> rows = ScdlSubventionsExportTest.rows(export(List.of(TownHallSquare.approved(), StreetFlowerBoxes.agreed()),
                records));

        assertThat(rows.get(0).toList()).containsExactlyElementsOf(
                Arrays.stream(DeliberationColumn.values()).map(DeliberationColumn::column).collect(Collectors.toList()));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).toList()).containsExactly("Commune de Loos-en-Gohelle", ScdlSubventionsExportTest.LOOS_SIRET,
                "Délibération n° 2021-045", "2021-06-28", "8.4", "Domaines de compétences par thèmes/Aménagement du territoire",
                TownHallSquare.approved().assessment().get().outcome().label(java.util.Locale.FRENCH)
                        + " : Approbation du projet de réaménagement de la place de la Mairie",
                "", "", "", "", "", "", "", "", "", "");
        assertThat(records.get(0).losses()).extracting(loss -> loss.column().orElse(""), loss -> loss.category()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("DELIB_MATIERE_CODE", LossCategory.DEFAULTED),
                org.assertj.core.groups.Tuple.tuple("VOTE_POUR", LossCategory.DROPPED));
        // The flower boxes were accepted by the deputy mayor, an elected official: no deliberation.
        assertThat(records.get(1).built()).isFalse();
        assertThat(records.get(1).losses()).extracting(loss -> loss.category())
                .containsExactly(LossCategory.DROPPED, LossCategory.REFUSED_RECORD);
    }

    @Test
    void the_matter_must_be_an_actes_code_of_level_two() {
        assertThat(catchThrowableOfType(IllegalArgumentException.class,
                () -> ScdlExport.deliberations(ScdlSubventionsExportTest.LOOS, "8", "Aménagement", NOW)))
                .hasMessageStartingWith("an ACTES matter of level 2");
        assertThat(catchThrowableOfType(IllegalArgumentException.class,
                () -> ScdlExport.deliberations(ScdlSubventionsExportTest.LOOS, "8.4", "Aménagement du territoire", NOW)))
                .hasMessageStartingWith("an ACTES matter of level 2 (such as 9.1) with its name, subject/matter");
    }
}
