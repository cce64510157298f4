/**
 * For host systems' tests: the worked cases of the Loos method as ready-made records, seeded
 * generators of valid initiatives and evaluations, and generators that break one named rule or
 * invariant at a time. Never needed at run time.
 */
module io.github.loosmethod.testkit {
    requires transitive io.github.loosmethod.core;

    exports io.github.loosmethod.testkit;
    exports io.github.loosmethod.testkit.cases;
}
