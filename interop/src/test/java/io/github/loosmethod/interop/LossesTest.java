package io.github.loosmethod.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loosmethod.LocalizedText;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LossesTest {

    @Test
    void aMessageQuotingAnUnpairedSurrogateReplacesIt() {
        // The fuzzer's finding: a Decidim field name of malformed UTF-8 quoted by the message of its loss.
        LocalizedText text = Losses.text("interop.decidim.unknownKey", "slug\uDD52x");

        assertThat(text.in(Locale.ENGLISH)).contains("slug\uFFFDx").doesNotContain("\uDD52");
        assertThat(text.in(Locale.FRENCH)).contains("slug\uFFFDx");
    }

    @Test
    void onlyUnpairedSurrogatesAreReplaced() {
        String plain = "plain";
        assertThat(Losses.wellFormed(plain)).isSameAs(plain);  // a text with no surrogate is not copied
        assertThat(Losses.wellFormed("tree \uD83C\uDF33")).isEqualTo("tree \uD83C\uDF33");
        assertThat(Losses.wellFormed("\uDF33\uD83C")).isEqualTo("\uFFFD\uFFFD");
        assertThat(Losses.wellFormed("a\uD83Cb\uD83C\uDF33c\uDF33")).isEqualTo("a\uFFFDb\uD83C\uDF33c\uFFFD");
        assertThat(Losses.wellFormed("end\uD83C")).isEqualTo("end\uFFFD");
    }
}
