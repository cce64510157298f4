package io.github.loosmethod.benchmarks;

import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.validation.ValidationReport;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Validation alone, and its growth with the number of commitments of the convention. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ValidationBenchmarks {

    /** Number of commitments of the convention. */
    @Param({"10", "100", "1000"})
    public int commitments;

    private Initiative initiative;

    /** Builds the initiative. */
    @Setup
    public void prepare() {
        initiative = Inputs.withCommitments(commitments);
    }

    /** Validates the initiative against every rule. @return the report */
    @Benchmark
    public ValidationReport validate() {
        return initiative.validate();
    }
}
