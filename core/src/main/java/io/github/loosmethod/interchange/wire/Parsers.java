package io.github.loosmethod.interchange.wire;

import io.github.loosmethod.interchange.ReadLimits;
import io.github.loosmethod.Texts;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parser's errors in the format's own words: where (line and column), what, and the offending
 * characters escaped. Jackson's messages (the same words in Jackson 2 and 3) name its internals
 * ({@code [Source: REDACTED …]}, {@code StreamReadConstraints.getMaxStringLength()}) and echo
 * input unescaped; none of that reaches a problem. The backends hand over the parser's message,
 * location and kind of error; the words are chosen here, once for both.
 */
public final class Parsers {


    private static final Pattern TOKEN = Pattern.compile("Unrecognized token '(.*)': was expecting.*", Pattern.DOTALL);
    private static final Pattern CHARACTER = Pattern.compile("Unexpected character \\((.*?) \\(code (\\d+)(?: / 0x\\p{XDigit}+)?\\)\\)(.*)",
            Pattern.DOTALL);
    /** Jackson 2 and 3 word this differently: "in field name: 0xdd80", "in field name (DD80) without …". */
    private static final Pattern SURROGATE = Pattern.compile("^Unexpected (low|high) surrogate in field name\\W+(?:0x)?(\\p{XDigit}{4})");
    /** The part of an "unexpected character" message that names the character. */
    private static final Pattern CHARACTER_NAMED = Pattern.compile("^Unexpected character \\((.*?) \\(code (\\d+)(?: / 0x\\p{XDigit}+)?\\)\\)");
    private static final Pattern NO_COUNTERPART = Pattern.compile(
            "^(Expected space separating root-level values|in numeric value: Cannot parse number with more than one decimal point)$");
    private static final Pattern CONTROL = Pattern.compile("^Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern SOURCE = Pattern.compile("\\s*\\(?(at )?\\[Source: [^\\]]*\\]\\)?");

    private Parsers() {
    }

    /**
     * Describes malformed JSON.
     *
     * @param original the parser's message without its location, or null
     * @param line the line of the error, from 1, or less than 1 if unknown
     * @param column the column of the error
     * @param endOfInput whether the parser reports the input ended early
     * @return the description, never null
     */
    public static Message malformed(String original, int line, int column, boolean endOfInput) {
        return line < 1 ? Message.of("read.json.malformed", what(original, endOfInput))
                : Message.of("read.json.malformedAt", line, column, what(original, endOfInput));
    }

