package com.supplyrisk.scoring;

import static com.supplyrisk.scoring.Fixtures.FX;
import static com.supplyrisk.scoring.Fixtures.MODEL;
import static com.supplyrisk.scoring.Fixtures.PARAMETERS;
import static com.supplyrisk.scoring.Fixtures.POLICY;
import static org.assertj.core.api.Assertions.assertThat;

import com.supplyrisk.assessment.Assessment;
import com.supplyrisk.assessment.OptionAssessment;
import com.supplyrisk.assessment.OptionUnderScenario;
import com.supplyrisk.assessment.ScenarioResult;
import com.supplyrisk.catalog.Channel;
import com.supplyrisk.catalog.Money;
import com.supplyrisk.catalog.PolicyRule;
import com.supplyrisk.catalog.PolicyTimeline;
import com.supplyrisk.catalog.RuleChange;
import com.supplyrisk.catalog.ScenarioOverrides;
import com.supplyrisk.plan.PlanOption;
import com.supplyrisk.plan.ProcurementPlan;
import com.supplyrisk.plan.Ranking;
import com.supplyrisk.plan.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A scenario's scores are those the model gives the plan as the scenario changes it, rule, price or rate. */
class ScenarioAnalysisTest {

    private static ProcurementPlan seedUnder(Scenario... scenarios) {
        ProcurementPlan seed = Fixtures.seedPlan();
        return new ProcurementPlan(seed.planId(), seed.buyer(), seed.asOf(), seed.horizonMonths(), seed.currency(), seed.mode(),
                seed.existingFleet(), seed.weights(), seed.fxRates(), seed.options(), List.of(scenarios), false, Ranking.SCORE);
    }

    private static ProcurementPlan withOptions(ProcurementPlan plan, List<PlanOption> options, Map<String, Double> fxRates) {
        return new ProcurementPlan(plan.planId(), plan.buyer(), plan.asOf(), plan.horizonMonths(), plan.currency(), plan.mode(),
                plan.existingFleet(), plan.weights(), fxRates, options);
    }

    private static Scenario custom(Map<String, RuleChange> rules, Map<Channel, Double> premiums, Map<String, Double> fx) {
        return Scenario.custom("what-if", new ScenarioOverrides(rules, premiums, fx));
    }

    private static List<Double> scores(Assessment assessment) {
        return assessment.options().stream().map(OptionAssessment::score).toList();
    }

    private static List<Double> scores(ScenarioResult result) {
        return result.options().stream().map(OptionUnderScenario::score).toList();
    }

    @Test
    void aRuleChangeScoresAsAPolicyWrittenWithTheNewNumbers() {
        Assessment answer = MODEL.assess(seedUnder(custom(Map.of("cn-customs-hold", new RuleChange(0.9, 0.02)), null, null)));

        List<PolicyRule> rewritten = POLICY.rules().stream().map(r -> r.id().equals("cn-customs-hold")
                ? Fixtures.rule(r.id(), r.approval(), r.effectiveFrom(), r.effectiveTo(), r.priority(), 0.9, 0.02, r.match())
                : r).toList();
        var liftedHold = new SupplyRiskModel(new PolicyTimeline(POLICY.version(), POLICY.thresholds(), POLICY.countryGroups(), POLICY.approvals(), rewritten,
                List.of()), FX, PARAMETERS, Fixtures.NO_SUPPLY_LIMITS);
        Assessment expected = liftedHold.assess(Fixtures.seedPlan());

        assertThat(scores(answer.scenarioResults().get(0))).isEqualTo(scores(expected));
        assertThat(answer.scenarioResults().get(0).options().get(0).score()).isLessThan(answer.options().get(0).score());
    }

    @Test
    void aPremiumPricesTheChannelsOptionsAtTheReferenceTimesOnePlusIt() {
        Assessment answer = MODEL.assess(seedUnder(custom(null, Map.of(Channel.GREY_MARKET, 1.0), null)));

        ProcurementPlan seed = Fixtures.seedPlan();
        List<PlanOption> repriced = seed.options().stream().map(o -> o.channel() != Channel.GREY_MARKET ? o
                : new PlanOption(o.id(), o.accelerator(), o.channel(), o.supplier(), o.quantity(), new Money(2 * 191_700, "CNY"),
                        o.licensingProbability(), o.referenceUnitPrice(), o.rental())).toList();

        assertThat(scores(answer.scenarioResults().get(0))).isEqualTo(scores(MODEL.assess(withOptions(seed, repriced, Map.of()))));
    }

