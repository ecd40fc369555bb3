package com.supplyrisk.assessment;

import com.supplyrisk.plan.Mode;
import com.supplyrisk.plan.Ranking;
import com.supplyrisk.simulation.Simulation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The answer to a plan: every option scored and ranked, in request order, and the plan as a whole.
 *
 * @param rules the policy rules the options' approvals cite, by id in id order: each once, however many options cite it
 * @param leadTimes the supply data's lead times the options cite, by id in id order
 * @param supplyVolumes the supply data's volume estimates the options cite, by id in id order
 * @param scenarioResults the options under each scenario the plan asked for; null when it asked for none
 * @param simulation the Monte Carlo over the plan's approvals, or null when none was asked for
 */
public record Assessment(
        String planId,
        String modelVersion,
        String policyVersion,
        LocalDate asOf,
        int horizonMonths,
        String currency,
        Mode mode,
        Ranking ranking,
        List<OptionAssessment> options,
        Map<String, CitedRule> rules,
        Map<String, CitedLeadTime> leadTimes,
        Map<String, CitedSupplyVolume> supplyVolumes,
        PlanSummary plan,
        List<Warning> warnings,
        List<ScenarioResult> scenarioResults,
        Simulation simulation) {

    public Assessment withSimulation(Simulation simulation) {
        return new Assessment(planId, modelVersion, policyVersion, asOf, horizonMonths, currency, mode, ranking, options, rules, leadTimes, supplyVolumes, plan,
                warnings, scenarioResults, simulation);
    }

    public Assessment withScenarioResults(List<ScenarioResult> results) {
        return new Assessment(planId, modelVersion, policyVersion, asOf, horizonMonths, currency, mode, ranking, options, rules, leadTimes, supplyVolumes, plan,
                warnings, results, simulation);
    }
}
