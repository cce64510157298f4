package io.github.loosmethod.jackson3;

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
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.ByteArrayBuilder;

/**
 * The {@link Interchange} of the Loos method format on Jackson 3 ({@code tools.jackson}, 3.3 or
 * later): reads and writes initiatives, evaluations, JSON Lines portfolios and every other type of
 * the model with no Jackson knowledge needed. It reads and writes exactly as the Jackson 2 backend
 * ({@code io.github.loosmethod.serialization.LoosJson}) does — same bytes, same refusals, same problems — since both follow the one declaration
 * of each field of the format; what {@link Interchange} says of reading and writing holds here.
 *
 * <p>Instances are immutable and thread-safe; share them.
 *
 * <p>For example:
 * <pre>{@code
 * io.github.loosmethod.jackson3.LoosJson json = io.github.loosmethod.jackson3.LoosJson.strict();
 * byte[] document = json.write(initiative);                 // the same bytes as the Jackson 2 backend
 * Initiative same = json.readInitiative(document);
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

    @Override
    public <T> Checked<T> readChecked(byte[] json, Class<T> type) {
        return backend.readChecked(json, type);
    }

    @Override
    public <T> Checked<T> readChecked(String json, Class<T> type) {
        return backend.readChecked(json, type);
    }

    /** Describes an exception of Jackson 3's parser as a problem of the input, or empty if it is none. */
    static Optional<Message> parseError(Exception e, ReadLimits limits, byte[] json, int offset, int length) {
        if (e instanceof StreamConstraintsException) {
            return Optional.of(Parsers.limit(((StreamConstraintsException) e).getOriginalMessage(), limits));
        }
        if (e instanceof tools.jackson.core.exc.StreamReadException) {
            JacksonException error = (JacksonException) e;
            TokenStreamLocation location = error.getLocation();
            if (location == null) {
                return Optional.of(Parsers.malformed(error.getOriginalMessage(), 0, 0, error instanceof UnexpectedEndOfInputException));
            }
            return Optional.of(Parsers.malformed(error.getOriginalMessage(), json, offset, length, location.getByteOffset(),
                    error instanceof UnexpectedEndOfInputException));
        }
        return Optional.empty();
    }

    /** The parser and generator of Jackson 3 under the shared machinery. */
    private static final class Backend extends Documents {

        private final JsonFactory factory;

        Backend(boolean lenient, ReadLimits limits) {
            super(lenient, limits);
            this.factory = JsonFactory.builder()
                    .disable(TokenStreamFactory.Feature.CHARSET_DETECTION)
                    .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                    .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                    .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                    .streamReadConstraints(constraints(limits))
                    .rootValueSeparator((String) null)
                    // The canonical bytes of the format, as the Jackson 2 backend writes them:
                    // characters beyond the Basic Multilingual Plane as an escaped surrogate pair.
                    .disable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                    .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
                    .enable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
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
        protected WireIn open(byte[] json, int offset, int length, Ignored ignored) {
            JsonParser parser = factory.createParser(ObjectReadContext.empty(), json, offset, length);
            return new Jackson3In(parser, isLenient(), limits().maxStringLength(), limits().maxNameLength(), ignored);
        }

        @Override
        protected Optional<Message> parseError(Exception e, byte[] json, int offset, int length) {
            return LoosJson.parseError(e, limits(), json, offset, length);
        }

        @Override
        protected WireOut writer(OutputStream out) {
            return new Jackson3Out(factory.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8));
        }

        @Override
        protected <T> byte[] bytes(Shape<T> shape, T value) throws IOException {
            // Jackson's segmented builder, as ObjectMapper.writeValueAsBytes does.
            try (ByteArrayBuilder bytes = new ByteArrayBuilder(2000)) {
                try (JsonGenerator generator = factory.createGenerator(ObjectWriteContext.empty(), bytes, JsonEncoding.UTF8)) {
                    shape.write(new Jackson3Out(generator), value);
                }
                return bytes.toByteArray();
            }
        }
    }
}
