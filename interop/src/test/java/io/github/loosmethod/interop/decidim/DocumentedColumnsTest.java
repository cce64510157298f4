package io.github.loosmethod.interop.decidim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The mapping tables of {@code docs/interop.md} name every column the Decidim CSV adapters read,
 * as the adapters declare them: a column added to an export's list and not documented fails here.
 */
class DocumentedColumnsTest {

    private static String section(String title) throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "interop.md"));
        int start = doc.indexOf("\n## " + title + "\n");
        assertThat(start).as("section %s of docs/interop.md", title).isNotNegative();
        int end = doc.indexOf("\n## ", start + 1);
        return doc.substring(start, end < 0 ? doc.length() : end);
    }

    private static List<String> named(List<String> single, List<String> translated) {
        return Stream.concat(single.stream().map(column -> "`" + column + "`"),
                translated.stream().map(text -> "`" + text + "/{loc}`")).collect(Collectors.toList());
    }

    @Test
    void the_results_table_names_every_column_the_adapter_reads() throws IOException {
        String section = section("Decidim results");

        assertThat(named(ExportColumns.RESULT_SINGLE, ExportColumns.RESULT_TRANSLATED)).allSatisfy(column -> assertThat(section).contains(column));
    }

    @Test
    void the_initiatives_table_names_every_column_the_adapter_reads() throws IOException {
        String section = section("Decidim initiatives");

        assertThat(named(ExportColumns.INITIATIVE_SINGLE, ExportColumns.INITIATIVE_TRANSLATED))
                .allSatisfy(column -> assertThat(section).contains(column));
    }
}
