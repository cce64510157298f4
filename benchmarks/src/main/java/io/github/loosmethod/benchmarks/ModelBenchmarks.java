package io.github.loosmethod.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.serialization.LoosJson;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Single initiative documents, each call taking the next of {@link Inputs#POOL} generated ones
 * (all kinds and statuses, 0 to 12 commitments, Unicode texts): read with validation and written
 * by the library, against the same bytes bound by plain Jackson into mutable POJOs (with codes and
 * dates left as strings, and with the model's types), and against a raw token scan. A score is in
 * documents per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ModelBenchmarks {

    private final LoosJson json = LoosJson.strict();
    private final ObjectMapper mapper = new ObjectMapper();
    private final ObjectMapper typedMapper = JsonMapper.builder().addModule(new JavaTimeModule()).build();
    private final JsonFactory factory = new JsonFactory();
    private byte[][] documents;
    private Initiative[] initiatives;
    private Pojos.Initiative[] pojos;
    private int next;

    /**
     * Prepares the inputs.
     *
     * @throws IOException if a POJO cannot be read
     */
    @Setup
    public void prepare() throws IOException {
        initiatives = Inputs.generated(Inputs.POOL).toArray(Initiative[]::new);
        documents = new byte[initiatives.length][];
        pojos = new Pojos.Initiative[initiatives.length];
        for (int n = 0; n < initiatives.length; n++) {
            documents[n] = json.write(initiatives[n]);
            pojos[n] = mapper.readValue(documents[n], Pojos.Initiative.class);
            // Both baselines must bind the whole document: databind fails on a field it cannot place.
            typedMapper.readValue(documents[n], TypedPojos.Initiative.class);
        }
    }

    /** The index of the document of this call: each call takes the next, in turn. */
    private int next() {
        int n = next;
        next = n + 1 == documents.length ? 0 : n + 1;
        return n;
    }

    /** Reads and validates a document with the library. @return the initiative */
    @Benchmark
    public Initiative readModel() {
        return json.readInitiative(documents[next()]);
    }

    /** Binds the same bytes into POJOs with plain Jackson. @return the POJO @throws IOException never */
    @Benchmark
    public Pojos.Initiative readPojo() throws IOException {
        return mapper.readValue(documents[next()], Pojos.Initiative.class);
    }

    /**
     * Binds the same bytes into POJOs holding the model's types: enums, dates and instants.
     *
     * @return the POJO
     * @throws IOException never
     */
    @Benchmark
    public TypedPojos.Initiative readTypedPojo() throws IOException {
        return typedMapper.readValue(documents[next()], TypedPojos.Initiative.class);
    }

    /** Scans the same bytes token by token. @param sink the blackhole @throws IOException never */
    @Benchmark
    public void scanTokens(Blackhole sink) throws IOException {
        try (JsonParser parser = factory.createParser(documents[next()])) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                sink.consume(token);
            }
        }
    }

    /**
     * Walks the same bytes as any binder must: every field name and every string value extracted,
     * nothing bound. What a reader costs above this is the cost of its binding and checking.
     *
     * @param sink the blackhole
     * @throws IOException never
     */
    @Benchmark
    public void walkNamesAndStrings(Blackhole sink) throws IOException {
        try (JsonParser parser = factory.createParser(documents[next()])) {
            // nextFieldName() is the parser's fastest way through names, the one databind takes.
            while (true) {
                String name = parser.nextFieldName();
                if (name != null) {
                    sink.consume(name);
                } else if (parser.currentToken() == JsonToken.VALUE_STRING) {
                    sink.consume(parser.getText());
                } else if (parser.currentToken() == null) {
                    return;
                }
            }
        }
    }

    /** Writes an initiative with the library. @return the bytes */
    @Benchmark
    public byte[] writeModel() {
        return json.write(initiatives[next()]);
    }

    /** Writes a POJO with plain Jackson. @return the bytes @throws IOException never */
    @Benchmark
    public byte[] writePojo() throws IOException {
        return mapper.writeValueAsBytes(pojos[next()]);
    }
}
