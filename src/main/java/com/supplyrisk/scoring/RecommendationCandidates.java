package com.supplyrisk.scoring;

import com.supplyrisk.assessment.Assessment;
import com.supplyrisk.assessment.Compliance;
import com.supplyrisk.assessment.OptionAssessment;
import com.supplyrisk.plan.PlanOption;
import com.supplyrisk.plan.ProcurementPlan;
import com.supplyrisk.recommendation.Candidate;
import com.supplyrisk.recommendation.Candidates;
import com.supplyrisk.simulation.SimulatedOption;
import com.supplyrisk.simulation.SimulatedPlan;
import java.util.ArrayList;
import java.util.List;

/** A plan and its assessment as a recommendation needs them: every option bought in full, with its vendor and compliance. */
public final class RecommendationCandidates {

    private RecommendationCandidates() {
    }

    /** @param assessment the plan's assessment, options in the plan's order: their cost in the plan's currency and compliance */
    public static Candidates of(ProcurementPlan plan, Assessment assessment) {
        SimulatedPlan simulated = SimulatedPlans.of(plan, assessment);
        List<PlanOption> listed = plan.options();
        var candidates = new ArrayList<Candidate>(listed.size());
        for (int i = 0; i < listed.size(); i++) {
            PlanOption option = listed.get(i);
            OptionAssessment assessed = assessment.options().get(i);
            SimulatedOption full = simulated.options().get(i);
            // Bought in full, as the simulation would buy it: its volume probability is that of the whole quantity.
            candidates.add(new Candidate(new SimulatedOption(full.id(), full.route(), full.licensingProbability(),
                    full.computePflops(), full.totalCost(), true, full.volumeProbability(), full.leadTimeMonths(), full.runMonths()),
                    option.quantity(), option.accelerator().vendor(),
                    assessed.compliance() == Compliance.NON_COMPLIANT));
        }
        return new Candidates(plan.asOf(), plan.horizonMonths(), plan.currency(), candidates);
    }
}
