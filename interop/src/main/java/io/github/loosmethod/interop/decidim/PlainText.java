package io.github.loosmethod.interop.decidim;

import io.github.loosmethod.Texts;
import java.util.Map;
import java.util.Set;

/**
 * The plain text of a rich text as Decidim stores it (<em>texte brut</em>): HTML of paragraphs,
 * line breaks, lists, links and emphasis, as its editor writes it. Tags are taken out (a block
 * ends a line), character references are decoded, runs of white space become one space and blank
 * lines go. Not an HTML parser: a {@code <} that starts no tag is text, and so is a tag or comment
 * never closed. Linear in the length of the text.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param text the plain text, possibly empty
 * @param hadMarkup whether a tag, comment or character reference was taken out or decoded
 */
record PlainText(String text, boolean hadMarkup) {

    /** Tags after which a new line starts. */
    private static final Set<String> BLOCKS = Set.of("p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "pre", "tr", "table", "hr");
    /** The named references a rich-text editor writes; others are kept as written. */
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("nbsp", "\u00A0"), Map.entry("amp", "&"),
            Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("rsquo", "\u2019"),
            Map.entry("lsquo", "\u2018"), Map.entry("rdquo", "\u201D"), Map.entry("ldquo", "\u201C"), Map.entry("laquo", "\u00AB"),
            Map.entry("raquo", "\u00BB"), Map.entry("hellip", "\u2026"), Map.entry("ndash", "\u2013"), Map.entry("mdash", "\u2014"),
            Map.entry("euro", "\u20AC"), Map.entry("eacute", "\u00E9"), Map.entry("egrave", "\u00E8"), Map.entry("ecirc", "\u00EA"),
            Map.entry("agrave", "\u00E0"), Map.entry("acirc", "\u00E2"), Map.entry("ccedil", "\u00E7"), Map.entry("ocirc", "\u00F4"),
            Map.entry("ucirc", "\u00FB"), Map.entry("ugrave", "\u00F9"), Map.entry("icirc", "\u00EE"), Map.entry("Eacute", "\u00C9"));
    /** The longest reference looked for after a {@code &}, its {@code ;} included. */
    private static final int LONGEST_REFERENCE = 12;

    /**
     * Returns the plain text of a rich text.
     *
     * @param html the text as the export has it, not null
     * @return its plain text, never null
     */
    static PlainText of(String html) {
        StringBuilder out = new StringBuilder(html.length());
        boolean markup = false;
        // Once a search for an end fails, it fails for every later start: never searched again.
        boolean tagsClose = true;
        boolean commentsClose = true;
        int i = 0;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<' && commentsClose && html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                if (end >= 0) {
                    markup = true;
                    i = end + 3;
                    continue;
                }
                commentsClose = false;
            } else if (c == '<' && tagsClose && startsTag(html, i + 1)) {
                int end = html.indexOf('>', i + 1);
                if (end >= 0) {
                    markup = true;
                    if (BLOCKS.contains(tagName(html, i + 1, end))) {
                        out.append('\n');
                    }
                    i = end + 1;
                    continue;
                }
                tagsClose = false;
            } else if (c == '&') {
                int end = semicolon(html, i + 1);
                if (end > i + 1) {
                    String decoded = reference(html.substring(i + 1, end));
                    if (decoded != null) {
                        markup = true;
                        out.append(decoded);
                        i = end + 1;
                        continue;
                    }
                }
            }
            out.append(c);
            i++;
        }
        return new PlainText(tidy(out), markup);
    }

    /** The {@code ;} ending a reference that starts at {@code from}, or -1 when none is near. */
    private static int semicolon(String html, int from) {
        for (int j = from; j < html.length() && j - from < LONGEST_REFERENCE; j++) {
            if (html.charAt(j) == ';') {
                return j;
            }
        }
        return -1;
    }

    private static boolean startsTag(String html, int at) {
        int first = at < html.length() && html.charAt(at) == '/' ? at + 1 : at;
        return first < html.length() && isAsciiLetter(html.charAt(first));
    }

    private static String tagName(String html, int from, int end) {
        int start = html.charAt(from) == '/' ? from + 1 : from;
        int stop = start;
        while (stop < end && (isAsciiLetter(html.charAt(stop)) || Character.isDigit(html.charAt(stop)))) {
            stop++;
        }
        return html.substring(start, stop).toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** The text of a character reference, or null when it is none this decodes. */
    private static String reference(String name) {
        if (name.startsWith("#")) {
            boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
            String digits = name.substring(hex ? 2 : 1);
            if (digits.isEmpty() || !digits.chars().allMatch(d -> hex ? Character.digit(d, 16) >= 0 && d < 128 : d >= '0' && d <= '9')) {
                return null;
            }
            long code = Long.parseLong(digits, hex ? 16 : 10);
            // A surrogate alone, NUL or beyond Unicode is no character: kept as written.
            if (code <= 0 || code > Character.MAX_CODE_POINT || code >= Character.MIN_SURROGATE && code <= Character.MAX_SURROGATE) {
                return null;
            }
            return new String(Character.toChars((int) code));
        }
        return NAMED.get(name);
    }

    /** Lines stripped, runs of white space one space, blank lines gone. */
    private static String tidy(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        StringBuilder line = new StringBuilder();
        boolean space = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c == '\n' || c == '\r') {
                if (!line.isEmpty()) {
                    if (!out.isEmpty()) {
                        out.append('\n');
                    }
                    out.append(line);
                }
                line.setLength(0);
                space = false;
            } else if (Texts.isWhiteSpace(c) || Character.isWhitespace(c)) {
                space = !line.isEmpty();
            } else {
                if (space) {
                    line.append(' ');
                    space = false;
                }
                line.append(c);
            }
        }
        return out.toString();
    }
}
