package com.supplyrisk.api.answer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.supplyrisk.assessment.Assessment;
import com.supplyrisk.assessment.ScenarioResult;
import com.supplyrisk.simulation.Simulation;
import java.util.List;

/**
 * The parts of an answer that only a request asking for them gets are left out, not written as null, when it did
 * not: a plain scoring request is answered byte for byte as before they existed. An option's own such parts
 * ({@code sensitivity}, {@code breakEven}) are left out by {@link OptionJson}.
 */
public final class AskedForParts {

    private AskedForParts() {
    }

    public static SimpleModule module() {
        return new SimpleModule("asked-for-parts")
                .setMixInAnnotation(Assessment.class, AssessmentParts.class);
    }

    private interface AssessmentParts {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        List<ScenarioResult> scenarioResults();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        Simulation simulation();
    }
}
