package com.supplyrisk.simulation;

import static com.supplyrisk.simulation.Plans.CHIP_A;
import static com.supplyrisk.simulation.Plans.CHIP_B;
import static com.supplyrisk.simulation.Plans.MONTE_CARLO;
import static com.supplyrisk.simulation.Plans.P_A;
import static com.supplyrisk.simulation.Plans.P_B;
import static com.supplyrisk.simulation.Plans.P_GREY;
import static com.supplyrisk.simulation.Plans.estimated;
import static com.supplyrisk.simulation.Plans.fiveStandardErrors;
import static com.supplyrisk.simulation.Plans.option;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.supplyrisk.GeneratedCases;
import com.supplyrisk.GeneratedCases.Inputs;
import com.supplyrisk.GeneratedCases.NamedFailures;
import com.supplyrisk.catalog.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith(NamedFailures.class)
class MonteCarloPropertyTest {

    private static final long SEED = 20_260_308L;
    private static final int TRIALS = 20_000;

    /** Routes by number: 0 chip A official, 1 chip B domestic, 2 chip A on the grey market, 3 the buyer's own estimate. */
    private static double closedForm(int route, double estimate) {
        return switch (route) {
            case 0 -> P_A;
            case 1 -> P_B;
            case 2 -> P_GREY;
            default -> estimate;
        };
    }

    private static SimulatedOption optionOn(int route, int index, double pflops, double estimate) {
        String id = "option-" + index;
        return switch (route) {
            case 0 -> option(id, CHIP_A, Channel.OFFICIAL, pflops, 100);
            case 1 -> option(id, CHIP_B, Channel.DOMESTIC, pflops, 100);
            case 2 -> option(id, CHIP_A, Channel.GREY_MARKET, pflops, 100);
            default -> estimated(id, estimate, pflops, 100);
        };
    }

    record Run(List<Integer> routes, double pflops, double estimate, long seed) {
    }

    /** Ten runs of edge values, then drawn runs: 40 cases, each of {@value #TRIALS} trials. */
    static Stream<Named<Run>> runs() {
        return GeneratedCases.cases(SEED, 40, GeneratedCases.edgeCases(SEED, 10, MonteCarloPropertyTest::run),
                MonteCarloPropertyTest::run);
    }

    private static Run run(Inputs inputs) {
        long size = inputs.integer(1, 12);
        var routes = new ArrayList<Integer>();
        while (routes.size() < size) {
            routes.add((int) inputs.integer(0, 3));
        }
        return new Run(routes, inputs.decimal(0.01, 500), inputs.decimal(0, 1), inputs.anyLong());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void everyOptionDeliversWithItsRoutesProbabilityAndTheMeanIsTheirSum(Run run) {
        List<Integer> routes = run.routes();
        double pflops = run.pflops();
        double estimate = run.estimate();
        var options = new ArrayList<SimulatedOption>();
        for (int i = 0; i < routes.size(); i++) {
            options.add(optionOn(routes.get(i), i, pflops * (1 + i), estimate));
        }

        Simulation simulation = MONTE_CARLO.run(new SimulatedPlan(Plans.DAY, Plans.HORIZON, "USD", options),
                new Trials(TRIALS, run.seed(), pflops, null));

        double mean = 0;
        for (int i = 0; i < routes.size(); i++) {
            double p = closedForm(routes.get(i), estimate);
            OptionSimulation result = simulation.options().get(i);
            assertThat(result.deliveryProbability()).isCloseTo(p, within(fiveStandardErrors(p, TRIALS) + 0.00005));
            mean += result.expectedPflops();
            for (int j = 0; j < i; j++) {
                if (routes.get(i) == routes.get(j) && routes.get(i) != 3) {
                    assertThat(result.deliveryProbability()).isEqualTo(simulation.options().get(j).deliveryProbability());
                }
            }
        }
        assertThat(simulation.deliveredPflops().mean()).isCloseTo(mean, within(0.0005 * routes.size() + 1e-9 * mean));
        assertThat(simulation.deliveredPflops().p10()).isLessThanOrEqualTo(simulation.deliveredPflops().p50());
        assertThat(simulation.deliveredPflops().p50()).isLessThanOrEqualTo(simulation.deliveredPflops().p90());
    }
}
