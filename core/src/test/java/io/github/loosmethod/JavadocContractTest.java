package io.github.loosmethod;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loosmethod.testing.JavadocContract;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public type and member of core, and of the testkit (whose sources core's tests compile),
 * has Javadoc with its parameters, return value and exceptions.
 */
class JavadocContractTest {

    @Test
    void every_public_element_of_core_has_complete_javadoc(@TempDir Path out) throws IOException {
        assertThat(JavadocContract.findings(Path.of("src/main/java"), out)).as("doclint findings").isEmpty();
    }

    @Test
    void every_public_element_of_the_testkit_has_complete_javadoc(@TempDir Path out) throws IOException {
        assertThat(JavadocContract.findings(Path.of("../testkit/src/main/java"), out)).as("doclint findings").isEmpty();
    }
}
