package io.github.loosmethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.loosmethod.actor.Actor;
import io.github.loosmethod.actor.ActorKind;
import io.github.loosmethod.actor.Territory;
import io.github.loosmethod.evaluation.Catalogue;
import io.github.loosmethod.evaluation.EvaluationCriterion;
import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.testkit.cases.EmileBaslyPlayground;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Blank texts and excerpts: the library must call blank exactly what the published JSON Schema
 * calls blank (its patterns are ECMAScript regular expressions), and a text from a record echoed in
 * a message must never forge a log line or drive a terminal.
 */
class TextsTest {

    /**
     * ECMAScript's {@code \s} (ECMA-262, WhiteSpace and LineTerminator): tab, vertical tab, form
     * feed, U+FEFF, every space separator of Unicode (Zs: U+0020, U+00A0, U+1680, U+2000–U+200A,
     * U+202F, U+205F, U+3000), line feed, carriage return, U+2028 and U+2029. Written out here
     * rather than asked of the JDK, whose own notions of white space differ.
     */
    private static final Set<Character> ECMASCRIPT_WHITE_SPACE = Set.of('\t', '\u000B', '\f', '\uFEFF', ' ', '\u00A0', '\u1680',
            '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200A',
            '\u202F', '\u205F', '\u3000', '\n', '\r', '\u2028', '\u2029');

