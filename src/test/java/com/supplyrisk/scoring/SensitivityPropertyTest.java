package com.supplyrisk.scoring;

import static com.supplyrisk.scoring.Fixtures.MODEL;
import static org.assertj.core.api.Assertions.assertThat;

import com.supplyrisk.assessment.Assessment;
import com.supplyrisk.assessment.InputSensitivity;
import com.supplyrisk.assessment.OptionAssessment;
import com.supplyrisk.catalog.Money;
import com.supplyrisk.plan.PlanOption;
import com.supplyrisk.plan.ProcurementPlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Sensitivity and break-even values over generated plans: they say what scoring the changed plan really gives. */
class SensitivityPropertyTest {

    /** Far enough from a break-even value that the rounded scores cannot tie: 0.09 points at the default weights. */
    private static final double PROBABILITY_MARGIN = 0.002;
    private static final double PRICE_MARGIN = 0.003;

    @Provide
    Arbitrary<ProcurementPlan> plans() {
        return new SupplyRiskModelPropertyTest().plans();
    }

    @Property
    void inputsThatRaiseRiskNeverLowerTheScoreAndTheProbabilityNeverRaisesIt(@ForAll("plans") ProcurementPlan plan) {
        for (OptionAssessment o : MODEL.assess(sensitive(plan)).options()) {
            Map<String, InputSensitivity> byInput = o.sensitivity().stream()
                    .collect(Collectors.toMap(InputSensitivity::input, Function.identity()));
            for (String input : List.of("concentrationRisk", "licensingRisk", "priceRisk", "unitPrice")) {
                assertThat(byInput.get(input).scoreAtMinus10()).as(input).isLessThanOrEqualTo(o.score());
                assertThat(byInput.get(input).scoreAtPlus10()).as(input).isGreaterThanOrEqualTo(o.score());
            }
            InputSensitivity probability = byInput.get("licensingProbability");
            assertThat(probability.scoreAtPlus10()).isLessThanOrEqualTo(o.score());
            assertThat(probability.scoreAtMinus10()).isGreaterThanOrEqualTo(o.score());
        }
    }

    @Property
    void everyInputIsListedOnceLargestEffectFirst(@ForAll("plans") ProcurementPlan plan) {
        for (OptionAssessment o : MODEL.assess(sensitive(plan)).options()) {
            assertThat(o.sensitivity()).extracting(InputSensitivity::input).containsExactlyInAnyOrder("concentrationRisk",
                    "licensingRisk", "priceRisk", "unitPrice", "licensingProbability", "quantity", "concentrationWeight",
                    "licensingWeight", "pricePremiumWeight");
            assertThat(o.sensitivity()).isSortedAccordingTo(Comparator.comparingDouble(
                    (InputSensitivity s) -> -Math.abs(s.scoreAtPlus10() - s.scoreAtMinus10())).thenComparing(InputSensitivity::input));
            assertThat(o.sensitivity()).allSatisfy(s -> {
                assertThat(s.scoreAtMinus10()).isBetween(0.0, 100.01);
                assertThat(s.scoreAtPlus10()).isBetween(0.0, 100.01);
            });
        }
    }

    @Property
    void onlyTheTwoBestOptionsHaveBreakEvenValuesAgainstEachOther(@ForAll("plans") ProcurementPlan plan) {
        Assessment assessment = MODEL.assess(sensitive(plan));
        for (OptionAssessment o : assessment.options()) {
            if (o.rank() > 2 || assessment.options().size() == 1) {
                assertThat(o.breakEven()).isNull();
            } else {
                assertThat(o.breakEven().against()).isEqualTo(ranked(assessment, 3 - o.rank()).id());
            }
        }
        assertThat(MODEL.assess(plan).options()).allSatisfy(o -> {
            assertThat(o.sensitivity()).isNull();
            assertThat(o.breakEven()).isNull();
        });
    }

