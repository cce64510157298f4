package io.github.loosmethod.serialization;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.loosmethod.interchange.wire.ReadFailure;
import io.github.loosmethod.interchange.wire.Shape;
import io.github.loosmethod.interchange.wire.Shapes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The Jackson module of the Loos method interchange format, version 2 (reading version 1 too): lets an
 * {@link com.fasterxml.jackson.databind.ObjectMapper} write and read every type of the model
 * exactly as {@link LoosJson} does.
 *
 * <p>Register it explicitly ({@code mapper.registerModule(new LoosMethodModule())}) or through
 * {@code ServiceLoader} ({@code mapper.findAndRegisterModules()}). The model itself carries no
 * Jackson annotation: the wire contract of each type is declared once, in core, and followed by
 * this module, {@link LoosJson} and the Jackson 3 backend alike.
 *
 * <p>Inside a mapper, a value written at the root of the output starts with its
 * {@code formatVersion}; a value read is checked for form and invariants, and unknown fields follow
 * the mapper's {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}. A value embedded in a
 * host's own object is written without {@code formatVersion}. The rules of the method and the read
 * limits are enforced by {@link LoosJson}, which is the reader to use for data that comes from
 * other systems; a host that reads a value embedded in its own JSON checks it as strictly with
 * {@link LoosJson#check(Object) LoosJson.strict().check(value)}.
 *
 * <p>Supported on Jackson 2.17 and later: CI runs this module's suites on 2.17.2 and on the newest 2.x.
 *
 * <p>Reading through a mapper decodes the input with the mapper's own parser and limits: the
 * UTF-8 checks and read limits of {@link LoosJson} do not apply there. What the module reads gives
 * a value or a Jackson {@link com.fasterxml.jackson.core.JacksonException}, never another
 * exception. A host that reads untrusted bytes should build its mapper's factory without
 * {@link com.fasterxml.jackson.core.JsonFactory.Feature#CHARSET_DETECTION}: with it, Jackson's
 * own UTF-32 detection throws {@link java.io.CharConversionException}, which is not a Jackson
 * exception, before the module sees anything.
 *
 * <p>Instances are immutable and thread-safe: the module holds no state.
 *
 * <p>For example:
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new LoosMethodModule());   // or findAndRegisterModules()
 * String text = mapper.writeValueAsString(initiative);
 * Initiative back = mapper.readValue(text, Initiative.class);
 * LoosJson.strict().check(back);                            // the rules of the method and the read limits too
 * }</pre>
 */
public final class LoosMethodModule extends Module {

    private static final Version VERSION = readVersion();
    /** Made once and never changed: every instance of the module registers the same ones. */
    private static final SimpleSerializers SERIALIZERS = new SimpleSerializers();
    private static final SimpleDeserializers DESERIALIZERS = new SimpleDeserializers();

    static {
        Shapes.ALL.forEach(LoosMethodModule::register);
    }

    /** Creates the module, with a serializer and a deserializer for every type of the format. */
    public LoosMethodModule() {
        // Nothing to configure: the module has no state of its own.
    }

    private static <T> void register(Shape<T> shape) {
        SERIALIZERS.addSerializer(shape.type(), new ShapeSerializer<>(shape));
        DESERIALIZERS.addDeserializer(shape.type(), new ShapeDeserializer<>(shape));
    }

    /**
     * Returns the module's name.
     *
     * @return {@code "LoosMethodModule"}
     */
    @Override
    public String getModuleName() {
        return "LoosMethodModule";
    }

    /**
     * Registers the serializers and deserializers of every type of the format with a mapper.
     *
     * @param context the mapper's setup, not null
     */
    @Override
    public void setupModule(SetupContext context) {
        context.addSerializers(SERIALIZERS);
        context.addDeserializers(DESERIALIZERS);
    }

    /**
     * Returns the version of this library, as built.
     *
     * @return the version, never null
     */
    @Override
    public Version version() {
        return VERSION;
    }

    private static Version readVersion() {
        Properties properties = new Properties();
        try (InputStream in = LoosMethodModule.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return Version.unknownVersion();
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return VersionUtil.parseVersion(properties.getProperty("version"), properties.getProperty("groupId"),
                properties.getProperty("artifactId"));
    }

    private static final class ShapeSerializer<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Shape<T> shape;

        ShapeSerializer(Shape<T> shape) {
            super(shape.type());
            this.shape = shape;
        }

        @Override
        public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            shape.write(new Jackson2Out(generator), value);
        }
    }

    private static final class ShapeDeserializer<T> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Shape<T> shape;

        ShapeDeserializer(Shape<T> shape) {
            super(shape.type());
            this.shape = shape;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Jackson2In in = new Jackson2In(parser, !context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
            try {
                return shape.read(in);
            } catch (ReadFailure failure) {
                throw JsonMappingException.from(parser, (failure.pointer().isEmpty() ? "" : failure.pointer() + ": ")
                        + failure.getMessage());
            }
        }
    }
}
