package io.github.loosmethod.serialization;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.github.loosmethod.Texts;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's parse errors in the format's own words: where (line and column), what, and the
 * offending characters escaped. Jackson's messages name its internals ({@code [Source: REDACTED
 * …]}, {@code StreamReadConstraints.getMaxStringLength()}) and echo input unescaped; none of that
 * reaches a problem.
 */
final class JacksonErrors {

    private static final Pattern TOKEN = Pattern.compile("Unrecognized token '(.*)': was expecting.*", Pattern.DOTALL);
    private static final Pattern CHARACTER = Pattern.compile("Unexpected character \\((.*?) \\(code (\\d+)(?: / 0x\\p{XDigit}+)?\\)\\)(.*)",
            Pattern.DOTALL);
    private static final Pattern CONTROL = Pattern.compile("^Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern SOURCE = Pattern.compile("\\s*\\(?(at )?\\[Source: [^\\]]*\\]\\)?");

    private JacksonErrors() {
    }

    /** Describes malformed JSON. */
    static String malformed(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        String where = location == null || location.getLineNr() < 1 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return "malformed JSON" + where + ": " + what(e);
    }

    private static String what(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof JsonEOFException || message.startsWith("Unexpected end-of-input")) {
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

    /** Describes a read limit exceeded, with the limit this reader enforces. */
    static String limit(StreamConstraintsException e, ReadLimits limits) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
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
}