    /**
     * Describes malformed JSON in a document, placed by the characters of the document rather than
     * by the parser's count. Jackson 2 and 3 count columns in bytes, and each places some errors
     * one character past the offending one or names a character by one byte of its encoding, each
     * in other cases; so the line and column (in characters, from 1) are counted here from the
     * parser's byte offset, moved back to the start of the character the message names, and the
     * message names the character the document holds there. Both backends so report the same.
     *
     * @param original the parser's message without its location, or null
     * @param json the document's bytes, valid UTF-8, not null
     * @param offset where the document starts in {@code json}
     * @param length its length
     * @param byteOffset the parser's byte offset of the error, from {@code offset}, or negative if unknown
     * @param endOfInput whether the parser reports the input ended early
     * @return the description, never null
     */
    public static Message malformed(String original, byte[] json, int offset, int length, long byteOffset, boolean endOfInput) {
        if (byteOffset < 0) {
            return malformed(original, 0, 0, endOfInput);
        }
        int at = offset + (int) Math.min(byteOffset, length);
        int end = offset + length;
        String message = original;
        int named = namedCharacter(original);
        if (named >= 0 && at < end) {
            at = sequenceStart(json, offset, at);
            if (codePoint(json, at, end) != named && named < 0x80 && at > offset) {
                // Placed one character past the one it names.
                int previous = sequenceStart(json, offset, at - 1);
                if (codePoint(json, previous, end) == named) {
                    at = previous;
                }
            }
            int found = codePoint(json, at, end);
            if (found != named && named >= 0x80) {
                message = CHARACTER_NAMED.matcher(original).replaceFirst(java.util.regex.Matcher.quoteReplacement(
                        "Unexpected character ('" + new String(Character.toChars(found)) + "' (code " + found + "))"));
            }
        }
        Matcher token = original == null ? null : TOKEN.matcher(original);
        if (token != null && token.matches() && !token.group(1).isEmpty()) {
            at = wordStart(json, offset, end, Math.min(at, end - 1), word(token.group(1)));
        }
        int line = 1;
        int lineStart = offset;
        for (int i = offset; i < at; i++) {
            // A line ends at a line feed, a carriage return, or both, as the parsers count lines.
            if (json[i] == '\n' || json[i] == '\r' && (i + 1 == end || json[i + 1] != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1;
        for (int i = lineStart; i < at; i++) {
            if ((json[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return malformed(message, line, column, endOfInput);
    }

    /**
     * Where an unknown word starts: parsers place it at its start, its end, or where they gave up
     * reading it, each version its own way; the nearest start of the word at or before that place is
     * where it is, for all.
     */
    private static int wordStart(byte[] json, int offset, int end, int at, String word) {
        byte[] bytes = word.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int start = at; start >= offset && at - start <= 4 * MAX_WORD; start--) {
            boolean starts = start + bytes.length <= end;
            for (int i = 0; starts && i < bytes.length; i++) {
                starts = json[start + i] == bytes[i];
            }
            if (starts && (start == offset || !isLetter(json[start - 1]))) {
                return start;
            }
        }
        return at;
    }

    /** The longest unknown word Jackson quotes, in characters: the search for its start goes no further. */
    private static final int MAX_WORD = 262;

    private static boolean isLetter(byte b) {
        return (b | 0x20) >= 'a' && (b | 0x20) <= 'z';
    }

    /** What both parsers read of an unknown word: its letters, or its first character. */
    private static String word(String token) {
        int letters = 0;
        while (letters < token.length() && (token.charAt(letters) | 0x20) >= 'a' && (token.charAt(letters) | 0x20) <= 'z') {
            letters++;
        }
        return letters > 0 ? token.substring(0, letters) : token.isEmpty() ? token : token.substring(0, token.offsetByCodePoints(0, 1));
    }

    /** The code point a message names as unexpected or illegal, or -1. */
    private static int namedCharacter(String message) {
        if (message == null) {
            return -1;
        }
        Matcher character = CHARACTER.matcher(message);
        if (character.matches()) {
            return Integer.parseInt(character.group(2));
        }
        Matcher control = CONTROL.matcher(message);
        return control.find() ? Integer.parseInt(control.group(1)) : -1;
    }

    private static int sequenceStart(byte[] json, int offset, int at) {
        while (at > offset && (json[at] & 0xC0) == 0x80) {
            at--;
        }
        return at;
    }

    private static int codePoint(byte[] json, int at, int end) {
        if (at >= end) {
            return -1;
        }
        int first = json[at] & 0xFF;
        int length = first < 0x80 ? 1 : first < 0xE0 ? 2 : first < 0xF0 ? 3 : 4;
        return new String(json, at, Math.min(length, end - at), java.nio.charset.StandardCharsets.UTF_8).codePointAt(0);
    }

    private static Message what(String original, boolean endOfInput) {
        // Jackson 3 says "property name" where Jackson 2 said "field name": the format says field.
        String message = original == null ? "" : original.replace("property name", "field name");
        if (endOfInput || message.startsWith("Unexpected end-of-input")) {
            return Message.of("read.json.endOfInput");
        }
        Matcher surrogate = SURROGATE.matcher(message);
        if (surrogate.find()) {
            return Message.of("read.json.surrogateInName", "\\u" + surrogate.group(2).toUpperCase(java.util.Locale.ROOT));
        }
        Matcher token = TOKEN.matcher(message);
        if (token.matches()) {
            // Where the word ends is each parser's own: Jackson 2 reads on to a delimiter, Jackson 3
            // stops earlier. Its letters (or its first character) are what both read.
            return Message.of("read.json.unknownWord", Texts.excerpt(word(token.group(1))));
        }
        Matcher character = CHARACTER.matcher(message);
        if (character.matches()) {
            int code = Integer.parseInt(character.group(2));
            // Each backend alone adds one of these where the other says nothing more: after a value
            // at the root ("1x", Jackson 2), after a second decimal point ("1.2.3", Jackson 3).
            String rest = clean(NO_COUNTERPART.matcher(character.group(3).replaceFirst("^[:;,]?\\s*", "")).replaceFirst(""));
            String shown = Texts.excerpt(new String(Character.toChars(code))) + String.format(" (U+%04X)", code);
            // What the parser expected is in its own words, English only, in both languages' texts.
            return rest.isEmpty() ? Message.of("read.json.character", shown)
                    : Message.of("read.json.characterExpecting", shown, rest);
        }
        Matcher control = CONTROL.matcher(message);
        if (control.find()) {
            return Message.of("read.json.control", String.format("U+%04X", Integer.parseInt(control.group(1))));
        }
        if (message.startsWith("Illegal unquoted character")) {
            return Message.of("read.json.controlInString");
        }
        if (message.startsWith("Unexpected close marker")) {
            return Message.of("read.json.closing");
        }
        if (message.startsWith("Unrecognized character escape")) {
            return Message.of("read.json.escape");
        }
        if (message.startsWith("Leading zeroes not allowed") || message.startsWith("Invalid numeric value")) {
            return Message.of("read.json.number", clean(message));
        }
        if (message.startsWith("Non-standard token")) {
            return Message.of("read.json.nonFinite");
        }
        // A message of the parser this reader does not know: its own words, cleaned, in both languages.
        return Message.of("read.json.other", clean(message));
    }

    /**
     * Describes a read limit exceeded, with the limit this reader enforces.
     *
     * @param original the parser's message without its location, or null
     * @param limits the limits of the reader, not null
     * @return the description, never null
     */
    public static Message limit(String original, ReadLimits limits) {
        String message = original == null ? "" : original;
        if (message.contains("getMaxNestingDepth")) {
            return Message.of("read.limit.depth", limits.maxNestingDepth());
        }
        if (message.contains("getMaxStringLength")) {
            return Message.of("read.limit.string", limits.maxStringLength());
        }
        if (message.contains("getMaxNumberLength")) {
            return Message.of("read.limit.number", limits.maxNumberLength());
        }
        if (message.contains("getMaxNameLength")) {
            return Message.of("read.limit.name", limits.maxNameLength());
        }
        if (message.contains("getMaxDocumentLength")) {
            return Message.of("read.limit.document", limits.maxDocumentLength());
        }
        return Message.of("read.limit.other", clean(message));
    }

    /**
     * Jackson's own words, without its source excerpts and internal names, on one line, escaped:
     * from the first clause that names one of its settings in back quotes ("enable
     * `JsonReadFeature.X` to allow"), the message is cut, since a reader of the format has no
     * such setting.
     */
    private static String clean(String message) {
        String cleaned = SOURCE.matcher(message).replaceAll("").replaceAll("\\s*\\n.*", "");
        int quote = cleaned.indexOf('`');
        if (quote >= 0) {
            int clause = Math.max(Math.max(cleaned.lastIndexOf(':', quote), cleaned.lastIndexOf('(', quote)),
                    Math.max(cleaned.lastIndexOf(';', quote), cleaned.lastIndexOf(',', quote)));
            cleaned = cleaned.substring(0, Math.max(clause, 0));
        }
        String excerpt = Texts.excerpt(cleaned.strip(), 200);
        return excerpt.substring(1, excerpt.lastIndexOf('"'));
    }

    /**
     * The longest text a backend's parser is told to accept. The parser counts texts in UTF-16
     * units, two for a character outside the Basic Multilingual Plane; the limits are in
     * characters, as the schema's {@code maxLength} counts them. The parser is therefore given
     * twice the limit, and the reader counts the characters of a longer text itself.
     *
     * @param limits the reader's limits, not null
     * @return the parser's limit, in UTF-16 units
     */
    public static int parserStringLength(ReadLimits limits) {
        return (int) Math.min(Integer.MAX_VALUE, 2L * limits.maxStringLength());
    }

    /**
     * The longest field name a backend's parser is told to accept: the parser counts names in
     * UTF-8 bytes, up to four for a character, so it is given four times the limit in characters,
     * and the reader counts the characters of a longer name itself.
     *
     * @param limits the reader's limits, not null
     * @return the parser's limit, in bytes
     */
    public static int parserNameLength(ReadLimits limits) {
        return (int) Math.min(Integer.MAX_VALUE, 4L * limits.maxNameLength());
    }
}
