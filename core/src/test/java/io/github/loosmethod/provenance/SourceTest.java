package io.github.loosmethod.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loosmethod.InvalidValueException;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A source says where a record comes from, and nothing a consumer could not follow. */
class SourceTest {

    @Test
    void a_source_holds_system_id_address_place_and_time() {
        Source source = Source.builder().withSystem("decidim.loos-en-gohelle.fr").withId("proposal-4212")
                .withUrl("https://decidim.loos-en-gohelle.fr/processes/budget/f/3/proposals/4212")
                .withFile("proposals.json").withLine(12).withPointer("/data/11").withRetrievedAt(Instant.parse("2026-11-30T09:00:00Z"))
                .build();

        assertThat(source.system()).isEqualTo("decidim.loos-en-gohelle.fr");
        assertThat(source.id()).contains("proposal-4212");
        assertThat(source.line()).contains(12);
        assertThat(Source.of("SCDL subventions", "CONV N° 2074-15")).isEqualTo(Source.builder().withSystem("SCDL subventions")
                .withId("CONV N° 2074-15").build());
    }

    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.of("system", (Supplier<Source>) () -> Source.builder().withSystem(" ").build()),
                Arguments.of("id", (Supplier<Source>) () -> Source.builder().withSystem("s").withId("").build()),
                Arguments.of("file", (Supplier<Source>) () -> Source.builder().withSystem("s").withFile("\t").build()),
                Arguments.of("url", (Supplier<Source>) () -> Source.builder().withSystem("s").withUrl("decidim.org/x").build()),
                Arguments.of("url", (Supplier<Source>) () -> Source.builder().withSystem("s").withUrl("ftp://decidim.org/x").build()),
                Arguments.of("url", (Supplier<Source>) () -> Source.builder().withSystem("s").withUrl("https://exa mple.org").build()),
                Arguments.of("line", (Supplier<Source>) () -> Source.builder().withSystem("s").withLine(0).build()),
                Arguments.of("pointer", (Supplier<Source>) () -> Source.builder().withSystem("s").withPointer("data/11").build()),
                Arguments.of("retrievedAt", (Supplier<Source>) () -> Source.builder().withSystem("s")
                        .withRetrievedAt(Instant.parse("+10000-01-01T00:00:00Z")).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void what_a_consumer_could_not_follow_is_refused_naming_the_field(String field, Supplier<Source> source) {
        assertThatThrownBy(source::get).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo(field));
    }
}
