package com.supplyrisk.scoring;

import com.supplyrisk.assessment.Assessment;
import com.supplyrisk.assessment.OptionAssessment;
import com.supplyrisk.assessment.OptionUnderScenario;
import com.supplyrisk.assessment.ScenarioResult;
import com.supplyrisk.catalog.ScenarioOverrides;
import com.supplyrisk.plan.PlanOption;
import com.supplyrisk.plan.ProcurementPlan;
import com.supplyrisk.plan.Scenario;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * The plan scored again under each scenario by the same model: a policy with the scenario's rule numbers, the
 * scenario's exchange rates over the plan's, and the options of a repriced channel at the scenario's premium over
 * their reference price. An option's own licensing-probability override stands in every scenario.
 */
final class ScenarioAnalysis {

    private ScenarioAnalysis() {
    }

    /** @param asSent the plan's assessment as sent, which rank changes are counted from */
    static List<ScenarioResult> of(SupplyRiskModel model, ProcurementPlan plan, Assessment asSent) {
        var results = new ArrayList<ScenarioResult>(plan.scenarios().size());
        for (Scenario scenario : plan.scenarios()) {
            ScenarioOverrides overrides = scenario.overrides();
            Assessment under = overrides.isEmpty() ? asSent : model.under(overrides.rules()).assess(planUnder(plan, overrides));
            var options = new ArrayList<OptionUnderScenario>(under.options().size());
            for (int i = 0; i < under.options().size(); i++) {
                OptionAssessment o = under.options().get(i);
                options.add(new OptionUnderScenario(o.id(), o.score(), o.rating(), o.rank(), o.rank() - asSent.options().get(i).rank()));
            }
            results.add(new ScenarioResult(scenario.name(), scenario.description(), scenario.custom(), List.copyOf(options)));
        }
        return List.copyOf(results);
    }

    /** The plan as the scenario sees it, asking for nothing beyond the scores. */
    private static ProcurementPlan planUnder(ProcurementPlan plan, ScenarioOverrides overrides) {
        var rates = new HashMap<>(plan.fxRates());
        rates.putAll(overrides.fxRates());
        List<PlanOption> options = plan.options().stream().map(option -> {
            Double premium = overrides.premiums().get(option.channel());
            return premium == null ? option : repriced(option, premium);
        }).toList();
        return new ProcurementPlan(plan.planId(), plan.buyer(), plan.asOf(), plan.horizonMonths(), plan.currency(), plan.mode(),
                plan.existingFleet(), plan.weights(), rates, options, List.of(), false, false, plan.ranking(),
                plan.operation());
    }

    /** Unit price = reference x (1 + premium), in the reference's currency (per period for a rental). */
    private static PlanOption repriced(PlanOption option, double premium) {
        return new PlanOption(option.id(), option.accelerator(), option.channel(), option.supplier(), option.quantity(),
                option.reference().times(1 + premium), option.licensingProbability(), option.referenceUnitPrice(), option.rental());
    }
}
