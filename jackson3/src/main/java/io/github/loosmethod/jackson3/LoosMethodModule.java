package io.github.loosmethod.jackson3;

import io.github.loosmethod.interchange.wire.ReadFailure;
import io.github.loosmethod.interchange.wire.Shape;
import io.github.loosmethod.interchange.wire.Shapes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The Jackson 3 module of the Loos method interchange format, version 2 (reading version 1 too): lets a
 * {@link tools.jackson.databind.json.JsonMapper} write and read every type of the model exactly as
 * {@link LoosJson} does — and byte for byte as the Jackson 2 module does.
 *
 * <p>Register it explicitly ({@code JsonMapper.builder().addModule(new LoosMethodModule())}), or
 * let {@code ServiceLoader} find it ({@code JsonMapper.builder().findAndAddModules()}). A Spring
 * Boot 4 host registers it by declaring it as a bean. The model carries no Jackson annotation: the wire
 * contract of each type is declared once, in core, and followed by both backends.
 *
 * <p>Inside a mapper, a value written at the root of the output starts with its
 * {@code formatVersion}, and a value embedded in a host's own object is written without it; a value
 * read is checked for form and invariants, and unknown fields follow the mapper's
 * {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}, which Jackson 3 mappers leave off by
 * default: enable it for a host that must refuse unknown fields rather than drop them. The rules of the method and the read
 * limits are enforced by {@link LoosJson}, the reader for data that comes from other systems; a
 * host that reads a value embedded in its own JSON checks it as strictly with
 * {@link LoosJson#check(Object) LoosJson.strict().check(value)}. What the module reads gives a value
 * or a {@link tools.jackson.core.JacksonException}, never another exception.
 *
 * <p>Instances are immutable and thread-safe: the module holds no state.
 *
 * <p>For example:
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder()
 *         .addModule(new io.github.loosmethod.jackson3.LoosMethodModule())   // or findAndAddModules()
 *         .build();
 * String text = mapper.writeValueAsString(initiative);
 * Initiative back = mapper.readValue(text, Initiative.class);
 * io.github.loosmethod.jackson3.LoosJson.strict().check(back);
 * }</pre>
 */
public final class LoosMethodModule extends JacksonModule {

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
        public void serialize(T value, JsonGenerator generator, SerializationContext provider) {
            try {
                shape.write(new Jackson3Out(generator), value);
            } catch (IOException e) {
                throw DatabindException.from(generator, e.getMessage(), e);
            }
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
        public T deserialize(JsonParser parser, DeserializationContext context) {
            Jackson3In in = new Jackson3In(parser, !context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
            try {
                return shape.read(in);
            } catch (ReadFailure failure) {
                throw DatabindException.from(parser, (failure.pointer().isEmpty() ? "" : failure.pointer() + ": ")
                        + failure.getMessage());
            } catch (IOException e) {
                // Jackson 3's parser throws its own unchecked exceptions; the shared reader declares
                // IOException for Jackson 2's.
                throw DatabindException.from(parser, e.getMessage(), e);
            }
        }
    }
}
