package io.github.loosmethod.serialization;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.github.loosmethod.evaluation.Evaluation;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.interchange.Interchange;
import io.github.loosmethod.interchange.Checked;
import io.github.loosmethod.interchange.OnBadLine;
import io.github.loosmethod.interchange.OnRuleBreak;
import io.github.loosmethod.interchange.PortfolioReader;
import io.github.loosmethod.interchange.PortfolioWriter;
import io.github.loosmethod.interchange.ReadLimits;
import io.github.loosmethod.interchange.wire.Documents;
import io.github.loosmethod.interchange.wire.Ignored;
import io.github.loosmethod.interchange.wire.Message;
import io.github.loosmethod.interchange.wire.Parsers;
import io.github.loosmethod.interchange.wire.Shape;
import io.github.loosmethod.interchange.wire.WireIn;
import io.github.loosmethod.interchange.wire.WireOut;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link Interchange} of the Loos method format on Jackson 2 ({@code com.fasterxml.jackson},
 * 2.17 or later): reads and writes initiatives, evaluations, JSON Lines portfolios and every other
 * type of the model with no Jackson knowledge needed. It reads and writes exactly as the Jackson 3
 * backend does — same bytes, same refusals, same problems — since both follow the one declaration
 * of each field of the format; what {@link Interchange} says of reading and writing holds here.
 *
 * <p>Instances are immutable and thread-safe; share them.
 *
 * <p>For example:
 * <pre>{@code
 * LoosJson json = LoosJson.strict();
 * byte[] document = json.write(initiative);                 // UTF-8, canonical
 * Initiative same = json.readInitiative(document);          // strict: refuses unknown fields, bad UTF-8, broken rules…
 * }</pre>
 */
public final class LoosJson implements Interchange {

    private static final LoosJson STRICT = new LoosJson(false, ReadLimits.DEFAULT);

    private final Backend backend;

    private LoosJson(boolean lenient, ReadLimits limits) {
        this.backend = new Backend(lenient, limits);
    }

    /**
     * Returns the strict reader and writer, with the default limits.
     *
     * @return the shared strict instance, never null
     */
    public static LoosJson strict() {
        return STRICT;
    }

    @Override
    public LoosJson lenient() {
        return new LoosJson(true, backend.limits());
    }

    @Override
    public LoosJson withLimits(ReadLimits limits) {
        return new LoosJson(backend.isLenient(), Objects.requireNonNull(limits, "limits"));
    }

    @Override
    public ReadLimits limits() {
        return backend.limits();
    }

    @Override
    public boolean isLenient() {
        return backend.isLenient();
    }

    @Override
    public Initiative readInitiative(byte[] json) {
        return backend.readInitiative(json);
    }

    @Override
    public Evaluation readEvaluation(byte[] json) {
        return backend.readEvaluation(json);
    }

    @Override
    public Object readDocument(byte[] json) {
        return backend.readDocument(json);
    }

    @Override
    public <T> T read(byte[] json, Class<T> type) {
        return backend.read(json, type);
    }

    @Override
    public <T> T read(String json, Class<T> type) {
        return backend.read(json, type);
    }

    @Override
    public <T> T read(InputStream json, Class<T> type) {
        return backend.read(json, type);
    }

    @Override
    public <T> T check(T value) {
        return backend.check(value);
    }

    @Override
    public byte[] write(Object value) {
        return backend.write(value);
    }

    @Override
    public String writeAsString(Object value) {
        return backend.writeAsString(value);
    }

    @Override
    public void write(Object value, OutputStream out) {
        backend.write(value, out);
    }

    @Override
    public PortfolioWriter portfolioWriter(OutputStream out) {
        return backend.portfolioWriter(out);
    }

    @Override
    public PortfolioReader portfolioReader(InputStream in, OnBadLine onBadLine) {
        return backend.portfolioReader(in, onBadLine);
    }

    @Override
    public PortfolioReader portfolioReader(InputStream in, OnBadLine onBadLine, OnRuleBreak onRuleBreak) {
        return backend.portfolioReader(in, onBadLine, onRuleBreak);
    }

    @Override
    public PortfolioReader portfolioReader(InputStream in, OnBadLine onBadLine, OnRuleBreak onRuleBreak, int threads) {
        return backend.portfolioReader(in, onBadLine, onRuleBreak, threads);
    }

