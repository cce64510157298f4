package io.github.loosmethod.interop.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.loosmethod.Texts;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a JSON document of one record (an object) or an array of records, one record at a time
 * (<em>lecture stricte d'un document JSON</em>): RFC 8259 JSON, no duplicate keys, nothing after
 * the document, records of at most {@value #LARGEST_RECORD} bytes each (the document when it is one
 * record, each element of an array; checked after each token, so a record may pass it by the one
 * token being read, itself bounded by the longest text), texts of at most {@value #LONGEST_TEXT} characters,
 * {@value #DEEPEST} levels of nesting, numbers of 100 digits; numbers kept as written. A file may
 * be of any size: memory holds one record, so that an export of hundreds of megabytes is read
 * under a small heap, and the bound on a record is what keeps a hostile one from filling it.
 * Bad input never throws: it is one {@link Failure} at the JSON Pointer (and line) where reading
 * stopped, after the records of an array before it. Only a stream that fails throws.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonDocuments {

    /** The largest record read, in bytes: a whole document of one record, or one element of an array. */
    public static final int LARGEST_RECORD = 4 * 1024 * 1024;
    /** The longest text read, in characters. */
    public static final int LONGEST_TEXT = 1024 * 1024;
    /** The deepest nesting read. */
    public static final int DEEPEST = 32;

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(LONGEST_TEXT)
                    .maxNestingDepth(DEEPEST).maxNumberLength(100).maxNameLength(1000).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();
    /** Numbers kept as written: no rounding to a double, no trailing zero stripped. */
    private static final ObjectMapper MAPPER = JsonMapper.builder(JSON).enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();

    /** Why reading stopped. */
    public enum Problem {
        /** The stream holds no JSON value. */
        EMPTY,
        /** Something follows the document. */
        TRAILING,
        /** A limit of the reader was passed (size of a record, text, number, nesting). */
        LIMIT,
        /** Not well-formed JSON. */
        MALFORMED
    }

    /**
     * Where and why reading stopped.
     *
     * @param problem why, not null
     * @param pointer the JSON Pointer where the reader stood, {@code ""} for the document
     * @param line the line, from 1, or less than 1 when unknown
     * @param column the column, from 1, or less than 1 when unknown
     * @param reason the reader's own words, or empty
     */
    public record Failure(Problem problem, String pointer, int line, int column, Optional<String> reason) {
        /**
         * Creates a failure.
         *
         * @throws NullPointerException if an argument is null
         */
        public Failure {
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(pointer, "pointer");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** What is done with each record read and with the failure that stops reading. */
    public interface Visitor {
        /**
         * Receives one record: the whole document ({@code ""}) or an element of the array ({@code /<index>}).
         *
         * @param node the record as read, never null (a JSON null is a {@link NullNode})
         * @param pointer its JSON Pointer in the document
         */
        void record(JsonNode node, String pointer);

        /**
         * Receives the failure that stopped reading; called at most once, last.
         *
         * @param failure where and why, never null
         */
        void failure(Failure failure);
    }

    private JsonDocuments() {
    }

    /**
     * Opens a file and reads it with {@code read}, given the stream and the file's name for the
     * sources; the file is closed after.
     *
     * @param <T> what the reading gives
     * @param file the file, not null
     * @param read reads the stream, not null
     * @return what the reading gave
     * @throws java.io.UncheckedIOException if the file cannot be opened or read
     */
    public static <T> T readFile(java.nio.file.Path file, java.util.function.BiFunction<InputStream, String, T> read) {
        java.util.Objects.requireNonNull(file, "file");
        java.nio.file.Path name = file.getFileName();
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            return read.apply(in, name == null ? file.toString() : name.toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Reads a stream, which is not closed.
     *
     * @param in the stream, not null
     * @param visitor receives the records in the order of the document, then the failure if any, not null
     * @throws UncheckedIOException if the stream fails
     */
    public static void read(InputStream in, Visitor visitor) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(visitor, "visitor");
        RecordBound parser = null;
        try {
            parser = new RecordBound(JSON.createParser(in));
            JsonToken token = parser.nextToken();
            if (token == null) {
                visitor.failure(at(Problem.EMPTY, "", parser.currentLocation(), null));
            } else if (token == JsonToken.START_ARRAY) {
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    visitor.record(parser.record(), "/" + index);
                    index++;
                }
            } else {
                visitor.record(parser.record(), "");
            }
            if (token != null && parser.nextToken() != null) {
                visitor.failure(at(Problem.TRAILING, "", parser.currentLocation(), null));
            }
        } catch (JacksonException | CharConversionException | NumberFormatException e) {
            // A number whose exponent no BigDecimal holds (4444137e4441374137) is past a limit, not an error of ours.
            String pointer = parser == null ? "" : parser.getParsingContext().pathAsPointer().toString();
            JsonLocation location = parser == null ? JsonLocation.NA : parser.currentLocation();
            String reason = e instanceof JacksonException jackson ? jackson.getOriginalMessage() : e.getMessage();
            Problem problem = e instanceof StreamConstraintsException || e instanceof NumberFormatException ? Problem.LIMIT : Problem.MALFORMED;
            visitor.failure(at(problem, pointer, location, Texts.isBlank(reason) ? null : reason));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close(parser);
        }
    }

    private static Failure at(Problem problem, String pointer, JsonLocation location, String reason) {
        return new Failure(problem, pointer, location.getLineNr(), location.getColumnNr(), Optional.ofNullable(reason));
    }

    /**
     * A parser that refuses a record longer than {@link #LARGEST_RECORD} bytes, as it reads it: every
     * way of reading the next token is checked, since the tree reader uses several.
     */
    private static final class RecordBound extends JsonParserDelegate {

        /** Where the record being read began; negative between records. */
        private long start = -1;

        RecordBound(JsonParser parser) {
            super(parser);
        }

        /** Reads the record that begins at the current token. */
        JsonNode record() throws IOException {
            start = offset(delegate.currentTokenLocation());
            try {
                JsonNode node = MAPPER.readTree(this);
                return node == null ? NullNode.getInstance() : node;
            } finally {
                start = -1;
            }
        }

        private static long offset(JsonLocation location) {
            return location.getByteOffset() >= 0 ? location.getByteOffset() : location.getCharOffset();
        }

        private <T> T checked(T read) throws StreamConstraintsException {
            if (start >= 0 && offset(delegate.currentLocation()) - start > LARGEST_RECORD) {
                throw new StreamConstraintsException("a record longer than " + LARGEST_RECORD + " bytes", delegate.currentLocation());
            }
            return read;
        }

        @Override
        public JsonToken nextToken() throws IOException {
            return checked(delegate.nextToken());
        }

        @Override
        public JsonToken nextValue() throws IOException {
            return checked(delegate.nextValue());
        }

        @Override
        public String nextFieldName() throws IOException {
            return checked(delegate.nextFieldName());
        }

        @Override
        public boolean nextFieldName(SerializableString name) throws IOException {
            return checked(delegate.nextFieldName(name));
        }

        @Override
        public String nextTextValue() throws IOException {
            return checked(delegate.nextTextValue());
        }

        @Override
        public int nextIntValue(int defaultValue) throws IOException {
            return checked(delegate.nextIntValue(defaultValue));
        }

        @Override
        public long nextLongValue(long defaultValue) throws IOException {
            return checked(delegate.nextLongValue(defaultValue));
        }

        @Override
        public Boolean nextBooleanValue() throws IOException {
            return checked(delegate.nextBooleanValue());
        }
    }

    private static void close(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                // The stream is the caller's, and not closed: nothing of ours is left open.
            }
        }
    }
}
