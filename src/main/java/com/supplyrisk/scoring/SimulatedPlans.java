package com.supplyrisk.scoring;

import com.supplyrisk.assessment.Assessment;
import com.supplyrisk.assessment.OptionAssessment;
import com.supplyrisk.catalog.Route;
import com.supplyrisk.plan.Buyer;
import com.supplyrisk.plan.Mode;
import com.supplyrisk.plan.PlanOption;
import com.supplyrisk.plan.ProcurementPlan;
import com.supplyrisk.simulation.SimulatedOption;
import com.supplyrisk.simulation.SimulatedPlan;
import java.util.ArrayList;
import java.util.List;

/** A plan and its assessment as the simulation needs them: each option's route, compute and cost, and what the plan buys. */
public final class SimulatedPlans {

    private SimulatedPlans() {
    }

    /**
     * @param assessment the plan's assessment, whose options are in the plan's order: it gives each option's cost in the
     *                   plan's currency, its volume probability (as the answer shows it) and lead time and, among
     *                   alternatives, which option is ranked first and so bought
     */
    public static SimulatedPlan of(ProcurementPlan plan, Assessment assessment) {
        Buyer buyer = plan.buyer();
        List<PlanOption> listed = plan.options();
        var options = new ArrayList<SimulatedOption>(listed.size());
        for (int i = 0; i < listed.size(); i++) {
            PlanOption option = listed.get(i);
            OptionAssessment assessed = assessment.options().get(i);
            var route = new Route(option.accelerator(), buyer.country(), buyer.headquarters(), buyer.segment(), option.channel());
            options.add(new SimulatedOption(option.id(), route, option.licensingProbability(), option.computePflops(),
                    assessed.totalCost(), plan.mode() == Mode.PORTFOLIO || assessed.rank() == 1,
                    assessed.delivery().volumeProbability(), assessed.delivery().leadTimeMonths(),
                    option.rental() != null ? option.rental().months() : plan.operation().serviceLifeMonths()));
        }
        return new SimulatedPlan(plan.asOf(), plan.horizonMonths(), plan.currency(), options);
    }
}
