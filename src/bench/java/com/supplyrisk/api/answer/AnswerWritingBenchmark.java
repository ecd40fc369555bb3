package com.supplyrisk.api.answer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import com.supplyrisk.SupplyRiskConfig;
import com.supplyrisk.api.json.StrictJson;
import com.supplyrisk.assessment.Assessment;
import com.supplyrisk.assessment.BreakEven;
import com.supplyrisk.assessment.InputSensitivity;
import com.supplyrisk.assessment.OptionAssessment;
import com.supplyrisk.scoring.SyntheticPlans;
import io.quarkus.runtime.configuration.MemorySize;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Writing a 1,000-option answer as JSON with the service's number format, per option: beside
 * {@link com.supplyrisk.scoring.ScoringBenchmark} it shows how much of a request the size of the answer costs.
 * {@code writer} compares the service's hand-written option writers ({@link OptionJson}, {@link RepeatedApprovals})
 * with Jackson's own record serialisation of the same answer, which must write the same bytes; {@code explain} writes
 * the answer a plan gets by default (figures and rules) or the one with every explanation worded.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class AnswerWritingBenchmark {

    private static final int OPTIONS = 1_000;

    @Param({"hand-written", "jackson-records"})
    public String writer;

    @Param({"false", "true"})
    public boolean explain;

    private ObjectMapper json;
    private Assessment answer;

    @Setup
    public void build() throws IOException {
        var plans = new SyntheticPlans();
        answer = plans.model().assess(explain ? plans.plan(OPTIONS).explained() : plans.plan(OPTIONS));
        ObjectMapper service = serviceMapper();
        json = writer.equals("hand-written") ? service : jacksonRecordsMapper();
        if (!Arrays.equals(bytes(service), bytes(jacksonRecordsMapper()))) {
            throw new IllegalStateException("the two writers write different answers: the comparison would be unfair");
        }
    }

    private static ObjectMapper serviceMapper() {
        var mapper = new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        new StrictJson(new DefaultLimits()).customize(mapper);
        return mapper;
    }

    /** The service's mapper less its hand-written writers: Jackson serialises every record through Blackbird. */
    private static ObjectMapper jacksonRecordsMapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .registerModule(new BlackbirdModule())
                .registerModule(PlainNumbers.module())
                .registerModule(AnswerAmounts.module())
                .registerModule(AskedForParts.module())
                .registerModule(new SimpleModule("option-parts").setMixInAnnotation(OptionAssessment.class, OptionParts.class));
    }

    /** What OptionJson leaves out when it is not asked for. */
    private interface OptionParts {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        List<InputSensitivity> sensitivity();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        BreakEven breakEven();
    }

    private byte[] bytes(ObjectMapper mapper) throws IOException {
        var out = new ByteArrayOutputStream();
        mapper.writeValue(out, answer);
        return out.toByteArray();
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

                @Override
                public java.time.Duration bodyTimeout() {
                    return java.time.Duration.ofSeconds(20);
                }
            };
        }
    }
}
