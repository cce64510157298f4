package io.github.loosmethod.interop;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.loosmethod.provenance.Source;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The loss report of an import, written as it goes (<em>rapport de pertes</em>): JSON Lines, one
 * line per {@link Loss} in the order of the source, then one summary line. Its JSON Schema,
 * {@code loos-import-report-v1}, is in this jar ({@link #schema()}); {@code docs/interop.md}
 * describes it.
 *
 * <pre>{@code
 * {"kind":"loss","source":{"system":"scdl-subventions","file":"subventions.csv","line":24,"column":"montant"},
 *  "target":"/convention/commitments/0/quantity/amount","category":"degraded","value":"1250.3333",
 *  "message":{"en":"…","fr":"…"}}
 * {"kind":"summary","records":29,"built":29,"refused":0,"byCategory":{"dropped":0,…}}
 * }</pre>
 *
 * <p>The same records give the same bytes. Not thread-safe; one writer per report.
 */
public final class LossReport implements Closeable {

    /** The version of the report's format, in its schema's name. */
    public static final int VERSION = 1;

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final OutputStream out;
    private final JsonGenerator json;
    private final ImportSummary.Tally tally = new ImportSummary.Tally();
    private boolean closed;

    private LossReport(OutputStream out) throws IOException {
        this.out = out;
        this.json = JSON.createGenerator(out, JsonEncoding.UTF8);
        this.json.setRootValueSeparator(null);
        this.json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /**
     * Opens a report on a stream, which closing the report flushes and does not close.
     *
     * @param out the stream, not null
     * @return the report, never null
     * @throws NullPointerException if {@code out} is null
     */
    public static LossReport writer(OutputStream out) {
        try {
            return new LossReport(Objects.requireNonNull(out, "out"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens the JSON Schema of the report, {@code loos-import-report-v1.schema.json}.
     *
     * @return the schema's bytes, to be closed by the caller, never null
     */
    public static InputStream schema() {
        // A resource of a named module is opened by a class of that module: another module gets null.
        return Objects.requireNonNull(LossReport.class.getResourceAsStream("loos-import-report-v" + VERSION + ".schema.json"),
                "the schema is in the jar");
    }

    /**
     * Writes the losses of an imported record, and counts the record.
     *
     * @param record the record, not null
     * @throws IllegalStateException if the report is closed
     * @throws UncheckedIOException if the stream fails
     */
    public void add(ImportedRecord record) {
        Objects.requireNonNull(record, "record");
        add(record.source(), record.built(), record.losses());
    }

    /**
     * Writes the losses of a record that is not an initiative (a case of Participedia, imported as
     * an evaluation subject), and counts the record.
     *
     * @param source where the record was read, not null
     * @param built whether something was built from it; if not, an entry says why
     * @param losses its losses, in the order of the source, not null
     * @throws IllegalArgumentException if nothing was built and no entry is a
     *         {@link LossCategory#REFUSED_RECORD}
     * @throws IllegalStateException if the report is closed
     * @throws UncheckedIOException if the stream fails
     */
    public void add(Source source, boolean built, java.util.List<Loss> losses) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(losses, "losses");
        if (!built && losses.stream().noneMatch(loss -> loss.category() == LossCategory.REFUSED_RECORD)) {
            throw new IllegalArgumentException("a record refused says why, with a refused_record entry");
        }
        if (closed) {
            throw new IllegalStateException("the loss report is closed");
        }
        tally.add(built, losses);
        try {
            for (Loss loss : losses) {
                write(loss);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the counts of the records added so far.
     *
     * @return the summary, never null
     */
    public ImportSummary summary() {
        return tally.summary();
    }

    private void write(Loss loss) throws IOException {
        json.writeStartObject();
        json.writeStringField("kind", "loss");
        json.writeFieldName("source");
        writeSource(loss.source(), loss);
        json.writeStringField("target", loss.target());
        json.writeStringField("category", loss.category().code());
        if (loss.value().isPresent()) {
            json.writeStringField("value", loss.value().get());
        }
        if (!loss.candidates().isEmpty()) {
            json.writeArrayFieldStart("candidates");
            for (String candidate : loss.candidates()) {
                json.writeString(candidate);
            }
            json.writeEndArray();
        }
        if (loss.ruleId().isPresent()) {
            json.writeStringField("rule", loss.ruleId().get());
        }
        json.writeObjectFieldStart("message");
        json.writeStringField("en", loss.message().english());
        json.writeStringField("fr", loss.message().french());
        json.writeEndObject();
        json.writeEndObject();
        json.writeRaw('\n');
    }

    private void writeSource(Source source, Loss loss) throws IOException {
        json.writeStartObject();
        json.writeStringField("system", source.system());
        if (source.file().isPresent()) {
            json.writeStringField("file", source.file().get());
        }
        if (source.line().isPresent()) {
            json.writeNumberField("line", source.line().get());
        }
        if (loss.column().isPresent()) {
            json.writeStringField("column", loss.column().get());
        }
        if (source.pointer().isPresent()) {
            json.writeStringField("pointer", source.pointer().get());
        }
        if (source.id().isPresent()) {
            json.writeStringField("id", source.id().get());
        }
        if (source.url().isPresent()) {
            json.writeStringField("url", source.url().get());
        }
        json.writeEndObject();
    }

    /**
     * Writes the summary line and flushes; the stream stays open. Closing twice does nothing more.
     *
     * @throws UncheckedIOException if the stream fails
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        ImportSummary summary = tally.summary();
        try {
            json.writeStartObject();
            json.writeStringField("kind", "summary");
            json.writeNumberField("records", summary.records());
            json.writeNumberField("built", summary.built());
            json.writeNumberField("refused", summary.refused());
            json.writeObjectFieldStart("byCategory");
            for (LossCategory category : LossCategory.values()) {
                json.writeNumberField(category.code(), summary.byCategory().get(category));
            }
            json.writeEndObject();
            json.writeEndObject();
            json.writeRaw('\n');
            json.close();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
