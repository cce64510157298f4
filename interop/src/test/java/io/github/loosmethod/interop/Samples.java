package io.github.loosmethod.interop;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The third-party samples beside the project ({@code ../shared/interop}, with their provenance in
 * its README): CI has them; a clone without them skips the tests that read them, unless
 * {@code -Dloos.interop.require-samples=true} says they must be there.
 */
public final class Samples {

    private Samples() {
    }

    /**
     * Returns a sample, or skips the calling test when the samples are absent and not required.
     *
     * @param relative the sample's path under the samples folder, such as {@code scdl/x.csv}
     * @return the sample's path, never null
     */
    public static Path require(String relative) {
        Path folder = Path.of(System.getProperty("loos.interop.samples", "../../shared/interop"));
        Path sample = folder.resolve(relative);
        if (Boolean.getBoolean("loos.interop.require-samples")) {
            if (!Files.isRegularFile(sample)) {
                throw new AssertionError("the sample " + sample.toAbsolutePath() + " is required (-Dloos.interop.require-samples) and absent");
            }
        } else {
            Assumptions.assumeTrue(Files.isRegularFile(sample), "no sample at " + sample.toAbsolutePath());
        }
        return sample;
    }
}
