package com.supplyrisk.scoring;

import static com.supplyrisk.scoring.Fixtures.MODEL;
import static org.assertj.core.api.Assertions.assertThat;

import com.supplyrisk.GeneratedCases.NamedFailures;
import com.supplyrisk.assessment.Assessment;
import com.supplyrisk.assessment.InputSensitivity;
import com.supplyrisk.assessment.OptionAssessment;
import com.supplyrisk.catalog.Money;
import com.supplyrisk.plan.PlanOption;
import com.supplyrisk.plan.ProcurementPlan;
import com.supplyrisk.plan.Ranking;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Sensitivity and break-even values over generated plans: they say what scoring the changed plan really gives. */
@ExtendWith(NamedFailures.class)
class SensitivityPropertyTest {

    private static final long SEED = 20_260_306L;

    /** Far enough from a break-even value that the rounded scores cannot tie: 0.09 points at the default weights. */
    private static final double PROBABILITY_MARGIN = 0.002;
    private static final double PRICE_MARGIN = 0.003;

    static Stream<Named<ProcurementPlan>> plans() {
        return SupplyRiskModelPropertyTest.drawnPlans(SEED, SupplyRiskModelPropertyTest.PLANS);
    }

    /** Plans of two options or more, which have break-even values: as many as the other properties have plans. */
    static Stream<Named<ProcurementPlan>> rivalPlans() {
        return SupplyRiskModelPropertyTest.drawnPlans(SEED, Integer.MAX_VALUE)
                .filter(plan -> plan.getPayload().options().size() >= 2).limit(SupplyRiskModelPropertyTest.PLANS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void inputsThatRaiseRiskNeverLowerTheScoreAndTheProbabilityNeverRaisesIt(ProcurementPlan plan) {
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void everyInputIsListedOnceLargestEffectFirst(ProcurementPlan plan) {
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void onlyTheTwoBestOptionsHaveBreakEvenValuesAgainstEachOther(ProcurementPlan plan) {
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("rivalPlans")
    void theRankingFlipsAtTheBreakEvenLicensingProbability(ProcurementPlan plan) {
        for (OptionAssessment option : twoBest(plan)) {
            Double flip = probabilityFlip(option);
            if (flip == null) {
                continue;
            }
            boolean firstBelow = isFirst(plan, option.id(), withProbability(flip - PROBABILITY_MARGIN));
            boolean firstAbove = isFirst(plan, option.id(), withProbability(flip + PROBABILITY_MARGIN));
            assertThat(firstBelow).as("%s first just below P = %s", option.id(), flip).isFalse();
            assertThat(firstAbove).as("%s first just above P = %s", option.id(), flip).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rivalPlans")
    void theRankingFlipsAtTheBreakEvenUnitPrice(ProcurementPlan plan) {
        for (OptionAssessment option : twoBest(plan)) {
            Money flip = priceFlip(option);
            if (flip == null) {
                continue;
            }
            boolean firstBelow = isFirst(plan, option.id(), withPrice(flip.times(1 - PRICE_MARGIN)));
            boolean firstAbove = isFirst(plan, option.id(), withPrice(flip.times(1 + PRICE_MARGIN)));
            assertThat(firstBelow).as("%s first just below %s", option.id(), flip).isTrue();
            assertThat(firstAbove).as("%s first just above %s", option.id(), flip).isFalse();
        }
    }

    /** The flips must really be tried, not skipped for every generated plan. */
    @Test
    void theFlipsAreTriedForAHundredOptionsOrMore() {
        List<OptionAssessment> best = rivalPlans().flatMap(plan -> twoBest(plan.getPayload()).stream()).toList();
        assertThat(best.stream().filter(option -> probabilityFlip(option) != null)).hasSizeGreaterThanOrEqualTo(100);
        assertThat(best.stream().filter(option -> priceFlip(option) != null)).hasSizeGreaterThanOrEqualTo(100);
    }

    private static List<OptionAssessment> twoBest(ProcurementPlan plan) {
        Assessment assessment = MODEL.assess(sensitive(plan));
        return List.of(ranked(assessment, 1), ranked(assessment, 2));
    }

    /** The break-even licensing probability, if far enough inside [0, 1] to be tried either side. */
    private static Double probabilityFlip(OptionAssessment option) {
        Double flip = option.breakEven().licensingProbability();
        return flip != null && flip - PROBABILITY_MARGIN >= 0 && flip + PROBABILITY_MARGIN <= 1 ? flip : null;
    }

    /** The break-even unit price, if far enough inside the range the price premium grows in to be tried either side. */
    private static Money priceFlip(OptionAssessment option) {
        Money flip = option.breakEven().unitPrice();
        double reference = option.factors().pricePremium().referenceUnitPrice().amount();
        return flip != null && flip.amount() * (1 - PRICE_MARGIN) >= reference
                && flip.amount() * (1 + PRICE_MARGIN) <= reference * (1 + Fixtures.PARAMETERS.premiumCap()) ? flip : null;
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
                plan.existingFleet(), plan.weights(), plan.fxRates(), plan.options(), List.of(), true, Ranking.COMPLIANT_FIRST);
    }
}
