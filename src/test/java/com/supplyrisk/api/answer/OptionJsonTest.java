package com.supplyrisk.api.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.supplyrisk.api.AssessmentResource;
import com.supplyrisk.api.Plans;
import com.supplyrisk.api.RandomPlans;
import com.supplyrisk.api.request.AssessmentRequest;
import com.supplyrisk.assessment.Assessment;
import com.supplyrisk.assessment.BreakEven;
import com.supplyrisk.assessment.CostOfCompute;
import com.supplyrisk.assessment.InputSensitivity;
import com.supplyrisk.assessment.OptionAssessment;
import com.supplyrisk.catalog.AcceleratorCatalog;
import com.supplyrisk.catalog.Money;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written option writers write exactly what Jackson's own record serializers write. */
@QuarkusTest
class OptionJsonTest {

    @Inject
    ObjectMapper mapper;

    @Inject
    AssessmentResource resource;

    @Inject
    AcceleratorCatalog catalog;

    /** Jackson's record serializers, with the answers' number, amount and date settings, without OptionJson. */
    private static final ObjectMapper JACKSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(PlainNumbers.module())
            .registerModule(AnswerAmounts.module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .registerModule(AskedForParts.module())
            .addMixIn(OptionAssessment.class, OptionParts.class)
            .addMixIn(CostOfCompute.class, CostParts.class);

    private interface OptionParts {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        List<InputSensitivity> sensitivity();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        BreakEven breakEven();
    }

    private interface CostParts {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String explanation();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        Money costPerPflopsHour();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        Money riskAdjustedCostPerPflopsHour();
    }

    @Test
    void theExamplesAreWrittenAsJacksonWritesThem() throws Exception {
        for (String example : List.of("seed-dilemma.json", "seed-scenarios.json", "seed-simulation.json",
                "subsidiary-abroad.json", "custom-accelerator.json")) {
            Assessment answer = resource.assess(mapper.readValue(Plans.example(example), AssessmentRequest.class));
            assertThat(mapper.writeValueAsString(answer)).as(example).isEqualTo(JACKSON.writeValueAsString(answer));
        }
    }

    /** Random plans bring nulls, overrides, warnings, custom parts and every kind of text to escape. */
    @Test
    void randomPlansAreWrittenAsJacksonWritesThem() throws Exception {
        var plans = new RandomPlans(new Random(20261201), catalog.all().stream().map(a -> a.id()).toList());
        int written = 0;
        for (int i = 0; i < 300; i++) {
            Map<String, Object> plan = plans.plan();
            if (i % 3 == 0) {
                plan.put("sensitivity", true);
            }
            if (i % 2 == 0) {
                plan.put("explain", true);
            }
            Assessment answer;
            try {
                answer = resource.assess(mapper.convertValue(plan, AssessmentRequest.class));
            } catch (RuntimeException invalid) {
                continue;
            }
            assertThat(mapper.writeValueAsString(answer)).as("plan %d", i).isEqualTo(JACKSON.writeValueAsString(answer));
            written++;
        }
        assertThat(written).as("valid random plans compared").isGreaterThan(150);
    }
}
