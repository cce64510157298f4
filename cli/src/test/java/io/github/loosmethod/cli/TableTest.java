package io.github.loosmethod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TableTest {

    private static String print(Table table) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        table.print(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void columns_align_on_what_a_terminal_shows_not_on_utf_16_units() {
        Table table = new Table("name", "n")
                .row("Fête", 1)                  // é precomposed: one code point, one column
                .row("Fe\u0301te", 22)           // e and a combining acute accent: two code points, one column
                .row("\uD834\uDD1E clef", 333)   // G clef, outside the BMP: two UTF-16 units, one column
                .row("公园", 4444);               // wide characters: two columns each

        assertThat(print(table).lines()).containsExactly(
                "  " + "name  " + "  " + "   n",
                "  " + "------------",
                "  " + "Fête  " + "  " + "   1",
                "  " + "Fe\u0301te  " + "  " + "  22",
                "  " + "\uD834\uDD1E clef" + "  " + " 333",
                "  " + "公园  " + "  " + "4444");
    }

    @Test
    void figures_go_right_words_left() {
        Table table = new Table("criterion", "score").row("durability", "66.67/100").row("overall", "—");

        assertThat(print(table).lines()).containsExactly(
                "  criterion       score",
                "  ---------------------",
                "  durability  66.67/100",
                "  overall             —");
    }
}
