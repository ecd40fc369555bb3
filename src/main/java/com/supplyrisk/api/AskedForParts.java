package com.supplyrisk.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.supplyrisk.scoring.Assessment;
import com.supplyrisk.scoring.BreakEven;
import com.supplyrisk.scoring.InputSensitivity;
import com.supplyrisk.scoring.OptionAssessment;
import com.supplyrisk.scoring.ScenarioResult;
import com.supplyrisk.simulation.Simulation;
import java.util.List;

/**
 * The parts of an answer that only a request asking for them gets are left out, not written as null, when it did
 * not: a plain scoring request is answered byte for byte as before they existed.
 */
final class AskedForParts {

    private AskedForParts() {
    }

    static SimpleModule module() {
        return new SimpleModule("asked-for-parts")
                .setMixInAnnotation(Assessment.class, AssessmentParts.class)
                .setMixInAnnotation(OptionAssessment.class, OptionParts.class);
    }

    private interface AssessmentParts {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        List<ScenarioResult> scenarioResults();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        Simulation simulation();
    }

    private interface OptionParts {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        List<InputSensitivity> sensitivity();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        BreakEven breakEven();
    }
}