    /** The shared machinery under this facade, for the tests that open its parallel reader with tiny batches. */
    Documents documents() {
        return backend;
    }

    @Override
    public <T> Checked<T> readChecked(byte[] json, Class<T> type) {
        return backend.readChecked(json, type);
    }

    @Override
    public <T> Checked<T> readChecked(String json, Class<T> type) {
        return backend.readChecked(json, type);
    }

    /** Describes an exception of Jackson 2's parser as a problem of the input, or empty if it is none. */
    static Optional<Message> parseError(Exception e, ReadLimits limits) {
        return parseError(e, limits, new byte[0], 0, 0);
    }

    /** The same, for an error in these bytes. */
    static Optional<Message> parseError(Exception e, ReadLimits limits, byte[] json, int offset, int length) {
        if (e instanceof StreamConstraintsException) {
            return Optional.of(Parsers.limit(((StreamConstraintsException) e).getOriginalMessage(), limits));
        }
        if (e instanceof JsonProcessingException) {
            JsonProcessingException error = (JsonProcessingException) e;
            JsonLocation location = error.getLocation();
            if (location == null || length == 0) {
                return Optional.of(Parsers.malformed(error.getOriginalMessage(), location == null ? 0 : location.getLineNr(),
                        location == null ? 0 : location.getColumnNr(), error instanceof JsonEOFException));
            }
            // Jackson 2 alone places a control character one byte past it (Jackson 3 at it): where
            // the next character is the same one, nothing else could tell.
            String message = error.getOriginalMessage();
            long past = message != null && message.startsWith("Illegal character ((CTRL-CHAR") ? 1 : 0;
            return Optional.of(Parsers.malformed(message, json, offset, length, location.getByteOffset() - past,
                    error instanceof JsonEOFException));
        }
        return Optional.empty();
    }

    /** The parser and generator of Jackson 2 under the shared machinery. */
    private static final class Backend extends Documents {

        private final JsonFactory factory;

        Backend(boolean lenient, ReadLimits limits) {
            super(lenient, limits);
            this.factory = JsonFactory.builder()
                    .disable(JsonFactory.Feature.CHARSET_DETECTION)
                    .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                    .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                    .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                    .streamReadConstraints(constraints(limits))
                    .build();
        }

        private static StreamReadConstraints constraints(ReadLimits limits) {
            return StreamReadConstraints.builder().maxNestingDepth(limits.maxNestingDepth())
                    .maxStringLength(Parsers.parserStringLength(limits)).maxNumberLength(limits.maxNumberLength())
                    .maxNameLength(Parsers.parserNameLength(limits)).maxDocumentLength(limits.maxDocumentLength()).build();
        }

        @Override
        public Documents lenient() {
            return new Backend(true, limits());
        }

        @Override
        public Documents withLimits(ReadLimits limits) {
            return new Backend(isLenient(), limits);
        }

        @Override
        protected WireIn open(byte[] json, int offset, int length, Ignored ignored) throws IOException {
            JsonParser parser = factory.createParser(json, offset, length);
            return new Jackson2In(parser, isLenient(), limits().maxStringLength(), limits().maxNameLength(), ignored);
        }

        @Override
        protected Optional<Message> parseError(Exception e, byte[] json, int offset, int length) {
            return LoosJson.parseError(e, limits(), json, offset, length);
        }

        @Override
        protected WireOut writer(OutputStream out) throws IOException {
            JsonGenerator generator = factory.createGenerator(out, JsonEncoding.UTF8);
            generator.setRootValueSeparator(null);
            return new Jackson2Out(generator);
        }

        @Override
        protected <T> byte[] bytes(Shape<T> shape, T value) throws IOException {
            // Jackson's segmented builder, as ObjectMapper.writeValueAsBytes does, without the
            // recycler calls that changed between Jackson versions.
            try (ByteArrayBuilder bytes = new ByteArrayBuilder(2000)) {
                try (JsonGenerator generator = factory.createGenerator(bytes, JsonEncoding.UTF8)) {
                    shape.write(new Jackson2Out(generator), value);
                }
                return bytes.toByteArray();
            }
        }
    }
}
