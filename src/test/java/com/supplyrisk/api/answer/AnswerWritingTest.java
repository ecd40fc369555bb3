package com.supplyrisk.api.answer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.std.BeanSerializerBase;
import com.supplyrisk.api.Plans;
import com.supplyrisk.assessment.ApprovalOutcome;
import com.supplyrisk.assessment.BreakEven;
import com.supplyrisk.assessment.ConcentrationFactor;
import com.supplyrisk.assessment.OptionAssessment;
import com.supplyrisk.assessment.OptionUnderScenario;
import com.supplyrisk.catalog.Money;
import com.supplyrisk.simulation.OptionSimulation;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** How answers are written: the records of each option without reflection, every number without E-notation. */
@QuarkusTest
class AnswerWritingTest {

    private static final Pattern E_NOTATION = Pattern.compile("[0-9][eE][-+]?[0-9]");

    @Inject
    ObjectMapper mapper;

    /** Every record an answer holds per option: the hot path of writing a large answer. */
    @Test
    void theRecordsOfEachOptionAreWrittenWithoutReflection() throws Exception {
        SerializerProvider provider = mapper.getSerializerProviderInstance();
        List<String> reflective = new ArrayList<>();
        Set<Class<?>> seen = new LinkedHashSet<>();
        Deque<Type> pending = new ArrayDeque<>(List.of(OptionAssessment.class, OptionUnderScenario.class, OptionSimulation.class));
        while (!pending.isEmpty()) {
            Type type = pending.pop();
            if (type instanceof ParameterizedType list) {
                pending.push(list.getActualTypeArguments()[0]);
                continue;
            }
            if (!(type instanceof Class<?> record) || !record.isRecord() || !seen.add(record)) {
                continue;
            }
            for (RecordComponent component : record.getRecordComponents()) {
                pending.push(component.getGenericType());
            }
            if (provider.findValueSerializer(record) instanceof BeanSerializerBase bean) {
                bean.properties().forEachRemaining(property -> {
                    if (!isGeneratedAccessor((BeanPropertyWriter) property)) {
                        reflective.add(record.getSimpleName() + "." + property.getName());
                    }
                });
            }
        }
        assertThat(seen).as("records walked").contains(OptionAssessment.class, ConcentrationFactor.class,
                ApprovalOutcome.class, Money.class, BreakEven.class);
        assertThat(reflective).as("properties read through reflection").isEmpty();
    }

    /** Blackbird's writer, not fallen back to reflection (as it does when a property has a serializer of its own). */
    private static boolean isGeneratedAccessor(BeanPropertyWriter writer) {
        if (!writer.getClass().getPackageName().equals("com.fasterxml.jackson.module.blackbird.ser")) {
            return false;
        }
        try {
            var broken = writer.getClass().getSuperclass().getDeclaredField("broken");
            broken.setAccessible(true);
            return !broken.getBoolean(writer);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Blackbird's writer changed shape: " + e);
        }
    }

    @Test
    void largeAndSmallNumbersAreWrittenPlainly() {
        var plan = Plans.plan("CN", "CN", "STATE_OWNED", "2026-03-01",
                List.of(Plans.option("many", "nvidia-h200", "OFFICIAL", 2_000, 32_000, "USD")));
        String answer = given().contentType(ContentType.JSON).body(plan)
                .when().post("/api/v1/assessments")
                .then().statusCode(200).extract().asString();

        // 2,000 H200 against the 400,000 China approved at a 10% share (supply.yaml): volume probability exp(-0.05), which
        // takes the risk-adjusted cost from USD 243,207,949.11 to 255,677,487.31.
        assertThat(answer).contains("\"totalCost\":64000000,").contains("\"riskAdjustedCostPerPflops\":255677487.31,")
                .contains("\"probability\":0.0001,");
        assertThat(E_NOTATION.matcher(answer).find()).as("E-notation in " + answer).isFalse();
    }
}
