package com.supplyrisk.simulation;

import static com.supplyrisk.simulation.Plans.CHIP_A;
import static com.supplyrisk.simulation.Plans.CHIP_B;
import static com.supplyrisk.simulation.Plans.MONTE_CARLO;
import static com.supplyrisk.simulation.Plans.P_A;
import static com.supplyrisk.simulation.Plans.P_B;
import static com.supplyrisk.simulation.Plans.P_GREY;
import static com.supplyrisk.simulation.Plans.estimated;
import static com.supplyrisk.simulation.Plans.fiveStandardErrors;
import static com.supplyrisk.simulation.Plans.limited;
import static com.supplyrisk.simulation.Plans.notBought;
import static com.supplyrisk.simulation.Plans.option;
import static com.supplyrisk.simulation.Plans.plan;
import static com.supplyrisk.simulation.Plans.trials;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.supplyrisk.catalog.Channel;
import com.supplyrisk.catalog.Money;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class MonteCarloTest {

    private static final int TRIALS = 200_000;
    private static final long SEED = 20260126L;
    /** Figures are rounded to four decimals: half a unit of the last one. */
    private static final double ROUNDING = 0.00005;

    private static double tolerance(double p) {
        return fiveStandardErrors(p, TRIALS) + ROUNDING;
    }

    @Test
    void independentRoutesDeliverTogetherWithTheProductOfTheirProbabilities() {
        Simulation simulation = MONTE_CARLO.run(plan(option("a", CHIP_A, Channel.OFFICIAL, 10, 100),
                option("b", CHIP_B, Channel.DOMESTIC, 20, 100)), trials(TRIALS, SEED, 30));

        assertThat(simulation.probabilityOfTarget()).isCloseTo(P_A * P_B, within(tolerance(P_A * P_B)));
        assertThat(simulation.options().get(0).deliveryProbability()).isCloseTo(P_A, within(tolerance(P_A)));
        assertThat(simulation.options().get(1).deliveryProbability()).isCloseTo(P_B, within(tolerance(P_B)));
    }

    @Test
    void twoOptionsOnOneRouteSucceedOrFailTogether() {
        var plan = plan(option("a-first", CHIP_A, Channel.OFFICIAL, 10, 100), option("a-second", CHIP_A, Channel.OFFICIAL, 10, 100));

        Simulation both = MONTE_CARLO.run(plan, trials(TRIALS, SEED, 20));
        Simulation either = MONTE_CARLO.run(plan, trials(TRIALS, SEED, 10));

        // Independent, both would come with 0.09 and either with 0.51; correlated, both and either are P_A.
        assertThat(both.probabilityOfTarget()).isCloseTo(P_A, within(tolerance(P_A)));
        assertThat(either.probabilityOfTarget()).isEqualTo(both.probabilityOfTarget());
        assertThat(both.options().get(0).deliveryProbability()).isEqualTo(both.options().get(1).deliveryProbability());
        assertThat(both.deliveredPflops().p10()).isZero();
        assertThat(both.deliveredPflops().p90()).isEqualTo(20.0);
    }

    @Test
    void anOwnEstimateIsADrawOfItsOwnEvenOnASharedRoute() {
        Simulation simulation = MONTE_CARLO.run(plan(option("a", CHIP_A, Channel.OFFICIAL, 10, 100),
                estimated("a-estimated", 0.5, 10, 100)), trials(TRIALS, SEED, 20));

        assertThat(simulation.probabilityOfTarget()).isCloseTo(P_A * 0.5, within(tolerance(P_A * 0.5)));
        assertThat(simulation.options().get(1).deliveryProbability()).isCloseTo(0.5, within(tolerance(0.5)));
    }

    @Test
    void expectedDeliveredComputeIsTheSumOfComputeTimesProbability() {
        Simulation simulation = MONTE_CARLO.run(plan(option("a", CHIP_A, Channel.OFFICIAL, 10, 100),
                option("a-too", CHIP_A, Channel.OFFICIAL, 5, 100), option("b", CHIP_B, Channel.DOMESTIC, 20, 100),
                option("grey", CHIP_A, Channel.GREY_MARKET, 40, 100), estimated("own", 0.25, 8, 100)), trials(TRIALS, SEED, 50));

        double expected = 15 * P_A + 20 * P_B + 40 * P_GREY + 8 * 0.25;
        // The delivered compute lies in [0, 83]: its standard deviation is at most half that range.
        assertThat(simulation.deliveredPflops().mean()).isCloseTo(expected, within(5 * 83 / 2.0 / Math.sqrt(TRIALS)));
        double sumOfOptions = simulation.options().stream().mapToDouble(OptionSimulation::expectedPflops).sum();
        assertThat(simulation.deliveredPflops().mean()).isCloseTo(sumOfOptions, within(0.003));
        assertThat(simulation.options().stream().mapToDouble(OptionSimulation::shareOfDelivered).sum()).isCloseTo(1, within(0.0003));
    }

    @Test
    void anOptionReachesATargetAloneOnlyWhenItIsLargeEnough() {
        Simulation simulation = MONTE_CARLO.run(plan(option("small", CHIP_A, Channel.OFFICIAL, 10, 100),
                option("large", CHIP_B, Channel.DOMESTIC, 30, 100)), trials(TRIALS, SEED, 25));

        assertThat(simulation.options().get(0).probabilityOfTargetAlone()).isZero();
        assertThat(simulation.options().get(1).probabilityOfTargetAlone()).isEqualTo(simulation.options().get(1).deliveryProbability());
        assertThat(simulation.probabilityOfTarget()).isCloseTo(P_B, within(tolerance(P_B)));
    }

    @Test
    void theTargetIsReachedExactlyAtItsValue() {
        Simulation simulation = MONTE_CARLO.run(plan(option("a", CHIP_A, Channel.OFFICIAL, 0.1, 100),
                option("a-too", CHIP_A, Channel.OFFICIAL, 0.2, 100)), trials(TRIALS, SEED, 0.3));

        // 0.1 + 0.2 is 0.30000000000000004 in doubles, and 0.3 must count as reached all the same.
        assertThat(simulation.probabilityOfTarget()).isEqualTo(simulation.options().get(0).deliveryProbability());
    }

    @Test
    void aGreyMarketOptionIsPaidEvenWhenSeized() {
        Simulation simulation = MONTE_CARLO.run(plan(option("grey", CHIP_A, Channel.GREY_MARKET, 10, 1_000_000),
                option("official", CHIP_B, Channel.DOMESTIC, 10, 500_000)), trials(TRIALS, SEED, 10));

        assertThat(simulation.options().get(0).expectedCost()).isEqualTo(new Money(1_000_000, "USD"));
        assertThat(simulation.options().get(0).deliveryProbability()).isCloseTo(P_GREY, within(tolerance(P_GREY)));
        assertThat(simulation.options().get(1).expectedCost().amount()).isCloseTo(500_000 * P_B, within(500_000 * tolerance(P_B)));
        assertThat(simulation.expectedCost().amount()).isCloseTo(1_000_000 + 500_000 * P_B, within(500_000 * tolerance(P_B)));
        // The domestic option is delivered in 70% of trials, so the 90th percentile of cost pays for both.
        assertThat(simulation.p90Cost()).isEqualTo(new Money(1_500_000, "USD"));
    }

    @Test
    void theBudgetIsMetWhenTheOptionsPaidOnDeliveryAreNotDelivered() {
        Simulation simulation = MONTE_CARLO.run(plan(option("grey", CHIP_A, Channel.GREY_MARKET, 10, 50),
                option("b", CHIP_B, Channel.DOMESTIC, 10, 100)), new Trials(TRIALS, SEED, 10, new Money(120, "USD")));

        assertThat(simulation.probabilityWithinBudget()).isCloseTo(1 - P_B, within(tolerance(P_B)));
        assertThat(simulation.budget()).isEqualTo(new Money(120, "USD"));
        assertThat(MONTE_CARLO.run(plan(option("b", CHIP_B, Channel.DOMESTIC, 10, 100)), trials(100, SEED, 10))
                .probabilityWithinBudget()).isNull();
    }

    @Test
    void quantilesOfATwoPointDistributionAreExact() {
        Simulation simulation = MONTE_CARLO.run(plan(option("b", CHIP_B, Channel.DOMESTIC, 12.345, 100)), trials(TRIALS, SEED, 10));

        // P(nothing) = 0.3: the 10th percentile delivers nothing, the median and the 90th all of it.
        assertThat(simulation.deliveredPflops().p10()).isZero();
        assertThat(simulation.deliveredPflops().p50()).isEqualTo(12.345);
        assertThat(simulation.deliveredPflops().p90()).isEqualTo(12.345);
        assertThat(simulation.standardError()).isCloseTo(Math.sqrt(P_B * (1 - P_B) / TRIALS), within(ROUNDING));
    }

    @Test
    void amongAlternativesThePlanIsTheOptionBought() {
        Simulation simulation = MONTE_CARLO.run(plan(notBought(option("a", CHIP_A, Channel.OFFICIAL, 100, 100)),
                option("b", CHIP_B, Channel.DOMESTIC, 10, 100)), trials(TRIALS, SEED, 50));

        assertThat(simulation.probabilityOfTarget()).isZero();
        assertThat(simulation.deliveredPflops().mean()).isEqualTo(simulation.options().get(1).expectedPflops());
        assertThat(simulation.expectedCost()).isEqualTo(simulation.options().get(1).expectedCost());
        assertThat(simulation.options().get(0).shareOfDelivered()).isZero();
        assertThat(simulation.options().get(1).shareOfDelivered()).isEqualTo(1.0);
        assertThat(simulation.options().get(0).probabilityOfTargetAlone()).isCloseTo(P_A, within(tolerance(P_A)));
    }

    @Test
    void theSameSeedGivesTheSameSimulationAndAnotherSeedAnother() {
        var plan = plan(option("a", CHIP_A, Channel.OFFICIAL, 10, 100), option("b", CHIP_B, Channel.DOMESTIC, 20, 100),
                option("grey", CHIP_B, Channel.GREY_MARKET, 5, 100));

        Simulation first = MONTE_CARLO.run(plan, trials(10_000, 42, 25));

        assertThat(MONTE_CARLO.run(plan, trials(10_000, 42, 25))).isEqualTo(first);
        assertThat(MONTE_CARLO.run(plan, trials(10_000, 43, 25))).isNotEqualTo(first);
    }

    @Test
    void theOrderOfTheOptionsDoesNotChangeTheirFigures() {
        var a = option("a", CHIP_A, Channel.OFFICIAL, 10, 100);
        var b = option("b", CHIP_B, Channel.DOMESTIC, 20, 100);
        var own = estimated("own", 0.4, 5, 100);

        Simulation listed = MONTE_CARLO.run(plan(a, b, own), trials(10_000, SEED, 25));
        Simulation reversed = MONTE_CARLO.run(plan(own, b, a), trials(10_000, SEED, 25));

        assertThat(reversed.options()).containsExactlyInAnyOrderElementsOf(listed.options());
        assertThat(reversed.deliveredPflops()).isEqualTo(listed.deliveredPflops());
        assertThat(reversed.probabilityOfTarget()).isEqualTo(listed.probabilityOfTarget());
    }

    @Test
    void memoryDoesNotGrowWithTheNumberOfTrials() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        var plan = plan(option("a", CHIP_A, Channel.OFFICIAL, 10, 100), option("b", CHIP_B, Channel.DOMESTIC, 20, 100),
                option("grey", CHIP_B, Channel.GREY_MARKET, 5, 100), estimated("own", 0.4, 5, 100));
        MONTE_CARLO.run(plan, trials(1_000, SEED, 25));

        long before = threads.getCurrentThreadAllocatedBytes();
        MONTE_CARLO.run(plan, trials(1_000, SEED, 25));
        long few = threads.getCurrentThreadAllocatedBytes() - before;
        before = threads.getCurrentThreadAllocatedBytes();
        MONTE_CARLO.run(plan, trials(1_000_000, SEED, 25));
        long many = threads.getCurrentThreadAllocatedBytes() - before;

        // A thousand times the trials: were anything kept or boxed per trial, it would take megabytes more.
        assertThat(many).isLessThan(few + 256 * 1024);
    }

    @Test
    void aBudgetInAnotherCurrencyIsRefused() {
        assertThatThrownBy(() -> MONTE_CARLO.run(plan(option("b", CHIP_B, Channel.DOMESTIC, 10, 100)),
                new Trials(10, SEED, 10, new Money(100, "EUR")))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRoutesVolumeIsADrawOfItsOwnBesideItsApprovals() {
        Simulation simulation = MONTE_CARLO.run(plan(limited("b-large", CHIP_B, 20, 0.5, 0), option("b", CHIP_B, Channel.DOMESTIC,
                10, 100)), trials(TRIALS, SEED, 30));

        assertThat(simulation.options().get(0).deliveryProbability()).isCloseTo(P_B * 0.5, within(tolerance(P_B * 0.5)));
        assertThat(simulation.options().get(1).deliveryProbability()).isCloseTo(P_B, within(tolerance(P_B)));
        // The two share the route's approval: the large order is delivered only where the small one is.
        assertThat(simulation.probabilityOfTarget()).isCloseTo(P_B * 0.5, within(tolerance(P_B * 0.5)));
    }

    @Test
    void computeRunsByMonthFromDelivery() {
        Simulation simulation = MONTE_CARLO.run(plan(limited("late", CHIP_B, 20, 1, 4.5), option("b", CHIP_B, Channel.DOMESTIC,
                10, 100)), trials(TRIALS, SEED, 30));

        assertThat(simulation.deliveredPflopsByMonth()).hasSize(Plans.HORIZON);
        assertThat(simulation.deliveredPflopsByMonth()).extracting(MonthlyPflops::month)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        for (MonthlyPflops month : simulation.deliveredPflopsByMonth()) {
            // Both options share the route: 0 or 10 PFLOPS before the late one arrives in month 5, 0 or 30 after.
            double delivered = month.month() < 5 ? 10 : 30;
            assertThat(month.p90()).as("month %d", month.month()).isEqualTo(delivered);
            assertThat(month.p10()).as("month %d", month.month()).isZero();
            assertThat(month.mean()).as("month %d", month.month()).isCloseTo(delivered * P_B, within(delivered * tolerance(P_B)));
        }
    }
}
