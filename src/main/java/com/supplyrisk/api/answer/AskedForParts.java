package com.supplyrisk.api.answer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.supplyrisk.assessment.Assessment;
import com.supplyrisk.assessment.ConcentrationFactor;
import com.supplyrisk.assessment.CostOfCompute;
import com.supplyrisk.assessment.Delivery;
import com.supplyrisk.assessment.LicensingFactor;
import com.supplyrisk.assessment.PricePremiumFactor;
import com.supplyrisk.assessment.ScenarioResult;
import com.supplyrisk.assessment.Warning;
import com.supplyrisk.simulation.Simulation;
import java.util.List;

/**
 * The parts of an answer that only a request asking for them gets are left out, not written as null, when it did
 * not: a plain scoring request gets the compact answer. An option's own such parts ({@code sensitivity},
 * {@code breakEven} and the explanations of its factors, cost and delivery) are left out by {@link OptionJson}; the mix-ins for the factors
 * leave them out where Jackson writes the records itself, and a warning's message, also worded on request only.
 */
public final class AskedForParts {

    private AskedForParts() {
    }

    public static SimpleModule module() {
        return new SimpleModule("asked-for-parts")
                .setMixInAnnotation(Assessment.class, AssessmentParts.class)
                .setMixInAnnotation(ConcentrationFactor.class, Explained.class)
                .setMixInAnnotation(LicensingFactor.class, Explained.class)
                .setMixInAnnotation(PricePremiumFactor.class, Explained.class)
                .setMixInAnnotation(CostOfCompute.class, Explained.class)
                .setMixInAnnotation(Delivery.class, Explained.class)
                .setMixInAnnotation(Warning.class, Worded.class);
    }

    private interface AssessmentParts {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        List<ScenarioResult> scenarioResults();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        Simulation simulation();
    }

    private interface Explained {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String explanation();
    }

    private interface Worded {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String message();
    }
}
