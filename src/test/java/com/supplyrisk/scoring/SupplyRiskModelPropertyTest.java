package com.supplyrisk.scoring;

import static com.supplyrisk.scoring.Fixtures.MODEL;
import static org.assertj.core.api.Assertions.assertThat;

import com.supplyrisk.GeneratedCases.Inputs;
import com.supplyrisk.GeneratedCases.NamedFailures;
import com.supplyrisk.GeneratedCases;
import com.supplyrisk.assessment.Assessment;
import com.supplyrisk.assessment.Factors;
import com.supplyrisk.assessment.OptionAssessment;
import com.supplyrisk.catalog.Accelerator;
import com.supplyrisk.catalog.Channel;
import com.supplyrisk.catalog.Money;
import com.supplyrisk.catalog.RentalRate;
import com.supplyrisk.plan.FleetHolding;
import com.supplyrisk.plan.Mode;
import com.supplyrisk.plan.PlanOption;
import com.supplyrisk.plan.ProcurementPlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The invariants of scoring-model.md, over generated plans. */
@ExtendWith(NamedFailures.class)
class SupplyRiskModelPropertyTest {

    private static final long SEED = 20_260_305L;
    /** The cases of each property: {@link #EDGE_PLANS} plans of edge values, then drawn plans. */
    static final int PLANS = 1_000;
    static final int EDGE_PLANS = 200;

