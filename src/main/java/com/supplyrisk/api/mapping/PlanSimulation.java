package com.supplyrisk.api.mapping;

import com.supplyrisk.api.request.AssessmentRequest;
import com.supplyrisk.api.request.MoneyRequest;
import com.supplyrisk.api.request.SimulationRequest;
import com.supplyrisk.assessment.Assessment;
import com.supplyrisk.exchangerates.FxRates;
import com.supplyrisk.exchangerates.FxTable;
import com.supplyrisk.catalog.Money;
import com.supplyrisk.catalog.PolicyTimeline;
import com.supplyrisk.plan.ProcurementPlan;
import com.supplyrisk.scoring.SimulatedPlans;
import com.supplyrisk.simulation.MonteCarlo;
import com.supplyrisk.simulation.Trials;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Adds the simulation a request asks for to its assessment. Runs on the request's worker thread: PlanMapper has
 * bounded trials x options, so one request holds a core for a bounded time, and the concurrency guard bounds how
 * many do at once.
 */
@ApplicationScoped
public class PlanSimulation {

    private final MonteCarlo monteCarlo;
    private final FxRates fxRates;

    public PlanSimulation(PolicyTimeline policy, FxRates fxRates) {
        this.monteCarlo = new MonteCarlo(policy);
        this.fxRates = fxRates;
    }

    /** The assessment with the simulation the request asks for, or as it is when it asks for none. */
    public Assessment addTo(Assessment assessment, ProcurementPlan plan, AssessmentRequest request) {
        SimulationRequest simulation = request.simulation();
        if (simulation == null) {
            return assessment;
        }
        var trials = new Trials(simulation.trials(), simulation.seed() == null ? 0 : simulation.seed(),
                request.targetComputePflops().doubleValue(), request.budget() == null ? null : budget(request.budget(), plan));
        return assessment.withSimulation(monteCarlo.run(SimulatedPlans.of(plan, assessment), trials));
    }

    /** The budget in the plan's currency, at the rates the assessment used. */
    private Money budget(MoneyRequest budget, ProcurementPlan plan) {
        FxTable fx = fxRates.tableOn(plan.asOf()).orElseThrow().withRates(plan.fxRates(), "rates given in the request");
        return fx.convert(new Money(budget.amount().doubleValue(), budget.currency()), plan.currency()).orElseThrow();
    }
}
