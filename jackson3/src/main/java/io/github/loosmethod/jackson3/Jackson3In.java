package io.github.loosmethod.jackson3;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import io.github.loosmethod.interchange.wire.Ignored;
import io.github.loosmethod.interchange.wire.WireIn;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The cursor of the format over a Jackson 3 parser. Jackson's token ids are the cursor's token
 * constants, so a token is handed over as it is.
 */
final class Jackson3In extends WireIn {

    private final JsonParser parser;
    /** The context the value being read sits in: pointers are relative to it. */
    private final TokenStreamContext base;

    /** A cursor inside a host's mapper, limited by the mapper's parser alone. */
    Jackson3In(JsonParser parser, boolean lenient) {
        super(lenient);
        this.parser = parser;
        this.base = base(parser);
    }

    /** A cursor of {@link LoosJson}, with its limits in characters. */
    Jackson3In(JsonParser parser, boolean lenient, int maxStringCharacters, int maxNameCharacters, Ignored ignored) {
        super(lenient, maxStringCharacters, maxNameCharacters, ignored);
        this.parser = parser;
        this.base = base(parser);
    }

    private static TokenStreamContext base(JsonParser parser) {
        TokenStreamContext context = parser.streamReadContext();
        JsonToken token = parser.currentToken();
        return token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY ? context.getParent() : context;
    }

    @Override
    protected int currentToken() {
        return parser.currentTokenId();
    }

    @Override
    protected int nextToken() {
        JsonToken token = parser.nextToken();
        return token == null ? NONE : token.id();
    }

    @Override
    protected String nextName() {
        return parser.nextName();
    }

    @Override
    protected String contextName() {
        return parser.streamReadContext().currentName();
    }

    @Override
    protected boolean inRootObject() {
        return parser.streamReadContext().getParent() == base;
    }

    @Override
    protected List<Object> path(boolean ofObject) {
        TokenStreamContext innermost = parser.streamReadContext();
        if (ofObject && innermost.inObject()) {
            innermost = innermost.getParent();
        }
        List<Object> steps = new ArrayList<>();
        for (TokenStreamContext context = innermost; context != null && context != base; context = context.getParent()) {
            // An array just opened has no element yet: it is pointed at from its field, not at "/0".
            if (context.inObject() && context.currentName() != null) {
                steps.add(context.currentName());
            } else if (context.inArray() && context.hasCurrentIndex()) {
                steps.add(context.getCurrentIndex());
            }
        }
        Collections.reverse(steps);
        return steps;
    }

    @Override
    protected String text() {
        return parser.getString();
    }

    @Override
    protected char[] textCharacters() {
        return parser.getStringCharacters();
    }

    @Override
    protected int textOffset() {
        return parser.getStringOffset();
    }

    @Override
    protected int textLength() {
        return parser.getStringLength();
    }

    @Override
    protected boolean isLongNumber() {
        JsonParser.NumberType type = parser.getNumberType();
        return type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG;
    }

    @Override
    protected long longValue() {
        return parser.getLongValue();
    }

    @Override
    protected BigDecimal decimalValue() {
        return parser.getDecimalValue();
    }

    @Override
    protected int nestingDepth() {
        return parser.streamReadContext().getNestingDepth();
    }

    @Override
    protected void skipChildren() {
        parser.skipChildren();
    }

    @Override
    public void close() {
        parser.close();
    }
}
