package com.supplyrisk.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import com.supplyrisk.catalog.Channel;
import com.supplyrisk.simulation.Plans;
import com.supplyrisk.simulation.SimulatedOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The goals a recommendation cannot meet say why, and the smallest plans answer plainly. */
class RecommendEdgeCasesTest {

    private static final Recommender RECOMMENDER = new Recommender(Plans.POLICY);

    /** 8 accelerators of 1 PFLOPS each per lot, USD 10,000 an accelerator. */
    private static Candidate candidate(SimulatedOption option, int quantity, boolean nonCompliant) {
        return new Candidate(option, quantity, "V", nonCompliant);
    }

    private static Candidates plan(Candidate... options) {
        return new Candidates(Plans.DAY, Plans.HORIZON, "USD", List.of(options));
    }

    private static Recommendation recommend(Candidates plan, Goal goal) {
        return RECOMMENDER.recommend(plan, goal, 1000, 0);
    }

    private static final Candidate DOMESTIC = candidate(Plans.option("domestic", Plans.CHIP_B, Channel.DOMESTIC, 80, 800_000), 80, false);
    private static final Candidate GREY = candidate(Plans.option("grey", Plans.CHIP_A, Channel.GREY_MARKET, 80, 900_000), 80, true);

    @Test
    void aTargetBeyondEveryOptionIsInfeasibleAndSaysHowMuchThereIs() {
        Recommendation answer = recommend(plan(DOMESTIC), new Goal(100, 0.5, null, 8, null, false));
        assertThat(answer.feasible()).isFalse();
        assertThat(answer.reason()).isEqualTo("the target of 100 PFLOPS is out of reach: every option bought in whole lots delivers 80 PFLOPS at most");
        assertThat(answer.recommendation().quantities()).isEmpty();
        assertThat(answer.frontier()).allSatisfy(point -> assertThat(point.feasible()).isFalse());
    }

    @Test
    void aBudgetBelowTheCheapestLotNamesThatLot() {
        Recommendation answer = recommend(plan(DOMESTIC), new Goal(8, 0.5, 50_000.0, 8, null, false));
        assertThat(answer.feasible()).isFalse();
        assertThat(answer.reason()).isEqualTo("the budget of USD 50,000 is below the cheapest lot, USD 80,000 of domestic");
        assertThat(answer.recommendation().quantities()).isEmpty();
    }

    @Test
    void onlyNonCompliantOptionsAreNeverBoughtUnlessAllowed() {
        Recommendation refused = recommend(plan(GREY), new Goal(8, 0.5, null, 8, null, false));
        assertThat(refused.feasible()).isFalse();
        assertThat(refused.reason()).contains("every option is NON_COMPLIANT");
        assertThat(refused.recommendation().quantities()).isEmpty();

        Recommendation allowed = recommend(plan(GREY), new Goal(8, 0.5, null, 8, null, true));
        assertThat(allowed.feasible()).isTrue();
        assertThat(allowed.recommendation().quantities()).containsExactly(new Quantity("grey", 8));
        // Paid up front: the expected cost is the whole price, seized or not.
        assertThat(allowed.recommendation().expectedCost().amount()).isEqualTo(90_000);
    }

    @Test
    void oneOptionIsBoughtInTheFewestLotsThatReachTheTarget() {
        Recommendation answer = recommend(plan(DOMESTIC), new Goal(20, 0.6, null, 8, null, false));
        assertThat(answer.feasible()).isTrue();
        assertThat(answer.recommendation().quantities()).containsExactly(new Quantity("domestic", 24));
        assertThat(answer.recommendation().probabilityOfTarget()).isEqualTo(Plans.P_B);
        assertThat(answer.recommendation().expectedCost().amount()).isEqualTo(Math.round(240_000 * Plans.P_B * 100) / 100.0);
        assertThat(answer.recommendation().worstCaseCost().amount()).isEqualTo(240_000);
        assertThat(answer.recommendation().optimalityGap()).isZero();
        // One route cannot do better than its own chance: 0.8 and up are out of reach.
        assertThat(answer.frontier()).extracting(FrontierPoint::feasible).containsExactly(true, true, true, false, false, false, false);
    }

    @Test
    void twoOptionsOnOneRouteAreNoHedge() {
        Candidate second = candidate(Plans.option("domestic-2", Plans.CHIP_B, Channel.DOMESTIC, 80, 800_000), 80, false);
        Recommendation answer = recommend(plan(DOMESTIC, second), new Goal(20, 0.8, null, 8, null, false));
        // Both need the same supply approval (0.7): together they still reach the target with 0.7, not 1 - 0.3^2.
        assertThat(answer.feasible()).isFalse();
        assertThat(answer.recommendation().probabilityOfTarget()).isEqualTo(Plans.P_B);
    }

    /** The same option delivered only once the horizon is over. */
    private static Candidate arrivingAfterTheHorizon(Candidate in) {
        SimulatedOption o = in.option();
        return candidate(new SimulatedOption(o.id() + "-late", o.route(), o.licensingProbability(), o.computePflops(), o.totalCost(),
                o.bought(), o.volumeProbability(), Plans.HORIZON, o.runMonths()), in.quantity(), in.nonCompliant());
    }

    @Test
    void computeArrivingAfterTheHorizonIsNeverBought() {
        Candidate late = arrivingAfterTheHorizon(DOMESTIC);
        Recommendation alone = recommend(plan(late), new Goal(8, 0.5, null, 8, null, false));
        assertThat(alone.feasible()).isFalse();
        assertThat(alone.reason()).isEqualTo("no option may be bought: 1 with a lead time of the whole 12-month horizon or more");
        assertThat(alone.recommendation().quantities()).isEmpty();

        Recommendation beside = recommend(plan(late, DOMESTIC), new Goal(8, 0.5, null, 8, null, false));
        assertThat(beside.feasible()).isTrue();
        assertThat(beside.recommendation().quantities()).containsExactly(new Quantity("domestic", 8));
    }

    @Test
    void theVendorShareBoundsTheExpectedDeliveredCompute() {
        Candidate other = new Candidate(Plans.estimated("other", 0.9, 80, 1_600_000), 80, "W", false);
        Recommendation answer = recommend(plan(DOMESTIC, other), new Goal(8, 0.5, null, 8, 0.6, false));
        assertThat(answer.feasible()).isTrue();
        assertThat(answer.recommendation().vendorShares()).allSatisfy(share -> assertThat(share.share()).isLessThanOrEqualTo(0.6));
        assertThat(answer.recommendation().quantities()).hasSize(2);
    }
}
