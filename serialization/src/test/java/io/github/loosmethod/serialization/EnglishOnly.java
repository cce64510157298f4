package io.github.loosmethod.serialization;

import io.github.loosmethod.interchange.Problem;

/**
 * A problem as the tests that check the English words compare it: its pointer, English message and
 * rule, the French left aside (checked by the tests of the French words).
 */
final class EnglishOnly {

    private EnglishOnly() {
    }

    static Problem of(Problem problem) {
        return new Problem(problem.pointer(), problem.message(), problem.ruleId());
    }
}
