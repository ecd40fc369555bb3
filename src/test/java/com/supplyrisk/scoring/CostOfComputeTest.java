package com.supplyrisk.scoring;

import static com.supplyrisk.scoring.Fixtures.ASCEND;
import static com.supplyrisk.scoring.Fixtures.CHINESE_COMMERCIAL;
import static com.supplyrisk.scoring.Fixtures.FX;
import static com.supplyrisk.scoring.Fixtures.H200;
import static com.supplyrisk.scoring.Fixtures.MODEL;
import static com.supplyrisk.scoring.Fixtures.PARAMETERS;
import static com.supplyrisk.scoring.Fixtures.POLICY;
import static com.supplyrisk.scoring.Fixtures.SEED_DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.supplyrisk.assessment.Assessment;
import com.supplyrisk.assessment.CostOfCompute;
import com.supplyrisk.assessment.OptionAssessment;
import com.supplyrisk.catalog.Accelerator;
import com.supplyrisk.catalog.BoardPower;
import com.supplyrisk.catalog.Channel;
import com.supplyrisk.catalog.Evidence;
import com.supplyrisk.catalog.Money;
import com.supplyrisk.catalog.RentalRate;
import com.supplyrisk.plan.Mode;
import com.supplyrisk.plan.Operation;
import com.supplyrisk.plan.PlanOption;
import com.supplyrisk.plan.ProcurementPlan;
import com.supplyrisk.plan.Ranking;
import com.supplyrisk.supply.ElectricityPrice;
import com.supplyrisk.supply.LeadTime;
import com.supplyrisk.supply.SupplyData;
import com.supplyrisk.supply.SupplyEstimate;
import com.supplyrisk.supply.SupplyMatch;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cost of compute per PFLOPS-hour, rentals priced by period, and the volume and lead time of a route. */
class CostOfComputeTest {

    /** An Ascend 910B of 320 TFLOPS drawing 400 W, bought at CNY 120,000 (USD 17,238.41 at the seed's 6.9612). */
    private static final Accelerator POWERED_ASCEND = new Accelerator(ASCEND.id(), ASCEND.vendor(), ASCEND.name(),
            ASCEND.originCountry(), ASCEND.form(), true, 1, ASCEND.bf16Tflops(), ASCEND.memoryGb(), ASCEND.memoryBandwidthTbps(),
            ASCEND.tpp(), ASCEND.dieAreaMm2(), ASCEND.launchYear(), ASCEND.referenceUnitPrice(),
            new BoardPower(400, SEED_DAY, Evidence.ESTIMATE, "test"), ASCEND.referenceRentalRate(), ASCEND.eccn(), "test", null, null);

    private static final double USD_PER_CNY = 1 / 6.9612;

    private static ProcurementPlan plan(int horizon, Operation operation, PlanOption... options) {
        return new ProcurementPlan("cost", CHINESE_COMMERCIAL, SEED_DAY, horizon, "USD", Mode.ALTERNATIVES, List.of(), null, Map.of(),
                List.of(options), List.of(), false, true, Ranking.COMPLIANT_FIRST, operation);
    }

    private static PlanOption bought(String id, Accelerator chip, int quantity, double cny) {
        return new PlanOption(id, chip, Channel.DOMESTIC, null, quantity, new Money(cny, "CNY"), null, null);
    }

    private static PlanOption rented(String id, int quantity, double usd, RentalRate.Period period, int months) {
        return new PlanOption(id, H200, Channel.CLOUD_RENTAL, null, quantity, new Money(usd, "USD"), null, null,
                new PlanOption.Rental(period, months));
    }

    @Test
    void aPurchaseCarriesTheHorizonsShareOfItsPriceAndThePowerItDraws() {
        var operation = new Operation(48, 1.3, new Money(0.10, "USD"));
        OptionAssessment ascend = MODEL.assess(plan(12, operation, bought("ascend", POWERED_ASCEND, 100, 120_000))).options().get(0);
        CostOfCompute cost = ascend.costOfCompute();

        double purchase = 120_000 * USD_PER_CNY * 100 * 12 / 48;
        double power = 0.4 * 100 * 1.3 * 12 * 730 * 0.10;
        double pflopsHours = 100 * 0.320 * 12 * 730;
        assertThat(cost.purchaseShare().amount()).isCloseTo(purchase, within(0.01));
        assertThat(cost.power().amount()).isCloseTo(power, within(0.01));
        assertThat(cost.rental().amount()).isZero();
        assertThat(cost.horizonCost().amount()).isCloseTo(purchase + power, within(0.02));
        assertThat(cost.deliveredPflopsHours()).isCloseTo(pflopsHours, within(0.001));
        assertThat(cost.costPerPflopsHour().amount()).isCloseTo((purchase + power) / pflopsHours, within(0.0001));
        assertThat(cost.riskAdjustedCostPerPflopsHour().amount()).isCloseTo((purchase + power) / pflopsHours, within(0.0001));
        assertThat(cost.explanation()).contains("25.0% of the purchase (12 of a 48-month service life)", "400 W x 100 x PUE 1.30",
                "USD 0.1000 per kWh (given by the buyer)");
    }

