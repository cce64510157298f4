package io.github.loosmethod.serialization;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.github.loosmethod.interchange.wire.Ignored;
import io.github.loosmethod.interchange.wire.WireIn;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The cursor of the format over a Jackson 2 parser. Jackson's token ids are the cursor's token
 * constants, so a token is handed over as it is.
 */
final class Jackson2In extends WireIn {

    private final JsonParser parser;
    /** The context the value being read sits in: pointers are relative to it. */
    private final JsonStreamContext base;

    /** A cursor inside a host's mapper, limited by the mapper's parser alone. */
    Jackson2In(JsonParser parser, boolean lenient) {
        super(lenient);
        this.parser = parser;
        this.base = base(parser);
    }

    /** A cursor of {@link LoosJson}, with its limits in characters. */
    Jackson2In(JsonParser parser, boolean lenient, int maxStringCharacters, int maxNameCharacters, Ignored ignored) {
        super(lenient, maxStringCharacters, maxNameCharacters, ignored);
        this.parser = parser;
        this.base = base(parser);
    }

    private static JsonStreamContext base(JsonParser parser) {
        JsonStreamContext context = parser.getParsingContext();
        JsonToken token = parser.currentToken();
        return token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY ? context.getParent() : context;
    }

    @Override
    protected int currentToken() {
        return parser.currentTokenId();
    }

    @Override
    protected int nextToken() throws IOException {
        JsonToken token = parser.nextToken();
        return token == null ? NONE : token.id();
    }

    @Override
    protected String nextName() throws IOException {
        return parser.nextFieldName();
    }

    @Override
    protected String contextName() {
        return parser.getParsingContext().getCurrentName();
    }

    @Override
    protected boolean inRootObject() {
        return parser.getParsingContext().getParent() == base;
    }

    @Override
    protected List<Object> path(boolean ofObject) {
        JsonStreamContext innermost = parser.getParsingContext();
        if (ofObject && innermost.inObject()) {
            innermost = innermost.getParent();
        }
        List<Object> steps = new ArrayList<>();
        for (JsonStreamContext context = innermost; context != null && context != base; context = context.getParent()) {
            // An array just opened has no element yet: it is pointed at from its field, not at "/0".
            if (context.inObject() && context.getCurrentName() != null) {
                steps.add(context.getCurrentName());
            } else if (context.inArray() && context.hasCurrentIndex()) {
                steps.add(context.getCurrentIndex());
            }
        }
        Collections.reverse(steps);
        return steps;
    }

    @Override
    protected String text() throws IOException {
        return parser.getText();
    }

    @Override
    protected char[] textCharacters() throws IOException {
        return parser.getTextCharacters();
    }

    @Override
    protected int textOffset() throws IOException {
        return parser.getTextOffset();
    }

    @Override
    protected int textLength() throws IOException {
        return parser.getTextLength();
    }

    @Override
    protected boolean isLongNumber() throws IOException {
        JsonParser.NumberType type = parser.getNumberType();
        return type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG;
    }

    @Override
    protected long longValue() throws IOException {
        return parser.getLongValue();
    }

    @Override
    protected BigDecimal decimalValue() throws IOException {
        return parser.getDecimalValue();
    }

    @Override
    protected int nestingDepth() {
        return parser.getParsingContext().getNestingDepth();
    }

    @Override
    protected void skipChildren() throws IOException {
        parser.skipChildren();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
