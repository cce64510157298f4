package io.github.loosmethod.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.serialization.LoosJson;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What every table import promises, whatever the bytes: it never throws, every record is either
 * built — valid, and read back by the strict reader — or refused with an entry saying why, every
 * entry says why in both languages, and the summary counts them all. The fuzz targets of the
 * table adapters share it.
 */
public final class TableFuzzing {

    private static final Charset[] CHARSETS = {StandardCharsets.UTF_8, Charset.forName("windows-1252"), StandardCharsets.UTF_16LE};
    private static final char[] SEPARATORS = {';', ',', '\t'};
    private static final LoosJson JSON = LoosJson.strict();

    /** An import of one file, as an adapter's {@code read} does it. */
    @FunctionalInterface
    public interface Import {
        /**
         * Imports a file.
         *
         * @param file the file
         * @param charset its declared charset
         * @param separator its declared separator
         * @param each receives each record
         * @return the counts
         */
        ImportSummary read(Path file, Charset charset, char separator, Consumer<ImportedRecord> each);
    }

    private TableFuzzing() {
    }

    /** How many charsets, and separators, the fuzzer chooses from. */
    public static final int CHOICES = 3;

    /**
     * Writes the fuzzer's bytes to a file, imports it in the charset and with the separator the
     * fuzzer chose, and checks every promise.
     *
     * @param charsetChoice which charset, from 0 to {@link #CHOICES} - 1: UTF-8, Windows-1252, UTF-16LE
     * @param separatorChoice which separator, from 0 to {@link #CHOICES} - 1: {@code ;}, {@code ,}, tab
     * @param input the file's bytes
     * @param name the file's name
     * @param importer the adapter's import
     * @throws Exception if the file cannot be written
     */
    public static void check(int charsetChoice, int separatorChoice, byte[] input, String name, Import importer) throws Exception {
        Charset charset = CHARSETS[charsetChoice];
        char separator = SEPARATORS[separatorChoice];
        Path folder = Files.createTempDirectory("loos-fuzz");
        Path file = folder.resolve(name);
        try {
            Files.write(file, input);
            List<ImportedRecord> records = new ArrayList<>();

            ImportSummary summary = importer.read(file, charset, separator, records::add);

            assertThat(summary.records()).isEqualTo(records.size());
            assertThat(summary.built() + summary.refused()).isEqualTo(records.size());
            for (ImportedRecord record : records) {
                if (record.built()) {
                    assertThat(record.losses()).noneMatch(loss -> loss.category() == LossCategory.REFUSED_RECORD);
                    Initiative initiative = record.initiative().get();
                    assertThat(record.validation().isValid()).isTrue();
                    assertThat(JSON.read(JSON.write(initiative), Initiative.class)).isEqualTo(initiative);
                } else {
                    assertThat(record.losses()).anyMatch(loss -> loss.category() == LossCategory.REFUSED_RECORD);
                }
                assertThat(record.losses()).allSatisfy(loss -> {
                    assertThat(loss.message().english()).isNotBlank();
                    assertThat(loss.message().french()).isNotBlank();
                });
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        }
    }
}