    @Test
    void aLongerServiceLifeSpreadsThePurchaseThinner() {
        double at48 = MODEL.assess(plan(12, null, bought("a", POWERED_ASCEND, 10, 120_000))).options().get(0).costOfCompute()
                .purchaseShare().amount();
        double at24 = MODEL.assess(plan(12, new Operation(24, 1.3, null), bought("a", POWERED_ASCEND, 10, 120_000))).options()
                .get(0).costOfCompute().purchaseShare().amount();
        assertThat(at24).isCloseTo(2 * at48, within(0.02));
    }

    @Test
    void hardwareWithoutABoardPowerIsNotCostedForPower() {
        CostOfCompute cost = MODEL.assess(plan(12, null, bought("a", ASCEND, 10, 120_000))).options().get(0).costOfCompute();
        assertThat(cost.power().amount()).isZero();
        assertThat(cost.explanation()).contains("board power unknown: power not costed");
    }

    @Test
    void aRentalPaysItsRateForTheHoursItRunsAndIsMeasuredAgainstTheRentalRate() {
        // The fixture H200's rental reference is 4% of CNY 191,700 a month: CNY 7,668 = USD 1,101.53 a month.
        double referencePerHour = 191_700 * 0.04 * USD_PER_CNY / 730;
        OptionAssessment hourly = MODEL.assess(plan(12, null, rented("cloud", 8, 2.0, RentalRate.Period.HOUR, 6))).options().get(0);

        assertThat(hourly.factors().pricePremium().referenceUnitPrice().amount()).isCloseTo(referencePerHour, within(0.01));
        assertThat(hourly.factors().pricePremium().premium()).isCloseTo(2.0 / referencePerHour - 1, within(0.001));
        assertThat(hourly.totalCost().amount()).isCloseTo(2.0 * 8 * 6 * 730, within(0.01));
        CostOfCompute cost = hourly.costOfCompute();
        assertThat(cost.rental().amount()).isCloseTo(2.0 * 8 * 6 * 730, within(0.01));
        assertThat(cost.purchaseShare().amount()).isZero();
        assertThat(cost.power().amount()).isZero();
        assertThat(cost.deliveredPflopsHours()).isCloseTo(8 * 0.989 * 6 * 730, within(0.001));
        assertThat(cost.costPerPflopsHour().amount()).isCloseTo(2.0 / 0.989, within(0.0001));

        OptionAssessment monthly = MODEL.assess(plan(12, null, rented("cloud", 8, 2.0 * 730, RentalRate.Period.MONTH, 6)))
                .options().get(0);
        assertThat(monthly.costOfCompute().costPerPflopsHour()).isEqualTo(cost.costPerPflopsHour());
        assertThat(monthly.factors().pricePremium().premium()).isCloseTo(hourly.factors().pricePremium().premium(), within(1e-9));
    }

    @Test
    void aZeroProbabilityLeavesOutTheRiskAdjustedCostButNotTheCost() {
        var never = new PlanOption("never", POWERED_ASCEND, Channel.DOMESTIC, null, 10, new Money(120_000, "CNY"), 0.0, null);
        CostOfCompute cost = MODEL.assess(plan(12, null, never)).options().get(0).costOfCompute();
        assertThat(cost.costPerPflopsHour()).isNotNull();
        assertThat(cost.riskAdjustedCostPerPflopsHour()).isNull();
        assertThat(cost.explanation()).contains("P = 0: no risk-adjusted cost");
    }

    private static final SupplyMatch DOMESTIC_ASCEND = new SupplyMatch(Set.of(Channel.DOMESTIC), Set.of(ASCEND.id()), null);

