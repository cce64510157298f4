package io.github.loosmethod.serialization;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.loosmethod.benchmarks.Inputs;
import io.github.loosmethod.initiative.Initiative;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.*;
import org.openjdk.jmh.infra.Blackhole;

/** Temporary. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TempBench {
    JsonFactory factory = LoosJson.factory(ReadLimits.DEFAULT);
    byte[] document;
    /** x */
    @Setup
    public void prepare() {
        document = LoosJson.strict().write(Inputs.initiative());
    }
    /** x @return x @throws IOException x */
    @Benchmark
    public Initiative codecOnly() throws IOException {
        try (JsonParser parser = factory.createParser(document)) {
            JsonIn in = new JsonIn(parser, false);
            in.start();
            return InitiativeCodecs.INITIATIVE.read(in);
        }
    }
    /** x @param sink x @throws IOException x */
    @Benchmark
    public void walk(Blackhole sink) throws IOException {
        try (JsonParser parser = factory.createParser(document)) {
            JsonIn in = new JsonIn(parser, false);
            in.start();
            walk(in, sink);
        }
    }
    private static void walk(JsonIn in, Blackhole sink) throws IOException {
        JsonToken t = in.parser().currentToken();
        if (t == JsonToken.START_OBJECT) {
            in.beginObject();
            while (in.nextField()) {
                sink.consume(in.fieldName());
                walk(in, sink);
            }
        } else if (t == JsonToken.START_ARRAY) {
            in.beginArray();
            while (in.nextElement()) {
                walk(in, sink);
            }
        } else if (t == JsonToken.VALUE_STRING) {
            sink.consume(in.parser().getText());
        } else {
            sink.consume(t);
        }
    }
    /** x @param sink x @throws IOException x */
    @Benchmark
    public void walkStrings(Blackhole sink) throws IOException {
        try (JsonParser parser = factory.createParser(document)) {
            JsonIn in = new JsonIn(parser, false);
            in.start();
            walkS(in, sink);
        }
    }
    private static void walkS(JsonIn in, Blackhole sink) throws IOException {
        JsonToken t = in.parser().currentToken();
        if (t == JsonToken.START_OBJECT) {
            in.beginObject();
            while (in.nextField()) {
                sink.consume(in.fieldName());
                walkS(in, sink);
            }
        } else if (t == JsonToken.START_ARRAY) {
            in.beginArray();
            while (in.nextElement()) {
                walkS(in, sink);
            }
        } else if (t == JsonToken.VALUE_STRING) {
            sink.consume(in.string());
        } else {
            sink.consume(t);
        }
    }
    /** x @param sink x @throws IOException x */
    @Benchmark
    public void rawWalk(Blackhole sink) throws IOException {
        try (JsonParser parser = factory.createParser(document)) {
            parser.nextToken();
            raw(parser, sink);
        }
    }
    private static void raw(JsonParser p, Blackhole sink) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            String n;
            while ((n = p.nextFieldName()) != null) {
                sink.consume(n);
                p.nextToken();
                raw(p, sink);
            }
        } else if (t == JsonToken.START_ARRAY) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
                raw(p, sink);
            }
        } else if (t == JsonToken.VALUE_STRING) {
            sink.consume(p.getText());
        } else {
            sink.consume(t);
        }
    }
}
