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
    public static String malformed(String original, int line, int column, boolean endOfInput) {
        String where = line < 1 ? "" : " at line " + line + ", column " + column;
        return "malformed JSON" + where + ": " + what(original, endOfInput);
    }

    private static String what(String original, boolean endOfInput) {
        String message = original == null ? "" : original;
        if (endOfInput || message.startsWith("Unexpected end-of-input")) {
            return "the document ends before every object, array or string it opens is closed";
        }
        Matcher token = TOKEN.matcher(message);
        if (token.matches()) {
            return "unknown word " + Texts.excerpt(token.group(1))
                    + " (a value is a string in double quotes, a number, true, false, null, an object or an array)";
        }
        Matcher character = CHARACTER.matcher(message);
        if (character.matches()) {
            int code = Integer.parseInt(character.group(2));
            String rest = clean(character.group(3).replaceFirst("^[:;,]?\\s*", ""));
            String expected = rest.isEmpty() ? "" : "; " + rest;
            return "unexpected character " + Texts.excerpt(new String(Character.toChars(code))) + String.format(" (U+%04X)", code)
                    + expected;
        }
        Matcher control = CONTROL.matcher(message);
        if (control.find()) {
            return "a control character (" + String.format("U+%04X", Integer.parseInt(control.group(1)))
                    + ") where only spaces, tabs and line breaks may stand between values";
        }
        if (message.startsWith("Illegal unquoted character")) {
            return "a control character inside a string must be written as an escape, such as \\n or \\u0007";
        }
        if (message.startsWith("Unexpected close marker")) {
            return "a closing bracket or brace does not match the one opened";
        }
        if (message.startsWith("Unrecognized character escape")) {
            return "unknown escape in a string; JSON knows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX";
        }
        if (message.startsWith("Leading zeroes not allowed") || message.startsWith("Invalid numeric value")) {
            return "malformed number: " + clean(message);
        }
        if (message.startsWith("Non-standard token")) {
            return "NaN and Infinity are not JSON numbers";
        }
        return clean(message);
    }

    /**
     * Describes a read limit exceeded, with the limit this reader enforces.
     *
     * @param original the parser's message without its location, or null
     * @param limits the limits of the reader, not null
     * @return the description, never null
     */
    public static String limit(String original, ReadLimits limits) {
        String message = original == null ? "" : original;
        if (message.contains("getMaxNestingDepth")) {
            return "nests objects and arrays deeper than the limit of " + limits.maxNestingDepth() + " levels";
        }
        if (message.contains("getMaxStringLength")) {
            return "is longer than the limit of " + limits.maxStringLength() + " characters";
        }
        if (message.contains("getMaxNumberLength")) {
            return "is a number longer than the limit of " + limits.maxNumberLength() + " characters";
        }
        if (message.contains("getMaxNameLength")) {
            return "a field name is longer than the limit of " + limits.maxNameLength() + " characters";
        }
        if (message.contains("getMaxDocumentLength")) {
            return "the document is longer than the limit of " + limits.maxDocumentLength() + " bytes";
        }
        return "exceeds a read limit of the format (" + clean(message) + ")";
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
