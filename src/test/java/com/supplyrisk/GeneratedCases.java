package com.supplyrisk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The cases of a property test: its edge cases first, then cases drawn from a fixed seed. Each case is named by
 * the seed and its number, which is all it takes to draw it again ({@link #random(long, int)}). A test class
 * that runs them a test each extends with {@link NamedFailures}, so that the build's report, which names a case
 * only by its position, shows them too; {@link #blocks} names its failures itself.
 */
public final class GeneratedCases {

    /** Odd, so that seed and case number together never give two cases, of one seed or of two, the same generator. */
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    /** How often a drawn input is one of its edge values instead. */
    private static final int EDGE_VALUE_EVERY = 20;
    /** The cases of a block: enough that a test's own cost, a quarter of a millisecond or more, is small beside them. */
    private static final int BLOCK = 1_000;

    private GeneratedCases() {
    }

    /** The {@code edgeCases}, then cases drawn from {@code seed} until there are {@code count} in all. */
    public static <T> Stream<Named<T>> cases(long seed, int count, List<T> edgeCases, Function<Inputs, T> draw) {
        return cases(seed, count, edgeCases, draw, String::valueOf);
    }

    /** As {@link #cases(long, int, List, Function)}, with {@code shown} naming inputs too long to name in full. */
    public static <T> Stream<Named<T>> cases(long seed, int count, List<T> edgeCases, Function<Inputs, T> draw,
            Function<? super T, String> shown) {
        return IntStream.range(0, Math.max(count, edgeCases.size())).mapToObj(index -> {
            T input = input(seed, index, edgeCases, draw);
            return Named.of(name(seed, index, shown.apply(input)), input);
        });
    }

    /**
     * The cases of {@link #cases(long, int, List, Function)} a thousand to a test, for checks that take microseconds:
     * a test for each of tens of thousands of them would take the build most of a minute longer.
     */
    public static <T> Stream<Block<T>> blocks(long seed, int count, List<T> edgeCases, Function<Inputs, T> draw) {
        int total = Math.max(count, edgeCases.size());
        return IntStream.iterate(0, first -> first < total, first -> first + BLOCK)
                .mapToObj(first -> new Block<>(seed, first, Math.min(total, first + BLOCK), edgeCases, draw));
    }

    /** Cases {@code first} to {@code end - 1} of a seed, drawn as they are checked. */
    public record Block<T>(long seed, int first, int end, List<T> edgeCases, Function<Inputs, T> draw) {

        /** Checks every case, and names the first that fails. */
        public void check(ThrowingConsumer<T> property) {
            for (int index = first; index < end; index++) {
                T input = input(seed, index, edgeCases, draw);
                try {
                    property.accept(input);
                } catch (Throwable failure) {
                    throw named(name(seed, index, String.valueOf(input)), failure);
                }
            }
        }

        @Override
        public String toString() {
            return "seed " + seed + ", cases " + first + " to " + (end - 1);
        }
    }

    private static <T> T input(long seed, int index, List<T> edgeCases, Function<Inputs, T> draw) {
        return index < edgeCases.size() ? edgeCases.get(index) : draw.apply(new Inputs(random(seed, index), false));
    }

    private static String name(long seed, int index, String input) {
        return "seed " + seed + ", case " + index + ": " + input;
    }

    /** The failure with the case's name in front, reported where the case failed rather than where it was named. */
    private static AssertionError named(String name, Throwable failure) {
        var named = new AssertionError(name + ": " + failure.getMessage(), failure);
        named.setStackTrace(failure.getStackTrace());
        return named;
    }

    /** {@code count} edge cases of inputs too many to combine every edge value of: edge values combined at random. */
    public static <T> List<T> edgeCases(long seed, int count, Function<Inputs, T> draw) {
        return IntStream.range(0, count).mapToObj(index -> draw.apply(new Inputs(random(seed, index), true))).toList();
    }

    /** The generator case {@code index} of {@code seed} draws from, of its own so that the case can be drawn alone. */
    public static SplittableRandom random(long seed, int index) {
        return new SplittableRandom(seed * GOLDEN_GAMMA + index).split();
    }

    /** The decimals every property over [min, max] tries: both bounds, zero, and one and a hundredth either side of it. */
    public static List<Double> decimalEdges(double min, double max) {
        return Stream.of(min, max, 0.0, 1.0, -1.0, 0.01, -0.01).filter(v -> v >= min && v <= max).distinct().toList();
    }

    /** The integers every property over [min, max] tries: both bounds and their neighbours, zero, one and two either side. */
    public static List<Long> integerEdges(long min, long max) {
        return Stream.of(min, min + 1, max - 1, max, 0L, 1L, -1L, 2L, -2L).filter(v -> v >= min && v <= max).distinct().toList();
    }

    /**
     * The inputs of one case, drawn anywhere in their ranges (an edge value one time in twenty), or, for an edge case,
     * from their edge values only. Numbers favour what breaks code that formats and rounds them: decimals have two
     * places, and half of all numbers lie near zero (or the bound nearest it) on a logarithmic scale, so that every
     * magnitude turns up.
     */
    public record Inputs(SplittableRandom random, boolean edgesOnly) {

        /** A decimal of two places in [min, max]. */
        public double decimal(double min, double max) {
            if (edge()) {
                return any(decimalEdges(min, max));
            }
            double value;
            if (random.nextBoolean()) {
                double u = random.nextDouble();
                // Weighted so that the range -Double.MAX_VALUE to Double.MAX_VALUE does not overflow.
                value = (1 - u) * min + u * max;
            } else {
                double target = Math.max(min, Math.min(max, 0));
                double bound = target == min || target > min && random.nextBoolean() ? max : min;
                double reach = Math.abs(bound - target);
                // From a hundredth to the whole reach, in logarithms so that a reach of Double.MAX_VALUE does not overflow.
                double distance = reach < 0.01 ? reach
                        : Math.exp(Math.log(0.01) + random.nextDouble() * (Math.log(reach) - Math.log(0.01)));
                value = Math.max(min, Math.min(max, target + Math.copySign(distance, bound - target)));
            }
            double places = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
            return Math.max(min, Math.min(max, places));
        }

        /** An integer in [min, max], {@code max} below {@link Long#MAX_VALUE}. */
        public long integer(long min, long max) {
            if (edge()) {
                return any(integerEdges(min, max));
            }
            if (random.nextBoolean()) {
                return random.nextLong(min, max + 1);
            }
            long target = Math.max(min, Math.min(max, 0));
            long bound = target == min || target > min && random.nextBoolean() ? max : min;
            long distance = Math.round(Math.pow(Math.abs((double) bound - target) + 1, random.nextDouble())) - 1;
            return Math.max(min, Math.min(max, target + (bound > target ? distance : -distance)));
        }

        /** Any long, as a seed. */
        public long anyLong() {
            return edge() ? any(integerEdges(Long.MIN_VALUE, Long.MAX_VALUE)) : random.nextLong();
        }

        /** One of {@code values}; at an edge, the first or the last. */
        public <T> T oneOf(List<T> values) {
            if (edgesOnly) {
                return random.nextBoolean() ? values.get(0) : values.get(values.size() - 1);
            }
            return any(values);
        }

        private <T> T any(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }

        private boolean edge() {
            return edgesOnly || random.nextInt(EDGE_VALUE_EVERY) == 0;
        }
    }

    /** Puts the name of a failing generated case, its seed, number and input, in front of the failure. */
    public static final class NamedFailures implements TestExecutionExceptionHandler {

        @Override
        public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
            if (!context.getRequiredTestMethod().isAnnotationPresent(ParameterizedTest.class)) {
                throw failure;
            }
            throw named(context.getDisplayName(), failure);
        }
    }
}
