package io.github.loosmethod.towndesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.loosmethod.initiative.InitiativeStatus;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The desk's translations of the model's codes and entity tags, without a server. */
class CodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"under_assessment", "draft", "closed"})
    void aCodeReadsAsItsConstant(String code) {
        assertThat(Codes.code(Codes.parse(InitiativeStatus.class, code, "status"))).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UNDER_ASSESSMENT", "Draft", "", "finished"})
    void anythingElseIsRefusedNamingTheParameter(String code) {
        assertThatThrownBy(() -> Codes.parse(InitiativeStatus.class, code, "status"))
                .isInstanceOfSatisfying(DeskException.class, e -> {
                    assertThat(e.problem()).isEqualTo(ProblemType.BAD_REQUEST);
                    assertThat(e.pointer()).contains("status");
                    assertThat(e.getMessage()).contains("under_assessment");
                });
    }

    @ParameterizedTest
    @CsvSource({"'\"1\"',1", "' \"42\" ',42", "'\"999999999999999999\"',999999999999999999"})
    void anEntityTagOfTheDeskGivesItsVersion(String header, long version) {
        assertThat(InitiativeController.seenVersion(Optional.of(header))).isEqualTo(version);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "*"})
    void noVersionIsAVersionRequired(String header) {
        assertThatThrownBy(() -> InitiativeController.seenVersion(Optional.of(header)))
                .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.problem()).isEqualTo(ProblemType.VERSION_REQUIRED));
        assertThatThrownBy(() -> InitiativeController.seenVersion(Optional.empty()))
                .isInstanceOf(DeskException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"W/\"1\"", "1", "\"0\"", "\"01\"", "\"1\", \"2\"", "\"1234567890123456789\"", "\"abc\""})
    void anythingElseInIfMatchIsABadRequest(String header) {
        assertThatThrownBy(() -> InitiativeController.seenVersion(Optional.of(header)))
                .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.problem()).isEqualTo(ProblemType.BAD_REQUEST));
    }
}