    @Property
    void theRankingFlipsAtTheBreakEvenLicensingProbability(@ForAll("plans") ProcurementPlan plan) {
        Assume.that(plan.options().size() >= 2);
        Assessment assessment = MODEL.assess(sensitive(plan));
        for (int rank = 1; rank <= 2; rank++) {
            OptionAssessment option = ranked(assessment, rank);
            Double flip = option.breakEven().licensingProbability();
            boolean inRange = flip != null && flip - PROBABILITY_MARGIN >= 0 && flip + PROBABILITY_MARGIN <= 1;
            Statistics.label("probability flip checked").collect(inRange);
            if (!inRange) {
                continue;
            }
            boolean firstBelow = isFirst(plan, option.id(), withProbability(flip - PROBABILITY_MARGIN));
            boolean firstAbove = isFirst(plan, option.id(), withProbability(flip + PROBABILITY_MARGIN));
            assertThat(firstBelow).as("%s first just below P = %s", option.id(), flip).isFalse();
            assertThat(firstAbove).as("%s first just above P = %s", option.id(), flip).isTrue();
        }
        // The flips must really be tried, not skipped for every generated plan.
        Statistics.label("probability flip checked").coverage(coverage -> coverage.check(true).count(n -> n >= 100));
    }

    @Property
    void theRankingFlipsAtTheBreakEvenUnitPrice(@ForAll("plans") ProcurementPlan plan) {
        Assume.that(plan.options().size() >= 2);
        Assessment assessment = MODEL.assess(sensitive(plan));
        for (int rank = 1; rank <= 2; rank++) {
            OptionAssessment option = ranked(assessment, rank);
            Money flip = option.breakEven().unitPrice();
            double reference = option.factors().pricePremium().referenceUnitPrice().amount();
            boolean inRange = flip != null && flip.amount() * (1 - PRICE_MARGIN) >= reference
                    && flip.amount() * (1 + PRICE_MARGIN) <= reference * (1 + Fixtures.PARAMETERS.premiumCap());
            Statistics.label("price flip checked").collect(inRange);
            if (!inRange) {
                continue;
            }
            boolean firstBelow = isFirst(plan, option.id(), withPrice(flip.times(1 - PRICE_MARGIN)));
            boolean firstAbove = isFirst(plan, option.id(), withPrice(flip.times(1 + PRICE_MARGIN)));
            assertThat(firstBelow).as("%s first just below %s", option.id(), flip).isTrue();
            assertThat(firstAbove).as("%s first just above %s", option.id(), flip).isFalse();
        }
        Statistics.label("price flip checked").coverage(coverage -> coverage.check(true).count(n -> n >= 100));
    }

    private static boolean isFirst(ProcurementPlan plan, String id, Function<PlanOption, PlanOption> change) {
        var options = new ArrayList<PlanOption>();
        for (PlanOption o : plan.options()) {
            options.add(o.id().equals(id) ? change.apply(o) : o);
        }
        var changed = new ProcurementPlan(plan.planId(), plan.buyer(), plan.asOf(), plan.horizonMonths(), plan.currency(),
                plan.mode(), plan.existingFleet(), plan.weights(), plan.fxRates(), options);
        return ranked(MODEL.assess(changed), 1).id().equals(id);
    }

    private static Function<PlanOption, PlanOption> withProbability(double p) {
        return o -> new PlanOption(o.id(), o.accelerator(), o.channel(), o.supplier(), o.quantity(), o.unitPrice(), p,
                o.referenceUnitPrice(), o.rental());
    }

    private static Function<PlanOption, PlanOption> withPrice(Money price) {
        return o -> new PlanOption(o.id(), o.accelerator(), o.channel(), o.supplier(), o.quantity(), price,
                o.licensingProbability(), o.referenceUnitPrice(), o.rental());
    }

    private static OptionAssessment ranked(Assessment assessment, int rank) {
        return assessment.options().stream().filter(o -> o.rank() == rank).findFirst().orElseThrow();
    }

    static ProcurementPlan sensitive(ProcurementPlan plan) {
        return new ProcurementPlan(plan.planId(), plan.buyer(), plan.asOf(), plan.horizonMonths(), plan.currency(), plan.mode(),
                plan.existingFleet(), plan.weights(), plan.fxRates(), plan.options(), List.of(), true, null);
    }
}
