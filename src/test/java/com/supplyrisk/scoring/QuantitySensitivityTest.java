package com.supplyrisk.scoring;

import static com.supplyrisk.scoring.Fixtures.ASCEND;
import static com.supplyrisk.scoring.Fixtures.CAMBRICON;
import static com.supplyrisk.scoring.Fixtures.CHINESE_COMMERCIAL;
import static com.supplyrisk.scoring.Fixtures.FX;
import static com.supplyrisk.scoring.Fixtures.H200;
import static com.supplyrisk.scoring.Fixtures.PARAMETERS;
import static com.supplyrisk.scoring.Fixtures.POLICY;
import static com.supplyrisk.scoring.Fixtures.SEED_DAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.supplyrisk.assessment.InputSensitivity;
import com.supplyrisk.assessment.OptionAssessment;
import com.supplyrisk.catalog.Accelerator;
import com.supplyrisk.catalog.Channel;
import com.supplyrisk.catalog.Evidence;
import com.supplyrisk.catalog.Money;
import com.supplyrisk.plan.FleetHolding;
import com.supplyrisk.plan.Mode;
import com.supplyrisk.plan.PlanOption;
import com.supplyrisk.plan.ProcurementPlan;
import com.supplyrisk.plan.Ranking;
import com.supplyrisk.supply.ElectricityPrice;
import com.supplyrisk.supply.SupplyData;
import com.supplyrisk.supply.SupplyEstimate;
import com.supplyrisk.supply.SupplyMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Quantity as a sensitivity input, over plans drawn from seeded generators (the seed is the test's name): a larger
 * order raises the vendor's share and lowers the volume probability, so it never lowers the score, and its +10% bar
 * is what scoring the plan with 10% more units gives.
 */
class QuantitySensitivityTest {

    private static final List<Accelerator> CHIPS = List.of(H200, ASCEND, CAMBRICON);
    private static final List<Channel> BOUGHT = List.of(Channel.OFFICIAL, Channel.GREY_MARKET, Channel.DOMESTIC);

    /** Every route's volume limited, at a scale orders of up to 5,000 units feel. */
    private static final SupplyRiskModel MODEL = new SupplyRiskModel(POLICY, FX, PARAMETERS, new SupplyData("test",
            List.of(new SupplyEstimate("everything", new SupplyMatch(Set.of(Channel.values()), null, null), SEED_DAY.minusYears(3),
                    20_000, 0.25, Evidence.ESTIMATE, "test")),
            List.of(), List.of(), new ElectricityPrice(null, new Money(0.1, "USD"), SEED_DAY, Evidence.ESTIMATE, "test")));

    static LongStream seeds() {
        return LongStream.range(20_261_205, 20_261_205 + 200);
    }

    private static ProcurementPlan plan(Random random) {
        var options = new ArrayList<PlanOption>();
        int count = 1 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            Accelerator chip = CHIPS.get(random.nextInt(CHIPS.size()));
            Channel channel = BOUGHT.get(random.nextInt(BOUGHT.size()));
            options.add(new PlanOption("option-" + i, chip, channel, null, 1 + random.nextInt(5_000),
                    new Money(50_000 + random.nextInt(300_000), "CNY"), random.nextInt(4) == 0 ? random.nextDouble() : null, null));
        }
        List<FleetHolding> fleet = random.nextBoolean() ? List.of() : List.of(new FleetHolding("NVIDIA", null, random.nextDouble() * 500));
        return new ProcurementPlan("generated", CHINESE_COMMERCIAL, SEED_DAY, 1 + random.nextInt(36), "USD",
                random.nextBoolean() ? Mode.PORTFOLIO : Mode.ALTERNATIVES, fleet, null, Map.of(), options, List.of(), true, Ranking.COMPLIANT_FIRST);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void moreUnitsNeverLowerTheScoreAndThePlusTenPercentBarIsTheRescoredPlan(long seed) {
        ProcurementPlan plan = plan(new Random(seed));
        List<OptionAssessment> scored = MODEL.assess(plan).options();
        for (int i = 0; i < scored.size(); i++) {
            OptionAssessment o = scored.get(i);
            InputSensitivity quantity = o.sensitivity().stream().filter(s -> s.input().equals("quantity")).findFirst().orElseThrow();
            assertThat(quantity.scoreAtMinus10()).as("seed %d, %s", seed, o.id()).isLessThanOrEqualTo(o.score());
            assertThat(quantity.scoreAtPlus10()).as("seed %d, %s", seed, o.id()).isGreaterThanOrEqualTo(o.score());

            // Ten times the units is an order scored directly: never a lower score either.
            PlanOption listed = plan.options().get(i);
            var larger = new ArrayList<>(plan.options());
            larger.set(i, new PlanOption(listed.id(), listed.accelerator(), listed.channel(), listed.supplier(), listed.quantity() * 10,
                    listed.unitPrice(), listed.licensingProbability(), listed.referenceUnitPrice()));
            var changed = new ProcurementPlan(plan.planId(), plan.buyer(), plan.asOf(), plan.horizonMonths(), plan.currency(),
                    plan.mode(), plan.existingFleet(), plan.weights(), plan.fxRates(), larger);
            assertThat(MODEL.assess(changed).options().get(i).score()).as("seed %d, %s x 10", seed, o.id())
                    .isGreaterThanOrEqualTo(o.score());
        }
    }
}
