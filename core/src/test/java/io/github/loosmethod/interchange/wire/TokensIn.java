package io.github.loosmethod.interchange.wire;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A cursor over a small JSON text tokenized here — objects, arrays, strings without escapes,
 * numbers, true, false, null — so that the shared reader is tested without a Jackson backend.
 * Enough for the tests of this package; not a parser.
 */
final class TokensIn extends WireIn {

    private final List<int[]> tokens = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private int at = -1;
    /** The contexts entered: for each, whether it is an object, its current name, its current index. */
    private final List<Object[]> contexts = new ArrayList<>();

    TokensIn(String json, boolean lenient) {
        super(lenient);
        int i = 0;
        while (i < json.length()) {
            char c = json.charAt(i);
            if (c == '{' || c == '}' || c == '[' || c == ']') {
                add(c == '{' ? START_OBJECT : c == '}' ? END_OBJECT : c == '[' ? START_ARRAY : END_ARRAY, null);
                i++;
            } else if (c == '"') {
                int end = json.indexOf('"', i + 1);
                String text = json.substring(i + 1, end);
                i = end + 1;
                while (i < json.length() && json.charAt(i) == ' ') {
                    i++;
                }
                boolean name = i < json.length() && json.charAt(i) == ':';
                add(name ? FIELD_NAME : STRING, name ? text.intern() : text);
            } else if (c == ',' || c == ':' || c == ' ') {
                i++;
            } else {
                int end = i;
                while (end < json.length() && ",}] ".indexOf(json.charAt(end)) < 0) {
                    end++;
                }
                String word = json.substring(i, end);
                add(word.equals("true") ? TRUE : word.equals("false") ? FALSE : word.equals("null") ? NULL
                        : word.matches("-?[0-9]+") ? INTEGER : FLOAT, word);
                i = end;
            }
        }
    }

    private void add(int token, String text) {
        tokens.add(new int[] {token});
        texts.add(text);
    }

    @Override
    protected int nestingDepth() {
        int token = currentToken();
        // A context is entered on the token after its start; the parsers count it on the start itself.
        return contexts.size() + (token == START_OBJECT || token == START_ARRAY ? 1 : 0);
    }

    @Override
    protected int currentToken() {
        return at < 0 || at >= tokens.size() ? NONE : tokens.get(at)[0];
    }

    @Override
    protected int nextToken() {
        Object[] context = contexts.isEmpty() ? null : contexts.get(contexts.size() - 1);
        int previous = currentToken();
        if (previous == START_OBJECT || previous == START_ARRAY) {
            contexts.add(new Object[] {previous == START_OBJECT, null, -1});
            context = contexts.get(contexts.size() - 1);
        }
        at++;
        int token = currentToken();
        if (token == END_OBJECT || token == END_ARRAY) {
            contexts.remove(contexts.size() - 1);
        } else if (token == FIELD_NAME) {
            context[1] = texts.get(at);
        } else if (token != NONE && context != null && !(Boolean) context[0]) {
            context[2] = (Integer) context[2] + 1;
        }
        return token;
    }

    @Override
    protected String nextName() {
        return nextToken() == FIELD_NAME ? texts.get(at) : null;
    }

    @Override
    protected String contextName() {
        return contexts.isEmpty() ? null : (String) contexts.get(contexts.size() - 1)[1];
    }

    @Override
    protected boolean inRootObject() {
        return contexts.size() == 1;
    }

    @Override
    protected List<Object> path(boolean ofObject) {
        List<Object> steps = new ArrayList<>();
        int innermost = contexts.size() - 1;
        if (ofObject && innermost >= 0 && (Boolean) contexts.get(innermost)[0]) {
            innermost--;
        }
        for (int i = innermost; i >= 0; i--) {
            Object[] context = contexts.get(i);
            if ((Boolean) context[0] && context[1] != null) {
                steps.add(context[1]);
            } else if (!(Boolean) context[0] && (Integer) context[2] >= 0) {
                steps.add(context[2]);
            }
        }
        Collections.reverse(steps);
        return steps;
    }

    @Override
    protected String text() {
        return texts.get(at);
    }

    @Override
    protected char[] textCharacters() {
        return text().toCharArray();
    }

    @Override
    protected int textOffset() {
        return 0;
    }

    @Override
    protected int textLength() {
        return text().length();
    }

    @Override
    protected boolean isLongNumber() {
        return currentToken() == INTEGER;
    }

    @Override
    protected long longValue() {
        return Long.parseLong(text());
    }

    @Override
    protected BigDecimal decimalValue() {
        return new BigDecimal(text());
    }

    @Override
    protected void skipChildren() throws IOException {
        int depth = 0;
        do {
            int token = currentToken();
            depth += token == START_OBJECT || token == START_ARRAY ? 1 : token == END_OBJECT || token == END_ARRAY ? -1 : 0;
            if (depth > 0) {
                nextToken();
            }
        } while (depth > 0);
    }

    @Override
    public void close() {
        // Nothing to release.
    }
}
