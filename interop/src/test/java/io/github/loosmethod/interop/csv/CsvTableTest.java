package io.github.loosmethod.interop.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Real-world CSV read strictly: lines counted where records start, nothing guessed, nothing skipped. */
class CsvTableTest {

    private static CsvTable table(String text, Charset charset, char separator) throws IOException {
        return CsvTable.open(new ByteArrayInputStream(text.getBytes(charset)), charset, separator);
    }

    private static List<CsvRow> rows(CsvTable table) {
        List<CsvRow> rows = new ArrayList<>();
        table.forEach(rows::add);
        return rows;
    }

    @Test
    void a_record_is_placed_on_the_line_it_starts_even_after_line_breaks_inside_quotes() throws IOException {
        try (CsvTable table = table("a;b\r\n\"one\r\nand two\";x\r\n\r\n3;\" spaced \"\r\n", StandardCharsets.UTF_8, ';')) {
            assertThat(table.header()).containsExactly("a", "b");
            assertThat(rows(table)).extracting(CsvRow::line, CsvRow::cells, CsvRow::isAligned).containsExactly(
                    tuple(2L, List.of("one\r\nand two", "x"), true),
                    tuple(4L, List.of(""), false),
                    tuple(5L, List.of("3", " spaced "), true));
        }
    }

    @Test
    void a_cell_is_read_stripped_and_a_blank_one_is_absent() throws IOException {
        try (CsvTable table = table("a,b,c\n x ,  ,\n", StandardCharsets.UTF_8, ',')) {
            CsvRow row = rows(table).get(0);
            assertThat(row.cell("a")).hasValue("x");
            assertThat(row.cell("b")).isEmpty();
            assertThat(row.cell("c")).isEmpty();
            assertThat(row.cell("d")).isEmpty();
        }
    }

    @Test
    void bytes_of_another_charset_are_refused_at_their_line_and_offset() {
        byte[] latin = "nom\nCafé\n".getBytes(Charset.forName("windows-1252"));

        // The parser reads ahead: bytes near the header are refused as the table opens.
        CsvEncodingException e = catchThrowableOfType(CsvEncodingException.class,
                () -> CsvTable.open(new ByteArrayInputStream(latin), StandardCharsets.UTF_8, ','));

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.byteOffset()).isEqualTo(7);
        assertThat(e.charset()).isEqualTo("UTF-8");
    }

    @Test
    void bytes_of_another_charset_far_into_the_file_stop_the_rows_there() throws IOException {
        String rows = "x\n".repeat(20_000);
        byte[] latin = ("nom\n" + rows + "Café\n").getBytes(Charset.forName("windows-1252"));
        try (CsvTable table = CsvTable.open(new ByteArrayInputStream(latin), StandardCharsets.UTF_8, ',')) {
            UncheckedIOException failure = catchThrowableOfType(UncheckedIOException.class, () -> rows(table));
            assertThat(failure.getCause()).isInstanceOfSatisfying(CsvEncodingException.class, e -> {
                assertThat(e.line()).isEqualTo(20_002);
                assertThat(e.byteOffset()).isEqualTo(4 + 40_000 + 3);
            });
        }
    }

    @Test
    void a_byte_order_mark_is_skipped_and_an_empty_file_has_no_header() throws IOException {
        try (CsvTable table = table("\uFEFFnom,objet\nx,y\n", StandardCharsets.UTF_8, ',')) {
            assertThat(table.header()).containsExactly("nom", "objet");
            assertThat(rows(table).get(0).cell("nom")).isEqualTo(Optional.of("x"));
        }
        try (CsvTable empty = table("", StandardCharsets.UTF_8, ',')) {
            assertThat(empty.header()).isEmpty();
            assertThat(rows(empty)).isEmpty();
        }
    }

    @Test
    void an_unterminated_quote_stops_the_reading_with_an_error() throws IOException {
        try (CsvTable table = table("a,b\n1,2\n\"3,4\n", StandardCharsets.UTF_8, ',')) {
            List<CsvRow> read = new ArrayList<>();
            UncheckedIOException failure = catchThrowableOfType(UncheckedIOException.class, () -> table.forEach(read::add));
            assertThat(read).hasSize(1);
            assertThat(failure.getCause()).isInstanceOf(IOException.class).isNotInstanceOf(CsvEncodingException.class);
            assertThat(table.nextLine()).isEqualTo(3);
        }
    }

    @Test
    void a_byte_order_mark_before_a_quoted_name_leaves_the_name_unquoted_and_a_carriage_return_ends_a_line() throws IOException {
        try (CsvTable table = table("\uFEFF\"nom\",\"objet\"\rx,y\rz,\u00A0\r", StandardCharsets.UTF_8, ',')) {
            assertThat(table.header()).containsExactly("nom", "objet");
            List<CsvRow> rows = rows(table);
            assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 3L);
            assertThat(rows.get(1).cell("objet")).as("a non-breaking space is no value").isEmpty();
        }
        byte[] latin = "nom\rx\rCafé\r".getBytes(Charset.forName("windows-1252"));
        CsvEncodingException e = catchThrowableOfType(CsvEncodingException.class,
                () -> CsvTable.open(new ByteArrayInputStream(latin), StandardCharsets.UTF_8, ','));
        assertThat(e.line()).as("lines end at a carriage return too").isEqualTo(3);
    }

    @Test
    void a_quote_left_open_reads_no_further_than_the_longest_record() throws IOException {
        String open = "a,b\n1,\"never closed\n" + "x,y\n".repeat(CsvTable.MAX_RECORD_CHARACTERS / 4 + 8192);
        try (CsvTable table = table(open, StandardCharsets.UTF_8, ',')) {
            UncheckedIOException failure = catchThrowableOfType(UncheckedIOException.class, () -> rows(table));
            assertThat(failure.getCause()).hasMessageStartingWith("a record longer than " + CsvTable.MAX_RECORD_CHARACTERS + " characters");
        }
    }
}