    private static final List<Accelerator> CHIPS = List.of(Fixtures.H200, Fixtures.ASCEND, Fixtures.CAMBRICON);
    private static final List<Channel> CHANNELS = List.of(Channel.values());
    private static final List<Mode> MODES = List.of(Mode.values());
    private static final List<String> SUPPLIERS = List.of("A", "B", "C");
    private static final List<RentalRate.Period> PERIODS = List.of(RentalRate.Period.values());
    private static final List<String> VENDORS = List.of("NVIDIA", "Huawei", "AMD");
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 10, 1);

    static ProcurementPlan plan(Inputs inputs) {
        long size = inputs.integer(1, 8);
        var options = new ArrayList<PlanOption>();
        while (options.size() < size) {
            options.add(option(inputs, "option-" + options.size()));
        }
        long holdings = inputs.integer(0, 3);
        var fleet = new ArrayList<FleetHolding>();
        while (fleet.size() < holdings) {
            fleet.add(new FleetHolding(inputs.oneOf(VENDORS), null, inputs.decimal(0, 500)));
        }
        return new ProcurementPlan("generated", Fixtures.CHINESE_COMMERCIAL, FIRST_DAY.plusDays(inputs.integer(0, 1200)),
                (int) inputs.integer(1, 60), "USD", inputs.oneOf(MODES), fleet, null, Map.of(), options);
    }

    private static PlanOption option(Inputs inputs, String id) {
        Double override = inputs.random().nextInt(10) < 7 ? null : inputs.decimal(0, 1);
        Channel channel = inputs.oneOf(CHANNELS);
        PlanOption.Rental rental = channel == Channel.CLOUD_RENTAL
                ? new PlanOption.Rental(inputs.oneOf(PERIODS), (int) inputs.integer(1, 60)) : null;
        return new PlanOption(id, inputs.oneOf(CHIPS), channel, inputs.oneOf(SUPPLIERS), (int) inputs.integer(1, 2000),
                new Money(inputs.decimal(500, 200_000), "USD"), override, null, rental);
    }

    /** A plan by its shape: in full it would make a case's name kilobytes long, and the seed and case draw it again. */
    static String shape(ProcurementPlan plan) {
        return "options " + plan.options().size() + ", holdings " + plan.existingFleet().size() + ", " + plan.mode() + ", as of "
                + plan.asOf() + ", " + plan.horizonMonths() + " months";
    }

    /** The plans of a property of plans alone, {@code count} of them, or as many as are taken. */
    static Stream<Named<ProcurementPlan>> drawnPlans(long seed, int count) {
        return GeneratedCases.cases(seed, count, GeneratedCases.edgeCases(seed, EDGE_PLANS, SupplyRiskModelPropertyTest::plan),
                SupplyRiskModelPropertyTest::plan, SupplyRiskModelPropertyTest::shape);
    }

    static Stream<Named<ProcurementPlan>> plans() {
        return drawnPlans(SEED, PLANS);
    }

    /** The plans of a property of a plan and {@code more}, named by the plan's shape and more's own text. */
    private static <T> Stream<Named<PlanAnd<T>>> plansAnd(Function<Inputs, T> more) {
        Function<Inputs, PlanAnd<T>> draw = inputs -> new PlanAnd<>(plan(inputs), more.apply(inputs));
        return GeneratedCases.cases(SEED, PLANS, GeneratedCases.edgeCases(SEED, EDGE_PLANS, draw), draw,
                input -> shape(input.plan()) + "; " + input.more());
    }

    record PlanAnd<T>(ProcurementPlan plan, T more) {
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void everyRiskAndScoreIsInBounds(ProcurementPlan plan) {
        Assessment assessment = MODEL.assess(plan);
        for (OptionAssessment o : assessment.options()) {
            Factors f = o.factors();
            assertThat(List.of(f.concentration().risk(), f.licensing().risk(), f.pricePremium().risk(), f.licensing().probability(),
                    f.concentration().vendorShare(), f.concentration().supplierShare())).allSatisfy(r -> assertThat(r).isBetween(0.0, 1.0));
            assertThat(o.score()).isBetween(0.0, 100.0);
            assertThat(o.rank()).isBetween(1, plan.options().size());
        }
        assertThat(assessment.plan().score()).isBetween(0.0, 100.0);
        assertThat(assessment.plan().vendorHhi()).isBetween(0, 10_000);
        assertThat(assessment.plan().supplierHhi()).isBetween(0, 10_000);
        assertThat(assessment.options()).extracting(OptionAssessment::rank).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void thePointsAddUpToTheScore(ProcurementPlan plan) {
        for (OptionAssessment o : MODEL.assess(plan).options()) {
            BigDecimal sum = BigDecimal.valueOf(o.factors().concentration().points())
                    .add(BigDecimal.valueOf(o.factors().licensing().points()))
                    .add(BigDecimal.valueOf(o.factors().pricePremium().points()));
            assertThat(sum).isEqualByComparingTo(BigDecimal.valueOf(o.score()));
        }
    }

    static Stream<Named<PlanAnd<Double>>> plansAndPriceFactors() {
        return plansAnd(inputs -> inputs.decimal(1, 5));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plansAndPriceFactors")
    void aHigherPriceNeverLowersAScore(PlanAnd<Double> input) {
        ProcurementPlan plan = input.plan();
        double factor = input.more();
        double before = MODEL.assess(plan).options().get(0).score();
        double after = MODEL.assess(changeFirst(plan, o -> new PlanOption(o.id(), o.accelerator(), o.channel(), o.supplier(),
                o.quantity(), o.unitPrice().times(factor), o.licensingProbability(), o.referenceUnitPrice(), o.rental())))
                .options().get(0).score();
        assertThat(after).isGreaterThanOrEqualTo(before);
    }

    static Stream<Named<PlanAnd<List<Double>>>> plansAndTwoProbabilities() {
        return plansAnd(inputs -> List.of(inputs.decimal(0, 1), inputs.decimal(0, 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plansAndTwoProbabilities")
    void aHigherLicensingProbabilityOverrideNeverRaisesAScore(PlanAnd<List<Double>> input) {
        ProcurementPlan plan = input.plan();
        double lower = Math.min(input.more().get(0), input.more().get(1));
        double higher = Math.max(input.more().get(0), input.more().get(1));
        double atLower = MODEL.assess(changeFirst(plan, withProbability(lower))).options().get(0).score();
        double atHigher = MODEL.assess(changeFirst(plan, withProbability(higher))).options().get(0).score();
        assertThat(atHigher).isLessThanOrEqualTo(atLower);
    }

    private static Function<PlanOption, PlanOption> withProbability(double p) {
        return o -> new PlanOption(o.id(), o.accelerator(), o.channel(), o.supplier(), o.quantity(), o.unitPrice(), p,
                o.referenceUnitPrice(), o.rental());
    }

    static Stream<Named<PlanAnd<Long>>> plansAndExtraQuantities() {
        return plansAnd(inputs -> inputs.integer(1, 5000));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plansAndExtraQuantities")
    void moreComputeFromAnOptionsVendorNeverLowersItsConcentrationRisk(PlanAnd<Long> input) {
        ProcurementPlan plan = input.plan();
        int extra = input.more().intValue();
        double before = MODEL.assess(plan).options().get(0).factors().concentration().risk();
        double after = MODEL.assess(changeFirst(plan, o -> new PlanOption(o.id(), o.accelerator(), o.channel(), o.supplier(),
                o.quantity() + extra, o.unitPrice(), o.licensingProbability(), o.referenceUnitPrice(), o.rental())))
                .options().get(0).factors().concentration().risk();
        assertThat(after).isGreaterThanOrEqualTo(before);
    }

    static Stream<Named<PlanAnd<Long>>> plansAndShuffleSeeds() {
        return plansAnd(Inputs::anyLong);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plansAndShuffleSeeds")
    void reorderingOptionsChangesNoOptionsResult(PlanAnd<Long> input) {
        ProcurementPlan plan = input.plan();
        var shuffled = new ArrayList<>(plan.options());
        Collections.shuffle(shuffled, new Random(input.more()));
        var reordered = new ProcurementPlan(plan.planId(), plan.buyer(), plan.asOf(), plan.horizonMonths(), plan.currency(),
                plan.mode(), plan.existingFleet(), plan.weights(), plan.fxRates(), shuffled);
        Assessment original = MODEL.assess(plan);
        Assessment other = MODEL.assess(reordered);
        for (OptionAssessment o : original.options()) {
            assertThat(other.options()).contains(o);
        }
        assertThat(other.plan()).isEqualTo(original.plan());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void theSamePlanGivesTheSameAssessment(ProcurementPlan plan) {
        assertThat(MODEL.assess(plan)).isEqualTo(MODEL.assess(plan));
    }

    private static ProcurementPlan changeFirst(ProcurementPlan plan, Function<PlanOption, PlanOption> change) {
        var options = new ArrayList<>(plan.options());
        options.set(0, change.apply(options.get(0)));
        return new ProcurementPlan(plan.planId(), plan.buyer(), plan.asOf(), plan.horizonMonths(), plan.currency(), plan.mode(),
                plan.existingFleet(), plan.weights(), plan.fxRates(), options);
    }
}