    private static SupplyRiskModel withSupply(double leadTimeMonths, double units) {
        var supply = new SupplyData("test",
                List.of(new SupplyEstimate("ascend-output", DOMESTIC_ASCEND, SEED_DAY.minusYears(1), units, 0.10, Evidence.PRESS_REPORT,
                        "test output")),
                List.of(new LeadTime("ascend-lead", DOMESTIC_ASCEND, SEED_DAY.minusYears(1), leadTimeMonths, Evidence.ESTIMATE,
                        "test lead time")),
                List.of(), new ElectricityPrice(null, new Money(0.10, "USD"), SEED_DAY, Evidence.ESTIMATE, "test"));
        return new SupplyRiskModel(POLICY, FX, PARAMETERS, supply);
    }

    @Test
    void theProbabilityFallsWithTheOrderAgainstWhatTheRouteSupplies() {
        SupplyRiskModel model = withSupply(0, 300_000);
        for (int quantity : new int[] {1_000, 20_000, 200_000}) {
            Assessment answer = model.assess(plan(12, null, bought("a", ASCEND, quantity, 120_000)));
            OptionAssessment o = answer.options().get(0);
            double volume = Math.exp(-quantity / 30_000.0);
            assertThat(o.delivery().volumeProbability()).as("%d units", quantity).isCloseTo(volume, within(0.00005));
            assertThat(o.factors().licensing().probability()).as("%d units", quantity).isCloseTo(volume, within(0.00005));
            assertThat(o.delivery().supplyVolume()).isEqualTo("ascend-output");
            assertThat(answer.supplyVolumes().get("ascend-output").units()).isEqualTo(300_000);
            assertThat(answer.supplyVolumes().get("ascend-output").source()).isEqualTo("test output");
            assertThat(o.factors().licensing().explanation()).contains("Times the volume probability");
        }
    }

    @Test
    void theBuyersOwnProbabilityReplacesTheVolumeToo() {
        var own = new PlanOption("own", ASCEND, Channel.DOMESTIC, null, 200_000, new Money(120_000, "CNY"), 0.9, null);
        Assessment answer = withSupply(0, 300_000).assess(plan(12, null, own));
        OptionAssessment o = answer.options().get(0);
        assertThat(o.factors().licensing().probability()).isEqualTo(0.9);
        assertThat(o.factors().licensing().policyProbability()).isCloseTo(Math.exp(-200_000 / 30_000.0), within(0.00005));
        assertThat(o.delivery().volumeProbability()).isEqualTo(1.0);
        assertThat(o.delivery().supplyVolume()).isNull();
        assertThat(answer.supplyVolumes()).isEmpty();
    }

    @Test
    void computeCountsFromDeliveryAndNothingArrivingInTheHorizonHasNoCostPerPflopsHour() {
        CostOfCompute late = withSupply(4, 1e9).assess(plan(12, null, bought("a", POWERED_ASCEND, 10, 120_000))).options().get(0)
                .costOfCompute();
        assertThat(late.deliveredPflopsHours()).isCloseTo(10 * 0.320 * 8 * 730, within(0.001));
        assertThat(late.purchaseShare().amount()).isCloseTo(120_000 * USD_PER_CNY * 10 / 4, within(0.01));
        assertThat(late.explanation()).contains("Delivered after 4.0 months of the 12-month horizon");

        OptionAssessment never = withSupply(12, 1e9).assess(plan(12, null, bought("a", POWERED_ASCEND, 10, 120_000))).options().get(0);
        assertThat(never.costOfCompute().deliveredPflopsHours()).isZero();
        assertThat(never.costOfCompute().costPerPflopsHour()).isNull();
        assertThat(never.costOfCompute().riskAdjustedCostPerPflopsHour()).isNull();
        assertThat(never.delivery().leadTimeMonths()).isEqualTo(12);
    }

    @Test
    void equalScoresGoToTheLowerRiskAdjustedCostPerPflopsHour() {
        // Both below the reference (no price risk), same vendor and route: equal scores, and the id would favour "a-dear".
        Assessment answer = MODEL.assess(plan(12, null, bought("a-dear", ASCEND, 10, 110_000), bought("b-cheap", ASCEND, 10, 100_000)));
        assertThat(answer.options().get(0).score()).isEqualTo(answer.options().get(1).score());
        assertThat(answer.options()).extracting(OptionAssessment::id, OptionAssessment::rank)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a-dear", 2), org.assertj.core.groups.Tuple.tuple("b-cheap", 1));
    }
}