    @Test
    void exchangeRatesApplyOverThePlans() {
        // A price in dollars against a reference in yuan: the rate moves the premium.
        ProcurementPlan seed = Fixtures.seedPlan();
        List<PlanOption> inDollars = seed.options().stream().map(o -> o.channel() != Channel.GREY_MARKET ? o
                : new PlanOption(o.id(), o.accelerator(), o.channel(), o.supplier(), o.quantity(), new Money(41_300, "USD"),
                        o.licensingProbability(), o.referenceUnitPrice(), o.rental())).toList();
        Scenario weakYuan = custom(null, null, Map.of("CNY", 9.0));
        var plan = new ProcurementPlan(seed.planId(), seed.buyer(), seed.asOf(), seed.horizonMonths(), seed.currency(), seed.mode(),
                seed.existingFleet(), seed.weights(), Map.of("EUR", 0.9), inDollars, List.of(weakYuan), false, Ranking.COMPLIANT_FIRST);

        Assessment answer = MODEL.assess(plan);

        assertThat(scores(answer.scenarioResults().get(0)))
                .isEqualTo(scores(MODEL.assess(withOptions(seed, inDollars, Map.of("EUR", 0.9, "CNY", 9.0)))))
                .isNotEqualTo(scores(answer));
    }

    @Test
    void rankChangesCountFromThePlanAsSentAndABaselineChangesNothing() {
        Scenario baseline = new Scenario("baseline", "as it stands", false, ScenarioOverrides.NONE);
        Scenario hold = Scenario.custom("hold-lifted", new ScenarioOverrides(Map.of("cn-customs-hold", new RuleChange(1.0, 0.0)),
                null, null));
        Assessment answer = MODEL.assess(seedUnder(baseline, hold));

        ScenarioResult same = answer.scenarioResults().get(0);
        assertThat(scores(same)).isEqualTo(scores(answer));
        assertThat(same.options()).extracting(OptionUnderScenario::rankChange).containsOnly(0);
        assertThat(same.custom()).isFalse();
        ScenarioResult lifted = answer.scenarioResults().get(1);
        assertThat(lifted.custom()).isTrue();
        assertThat(lifted.description()).isEqualTo("Given in the request: 1 rule, 0 channel premiums and 0 exchange rates changed");
        for (int i = 0; i < answer.options().size(); i++) {
            assertThat(lifted.options().get(i).id()).isEqualTo(answer.options().get(i).id());
            assertThat(lifted.options().get(i).rankChange()).isEqualTo(lifted.options().get(i).rank() - answer.options().get(i).rank());
        }
        assertThat(lifted.options().get(0).rankChange()).as("the official H200 climbs once the hold is lifted").isNegative();
    }

    @Test
    void anOptionsOwnLicensingProbabilityStandsInEveryScenario() {
        ProcurementPlan seed = Fixtures.seedPlan();
        List<PlanOption> estimated = seed.options().stream().map(o -> new PlanOption(o.id(), o.accelerator(), o.channel(),
                o.supplier(), o.quantity(), o.unitPrice(), 0.5, o.referenceUnitPrice(), o.rental())).toList();
        var plan = new ProcurementPlan(seed.planId(), seed.buyer(), seed.asOf(), seed.horizonMonths(), seed.currency(), seed.mode(),
                seed.existingFleet(), seed.weights(), seed.fxRates(), estimated,
                List.of(custom(Map.of("cn-customs-hold", new RuleChange(1.0, 0.0), "grey-seizure", new RuleChange(0.1, null)), null,
                        null)), false, Ranking.COMPLIANT_FIRST);

        Assessment answer = MODEL.assess(plan);

        assertThat(scores(answer.scenarioResults().get(0))).isEqualTo(scores(answer));
    }
}
