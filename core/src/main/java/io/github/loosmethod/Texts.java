package io.github.loosmethod;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the library means by a blank text, and how it shows a text taken from a record in a
 * message (<em>textes</em>).
 *
 * <p><b>Blank.</b> A text is blank when it holds nothing but white space, where white space is what
 * ECMAScript's {@code \s} matches: the characters of Unicode's space separator category (among
 * them U+00A0 no-break space and U+3000 ideographic space), tab, line feed, vertical tab, form
 * feed, carriage return, U+2028, U+2029 and U+FEFF. This is the definition of the published JSON
 * Schema's {@code \S} (JSON Schema patterns are ECMAScript regular expressions), so that the
 * library and any schema validator agree on which texts are blank. It differs from
 * {@link String#isBlank()}, which counts U+001C–U+001F as white space but not U+00A0 or U+FEFF.
 *
 * <p><b>Excerpts.</b> A text echoed in a message (an unknown code, a malformed date) may come from
 * another system: {@link #excerpt(String)} quotes it, shows every control or invisible character as
 * an escape ({@code \n}, or U+001B written as a backslash, u and its hex code), and cuts it after {@value #EXCERPT_LENGTH} characters, so
 * that a message can never forge a log line, drive a terminal, or grow with the input.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Texts {

    /** The most characters of a text shown in a message. */
    public static final int EXCERPT_LENGTH = 60;

    private Texts() {
    }

    /**
     * Tells whether a text holds nothing but white space, in ECMAScript's sense (see the class
     * comment); the empty text is blank.
     *
     * @param text the text, not null
     * @return true if every character is white space
     * @throws NullPointerException if {@code text} is null
     */
    public static boolean isBlank(CharSequence text) {
        Objects.requireNonNull(text, "text");
        for (int i = 0; i < text.length(); i++) {
            if (!isWhiteSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tells whether a character is white space in ECMAScript's sense: {@code WhiteSpace} or
     * {@code LineTerminator} of ECMA-262.
     *
     * @param c the character
     * @return true for white space
     */
    public static boolean isWhiteSpace(char c) {
        switch (c) {
            case '\t':
            case '\n':
            case '\u000B':
            case '\f':
            case '\r':
            case ' ':
            case '\u00A0':
            case '\u2028':
            case '\u2029':
            case '\uFEFF':
                return true;
            default:
                return c > 0x7F && Character.getType(c) == Character.SPACE_SEPARATOR;
        }
    }

    /**
     * Quotes a text for a message: between double quotes, control, format and other invisible
     * characters written as escapes, cut after {@value #EXCERPT_LENGTH} characters with the count
     * of what was left out.
     *
     * @param text the text, not null
     * @return the excerpt, printable, never null
     * @throws NullPointerException if {@code text} is null
     */
    public static String excerpt(String text) {
        return excerpt(text, EXCERPT_LENGTH);
    }

    /**
     * Quotes a text for a message as {@link #excerpt(String)} does, cut after another length.
     *
     * @param text the text, not null
     * @param length the most characters shown, at least 1
     * @return the excerpt, printable, never null
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if {@code length} is less than 1
     */
    public static String excerpt(String text, int length) {
        Objects.requireNonNull(text, "text");
        if (length < 1) {
            throw new IllegalArgumentException("length must be at least 1: " + length);
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), length) + 8).append('"');
        int end = escape(text, length, true, out);
        out.append('"');
        if (end < text.length()) {
            out.append(" (and ").append(text.codePointCount(end, text.length())).append(" more characters)");
        }
        return out.toString();
    }

    /**
     * Shows a whole text on one printable line: control, format and other invisible characters
     * written as escapes ({@code \n}, or a backslash, u and the hex code), everything else as it is, without quotes.
     * For a text that is already a message, such as a problem built from excerpts.
     *
     * @param text the text, not null
     * @return the printable text, never null
     * @throws NullPointerException if {@code text} is null
     */
    public static String printable(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder out = new StringBuilder(text.length());
        escape(text, Integer.MAX_VALUE, false, out);
        return out.toString();
    }

    /** Appends up to {@code max} characters, escaped; returns the index where it stopped. */
    private static int escape(String text, int max, boolean quoted, StringBuilder out) {
        int shown = 0;
        int i = 0;
        while (i < text.length() && shown < max) {
            int c = text.codePointAt(i);
            if (quoted && (c == '"' || c == '\\')) {
                out.append('\\').append((char) c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (visible(c)) {
                out.appendCodePoint(c);
            } else {
                // Lone surrogates, controls, format characters (bidi overrides among them), unassigned.
                out.append(String.format(java.util.Locale.ROOT, c > 0xFFFF ? "\\u{%X}" : "\\u%04X", c));
            }
            shown++;
            i += Character.charCount(c);
        }
        return i;
    }

    /**
     * Shows a number taken from a record in a message: its plain text when short, else cut as
     * {@link #excerpt(String)} cuts a text.
     *
     * @param value the number, not null
     * @return the text, never null
     * @throws NullPointerException if {@code value} is null
     */
    public static String number(BigDecimal value) {
        String text = value.toString();
        return text.length() <= EXCERPT_LENGTH ? text : excerpt(text);
    }

    private static boolean visible(int c) {
        switch (Character.getType(c)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
                return false;
            default:
                return true;
        }
    }
}