    @Test
    void white_space_is_exactly_what_ecmascript_s_matches() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            boolean expected = ECMASCRIPT_WHITE_SPACE.contains((char) c);
            assertThat(Texts.isWhiteSpace((char) c)).as("U+%04X", c).isEqualTo(expected);
            assertThat(Texts.isBlank(String.valueOf((char) c))).as("U+%04X alone", c).isEqualTo(expected);
        }
    }

    @Test
    void no_break_and_other_unicode_spaces_are_blank_while_separators_and_invisible_characters_are_not() {
        for (String blank : List.of("", "\u00A0", "\uFEFF", "\u3000", "\u2028", "\u2029", " \t\n\u000B\f\r", "\u00A0\u3000\uFEFF")) {
            assertThat(Texts.isBlank(blank)).as("\"%s\"", Texts.printable(blank)).isTrue();
        }
        // String.isBlank counts the information separators U+001C–U+001F as white space; ECMAScript does not.
        for (String text : List.of("\u001C", "\u001D", "\u001E", "\u001F", "\u0085", "\u200B", "\u00A0x\u00A0", "\u180E")) {
            assertThat(Texts.isBlank(text)).as("\"%s\"", Texts.printable(text)).isFalse();
        }
    }

    @Test
    void a_title_of_only_a_no_break_space_is_refused() {
        InvalidValueException direct = catchThrowableOfType(InvalidValueException.class,
                () -> InvalidValueException.requireNonBlank("title", "\u00A0"));
        InvalidValueException title = catchThrowableOfType(InvalidValueException.class,
                () -> Initiative.builder().from(EmileBaslyPlayground.draft()).withTitle("\u00A0\u3000").build());

        assertThat(direct).isNotNull();
        assertThat(direct.field()).isEqualTo("title");
        assertThat(title).isNotNull();
        assertThat(title.field()).isEqualTo("title");
        assertThat(title.getMessage()).contains("must not be blank");
        // A text that holds one visible character among them is not blank, whatever it is.
        assertThat(InvalidValueException.requireNonBlank("title", "\u00A0\u001C")).isEqualTo("\u00A0\u001C");
    }

    @Test
    void an_excerpt_shows_control_and_format_characters_as_escapes() {
        assertThat(Texts.excerpt("line one\nline two")).isEqualTo("\"line one\\nline two\"");
        assertThat(Texts.excerpt("\u001B[2J\u001B[31mred")).isEqualTo("\"\\u001B[2J\\u001B[31mred\"");
        // The right-to-left override would make "exe.txt" read as "txt.exe".
        assertThat(Texts.excerpt("invoice\u202Etxt.exe")).isEqualTo("\"invoice\\u202Etxt.exe\"");
        assertThat(Texts.excerpt("tab\there\r")).isEqualTo("\"tab\\there\\r\"");
        assertThat(Texts.excerpt("say \"hi\" \\o/")).isEqualTo("\"say \\\"hi\\\" \\\\o/\"");
        assertThat(Texts.excerpt("cour d'école \uD83C\uDF3B")).isEqualTo("\"cour d'école \uD83C\uDF3B\"");
    }

    @Test
    void an_excerpt_is_cut_after_sixty_characters_with_the_count_of_the_rest() {
        String sixty = "x".repeat(60);

        assertThat(Texts.excerpt(sixty)).isEqualTo("\"" + sixty + "\"");
        assertThat(Texts.excerpt(sixty + "y")).isEqualTo("\"" + sixty + "\" (and 1 more characters)");
        assertThat(Texts.excerpt("x".repeat(100))).isEqualTo("\"" + sixty + "\" (and 40 more characters)");
        // Characters, not UTF-16 units: a flower outside the Basic Multilingual Plane is one.
        String flowers = "\uD83C\uDF3B".repeat(61);
        assertThat(Texts.excerpt(flowers)).isEqualTo("\"" + "\uD83C\uDF3B".repeat(60) + "\" (and 1 more characters)");
        // An escape counts as the one character it stands for.
        assertThat(Texts.excerpt("\n".repeat(61))).isEqualTo("\"" + "\\n".repeat(60) + "\" (and 1 more characters)");
    }

    @Test
    void an_excerpt_may_be_cut_after_one_character_but_not_before() {
        assertThat(Texts.excerpt("abc", 1)).isEqualTo("\"a\" (and 2 more characters)");
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> Texts.excerpt("abc", 0)))
                .hasMessage("length must be at least 1: 0");
    }

    @Test
    void an_invisible_character_is_escaped_with_four_hex_digits_in_the_basic_plane_and_braces_past_it() {
        // U+FFFF, the last of the Basic Multilingual Plane, is a noncharacter; U+E0001 is a format character past it.
        assertThat(Texts.excerpt("a\uFFFFb")).isEqualTo("\"a\\uFFFFb\"");
        assertThat(Texts.excerpt("a\uDB40\uDC01b")).isEqualTo("\"a\\u{E0001}b\"");
        assertThat(Texts.printable("\uDB40\uDC01")).isEqualTo("\\u{E0001}");
    }

    @Test
    void a_printable_text_escapes_what_is_invisible_but_leaves_quotes_and_backslashes_alone() {
        assertThat(Texts.printable("say \"hi\" \\o/\n\u202E")).isEqualTo("say \"hi\" \\o/\\n\\u202E");
        assertThat(Texts.printable("x".repeat(100))).isEqualTo("x".repeat(100));
        assertThat(Texts.printable("")).isEmpty();
    }

    @Test
    void a_number_is_shown_plain_up_to_sixty_characters_and_cut_past_them() {
        java.math.BigDecimal sixty = new java.math.BigDecimal("1".repeat(60));
        java.math.BigDecimal sixtyOne = new java.math.BigDecimal("1".repeat(61));

        assertThat(Texts.number(sixty)).isEqualTo("1".repeat(60));
        assertThat(Texts.number(sixtyOne)).isEqualTo("\"" + "1".repeat(60) + "\" (and 1 more characters)");
        assertThat(Texts.number(new java.math.BigDecimal("-2.50"))).isEqualTo("-2.50");
    }

    static Stream<Arguments> refusedTexts() {
        String hostile = "\n\u001B[2J\u001B[31mFAKE LOG LINE\r\n\u202E";
        Actor pupil = Actor.of("p1\n\u001B", "Pupil", ActorKind.RESIDENT);
        return Stream.of(
                Arguments.of("a blank title with a line feed", (Runnable) () -> InvalidValueException.requireNonBlank("title",
                        " \n\t\r\n "), "title"),
                Arguments.of("a country that is no code", (Runnable) () -> Territory.of("62528", "Loos", "F" + hostile,
                        ZoneId.of("Europe/Paris")), "country"),
                Arguments.of("a criterion code that is no code", (Runnable) () -> EvaluationCriterion.builder()
                        .from(Catalogue.LOOS_PRINCIPLES.criteria().get(0)).withCode("LP" + hostile).build(), "code"),
                Arguments.of("an id repeated", (Runnable) () -> InvalidValueException.requireDistinct("applicants",
                        List.of(pupil, pupil), Actor::id), "applicants"),
                Arguments.of("a minor responsible for itself", (Runnable) () -> Actor.minor("m" + hostile, "Pupil",
                        ActorKind.RESIDENT, "m" + hostile), "responsibleActorId"),
                Arguments.of("a long text", (Runnable) () -> Territory.of("62528", "Loos", hostile.repeat(40),
                        ZoneId.of("Europe/Paris")), "country"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTexts")
    void a_refused_text_is_never_echoed_raw_in_the_message(String what, Runnable construction, String field) {
        InvalidValueException refused = catchThrowableOfType(InvalidValueException.class, construction::run);

        assertThat(refused).as(what).isNotNull();
        assertThat(refused.field()).isEqualTo(field);
        for (String raw : List.of("\n", "\r", "\u001B", "\u202E")) {
            assertThat(refused.getMessage()).as("%s: %s", what, Texts.printable(refused.getMessage())).doesNotContain(raw);
            assertThat(refused.value()).as(what).doesNotContain(raw);
        }
        // However long the input, the message stays short.
        assertThat(refused.getMessage().length()).as(what).isLessThan(400);
    }
}
