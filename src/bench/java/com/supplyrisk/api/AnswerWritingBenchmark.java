package com.supplyrisk.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.supplyrisk.SupplyRiskConfig;
import com.supplyrisk.api.json.StrictJson;
import com.supplyrisk.assessment.Assessment;
import com.supplyrisk.scoring.SyntheticPlans;
import io.quarkus.runtime.configuration.MemorySize;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Writing a 1,000-option answer as JSON with the service's number format, per option: beside
 * {@link com.supplyrisk.scoring.ScoringBenchmark} it shows how much of a request the size of the answer costs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class AnswerWritingBenchmark {

    private static final int OPTIONS = 1_000;

    private ObjectMapper json;
    private Assessment answer;

    @Setup
    public void build() {
        var plans = new SyntheticPlans();
        answer = plans.model().assess(plans.plan(OPTIONS));
        json = new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        new StrictJson(new DefaultLimits()).customize(json);
    }

    @Benchmark
    @OperationsPerInvocation(OPTIONS)
    public long writeAnswer() throws IOException {
        var counted = new CountingSink();
        json.writeValue(counted, answer);
        return counted.bytes;
    }

    /** Counts what is written and keeps nothing, as a socket would. */
    private static final class CountingSink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    /** The JSON limits StrictJson reads, at their defaults. */
    private record DefaultLimits() implements SupplyRiskConfig {
        @Override
        public Scoring scoring() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Data data() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Bench bench() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Auth auth() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Simulation simulation() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Limits limits() {
            return new Limits() {
                @Override
                public int maxOptions() {
                    return 10_000;
                }

                @Override
                public int maxNestingDepth() {
                    return 32;
                }

                @Override
                public int maxNumberLength() {
                    return 100;
                }

                @Override
                public int maxConcurrentRequests() {
                    return 16;
                }

                @Override
                public int retryAfterSeconds() {
                    return 1;
                }

                @Override
                public MemorySize maxBodyBytesInFlight() {
                    return new MemorySize(BigInteger.valueOf(8L << 20));
                }
            };
        }
    }
}
