package io.github.loosmethod.interop;

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
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * A measurement, not a test: writes a file of one format of about the size asked — the project's
 * fixture of that format repeated, its refused rows included, a CSV's header once, a JSON file's
 * records as one array — and imports it, the loss report written in full to a stream that counts
 * its bytes and discards them, so that a run under a small heap ({@code -Xmx128m}) shows that the
 * import streams. Prints the records, the time, the rates and the heap's bound. Usage:
 * {@code LargeImports FORMAT FILE MEGABYTES}, FORMAT one of {@link Format}'s names in lower case
 * with {@code -} for {@code _}.
 */
public final class LargeImports {

    private static final Instant IMPORTED_AT = Instant.parse("2026-12-01T09:00:00Z");
    private static final ImportContext LOOS = ImportContext
            .of(Territory.of("62528", "Loos-en-Gohelle", "FR", ZoneId.of("Europe/Paris")),
                    Actor.of("commune-loos-en-gohelle", "Commune de Loos-en-Gohelle", ActorKind.MUNICIPALITY), IMPORTED_AT)
            .withDecidingBody(Actor.of("conseil-municipal-loos", "Conseil municipal de Loos-en-Gohelle", ActorKind.ELECTED_BODY))
            .withStandInApplicant(Actor.of("habitants-loos", "Habitants de Loos-en-Gohelle", ActorKind.RESIDENT_GROUP));
    private static final ImportContext PARIS = ImportContext
            .of(Territory.of("75056", "Paris", "FR", ZoneId.of("Europe/Paris")),
                    Actor.of("ville-de-paris", "Ville de Paris", ActorKind.MUNICIPALITY), IMPORTED_AT)
            .withDecidingBody(Actor.of("conseil-de-paris", "Conseil de Paris", ActorKind.ELECTED_BODY))
            .withStandInApplicant(Actor.of("habitants-de-paris", "Habitants de Paris", ActorKind.RESIDENT_GROUP));

    /** An import of a whole file into a loss report. */
    @FunctionalInterface
    private interface Import {
        ImportSummary read(Path file, LossReport report);
    }

    /** The formats measured, each with the fixture it repeats and its import. */
    enum Format {
        SCDL_SUBVENTIONS("scdl/subventions-loos.csv", (file, report) -> ScdlImport.subventions(LOOS)
                .read(file, StandardCharsets.UTF_8, ',', report::add)),
        SCDL_DELIBERATIONS("scdl/deliberations-loos.csv", (file, report) -> ScdlImport
                .deliberations(LOOS.withProfile(InitiativeKind.MUNICIPAL_PROJECT, InvolvementPlan.empty()))
                .read(file, StandardCharsets.UTF_8, ',', report::add)),
        DECIDIM_RESULTS("decidim/results-loos.csv", (file, report) -> DecidimImport.results(LOOS)
                .read(file, StandardCharsets.UTF_8, ';', report::add)),
        DECIDIM_INITIATIVES("decidim/initiatives-loos.csv", (file, report) -> DecidimImport.initiatives(LOOS)
                .read(file, StandardCharsets.UTF_8, ';', report::add)),
        DECIDIM_PROPOSALS("decidim/proposals-loos.json", (file, report) -> DecidimImport.proposals(LOOS).read(file, report::add)),
        DECIDIM_PROCESSES("decidim/processes-loos.json", (file, report) -> DecidimImport.processes(LOOS)
                .read(file, process -> report.add(process.source(), process.built(), process.losses()))),
        BUDGET_PARIS("budget/winners-paris.csv", (file, report) -> BudgetTableImport.of(ColumnProfile.PARIS, PARIS)
                .read(file, StandardCharsets.UTF_8, ',', report::add)),
        PARTICIPEDIA_CASES("participedia/legacy-keys.json", (file, report) -> ParticipediaImport.cases(LOOS)
                .read(file, imported -> report.add(imported.source(), imported.built(), imported.losses())));

        private final String fixture;
        private final Import importer;

        Format(String fixture, Import importer) {
            this.fixture = fixture;
            this.importer = importer;
        }
    }

    /** Counts what is written and keeps nothing. */
    private static final class Counting extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
        }
    }

    private LargeImports() {
    }

    /**
     * Writes and imports the file.
     *
     * @param args the format, the file to write, and its size in megabytes
     * @throws Exception if the file cannot be written
     */
    public static void main(String[] args) throws Exception {
        Format format = Format.valueOf(args[0].toUpperCase(Locale.ROOT).replace('-', '_'));
        Path file = Path.of(args[1]);
        long size = Long.parseLong(args[2]) << 20;
        String fixture = Files.readString(Path.of(LargeImports.class.getResource(format.fixture).toURI()), StandardCharsets.UTF_8);
        long written = format.fixture.endsWith(".json") ? writeArray(file, fixture, size) : writeTable(file, fixture, size);
        Counting counted = new Counting();
        long start = System.nanoTime();
        ImportSummary summary;
        try (OutputStream out = new BufferedOutputStream(counted, 1 << 16); LossReport report = LossReport.writer(out)) {
            summary = format.importer.read(file, report);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%s: %d MiB, %d records, %d built, %d refused, report %d MiB, %.1f s, %.0f records/s, %.1f MiB/s,"
                + " max heap %d MiB%n", args[0], written >> 20, summary.records(), summary.built(), summary.refused(), counted.count >> 20,
                seconds, summary.records() / seconds, (written >> 20) / seconds, Runtime.getRuntime().maxMemory() >> 20);
    }

    /** The header once, then the fixture's rows again and again. */
    private static long writeTable(Path file, String fixture, long size) throws IOException {
        String text = fixture.endsWith("\n") ? fixture : fixture + "\n";
        int endOfHeader = text.indexOf('\n') + 1;
        return write(file, text.substring(0, endOfHeader), text.substring(endOfHeader), "", "", size);
    }

    /** One array of the fixture's records (an array's elements, or its one object) again and again. */
    private static long writeArray(Path file, String fixture, long size) throws IOException {
        String text = fixture.strip();
        String records = text.startsWith("[") ? text.substring(1, text.lastIndexOf(']')).strip() : text;
        return write(file, "[", records, ",\n", "]", size);
    }

    private static long write(Path file, String head, String body, String between, String tail, long size) throws IOException {
        byte[] first = body.getBytes(StandardCharsets.UTF_8);
        byte[] next = (between + body).getBytes(StandardCharsets.UTF_8);
        long written = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            for (byte[] bytes : new byte[][] {head.getBytes(StandardCharsets.UTF_8), first}) {
                out.write(bytes);
                written += bytes.length;
            }
            while (written < size) {
                out.write(next);
                written += next.length;
            }
            byte[] end = tail.getBytes(StandardCharsets.UTF_8);
            out.write(end);
            written += end.length;
        }
        return written;
    }
}
