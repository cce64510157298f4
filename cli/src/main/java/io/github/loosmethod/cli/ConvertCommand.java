package io.github.loosmethod.cli;

import io.github.loosmethod.interchange.InterchangeException;
import io.github.loosmethod.interchange.OnBadLine;
import io.github.loosmethod.interchange.PortfolioReader;
import io.github.loosmethod.interchange.Schemas;
import io.github.loosmethod.serialization.LoosJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code loos convert FILE [-o OUT]} (<em>convertir</em>): rewrites a document, or a JSON Lines
 * portfolio, of an older format version (1) in the current one, as the library reads old versions
 * into today's model and always writes today's. The input is read strictly: a document or a line
 * refused is said on stderr as {@code validate} says it, and the output is then not written at all
 * (status 1): a file given with {@code -o} is written whole or not at all, beside its place first.
 * Without {@code -o}, the converted records go to stdout as they come, a refused one left out. A
 * document already in the
 * current version is written back as it reads (its canonical form).
 */
@Command(name = "convert", sortOptions = false)
final class ConvertCommand extends LoosCommand {

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "convert.file")
    private String file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", descriptionKey = "convert.output")
    private String output = "-";

    @Option(names = "--as", paramLabel = "auto|document|portfolio", converter = Codes.AsOption.class, descriptionKey = "validate.as")
    private ValidateCommand.As as = ValidateCommand.As.AUTO;

    private long refused;

    @Override
    public Integer call() {
        LoosJson json = LoosJson.strict();
        try (Input input = open(file)) {
            try (Output out = Output.open(output, out())) {
                long records = as.isPortfolio(file) ? portfolio(json, input, out.stream()) : document(json, input, out.stream());
                out.stream().flush();
                if (refused > 0) {
                    err().println("-".equals(output) ? text(refused + " refused, left out of the output", refused + " refusé(s), absent(s) de la sortie")
                            : text("nothing written: ", "rien d'écrit : ") + refused + text(" refused", " refusé(s)"));
                    return Loos.PROBLEMS;
                }
                out.commit();
                err().println(text(records + " record(s) written in format version ", records + " fiche(s) écrite(s) dans la version ")
                        + Schemas.CURRENT_VERSION + text("", " du format"));
                return Loos.OK;
            }
        } catch (IOException | UncheckedIOException e) {
            return failed(e, file);
        }
    }

    private long document(LoosJson json, Input input, OutputStream out) throws IOException {
        byte[] bytes = input.stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, json.limits().maxDocumentLength() + 1));
        try {
            out.write(json.write(json.readDocument(bytes)));
            out.write('\n');
            return 1;
        } catch (InterchangeException e) {
            refuse(e);
            return 0;
        }
    }

    private long portfolio(LoosJson json, Input input, OutputStream out) throws IOException {
        try (Progress progress = progress(input.name(), input.size());
                PortfolioReader reader = json.portfolioReader(input.stream(), OnBadLine.collectAndContinue(this::refuse))) {
            long written = 0;
            while (reader.hasNext()) {
                Object record = reader.next();
                // To a file, nothing is kept once a line is refused; to stdout, the refused lines are left out.
                if (refused == 0 || "-".equals(output)) {
                    out.write(json.write(record));
                    out.write('\n');
                    written++;
                }
                progress.record(input.stream()::count);
            }
            return written;
        }
    }

    private void refuse(InterchangeException failure) {
        beforePrinting();
        refused++;
        Problems.TEXT.print(file, failure, locale(), err());
    }
}
