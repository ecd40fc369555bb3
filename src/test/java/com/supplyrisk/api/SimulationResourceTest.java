package com.supplyrisk.api;

import static com.supplyrisk.api.Plans.example;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Monte Carlo through the API: the seed plan's simulation, its determinism, and every input it refuses. */
@QuarkusTest
@ExtendWith(ContractValidation.class)
class SimulationResourceTest {

    private static final String ASSESSMENTS = "/api/v1/assessments";
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static String answer(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post(ASSESSMENTS)
                .then().statusCode(200).contentType(ContentType.JSON).extract().asString();
    }

    private static String seedWith(String field, Object value) throws Exception {
        var plan = (ObjectNode) JSON.readTree(example("seed-simulation.json"));
        if (value == null) {
            plan.remove(field);
        } else {
            plan.set(field, JSON.valueToTree(value));
        }
        return JSON.writeValueAsString(plan);
    }

    @Test
    void theSeedPlanIsSimulatedAsItsFirstRankedAlternative() throws Exception {
        String body = answer(example("seed-simulation.json"));
        JsonPath answer = JsonPath.from(body);

        assertThat(answer.getInt("simulation.trials")).isEqualTo(100_000);
        assertThat(answer.getLong("simulation.seed")).isEqualTo(20_260_126L);
        assertThat(answer.getList("simulation.options.id")).containsExactly("h200-official", "h200-grey", "h20-official",
                "ascend-910b", "h200-cloud");
        // Among alternatives the plan is the option ranked first, Ascend 910B: 40.96 PFLOPS, enough for the 40 asked.
        assertThat(answer.getInt("options.find { it.id == 'ascend-910b' }.rank")).isEqualTo(1);
        double p = answer.getDouble("options.find { it.id == 'ascend-910b' }.factors.licensing.probability");
        double standardError = Math.sqrt(p * (1 - p) / 100_000);
        assertThat(answer.getDouble("simulation.probabilityOfTarget")).isCloseTo(p, within(5 * standardError + 0.0001));
        assertThat(answer.getDouble("simulation.standardError")).isCloseTo(standardError, within(0.0001));
        assertThat(answer.getDouble("simulation.deliveredPflops.mean"))
                .isEqualTo(answer.getDouble("simulation.options.find { it.id == 'ascend-910b' }.expectedPflops"));
        assertThat(answer.getDouble("simulation.deliveredPflops.p10")).isZero();
        assertThat(answer.getDouble("simulation.deliveredPflops.p90")).isEqualTo(40.96);
        assertThat(answer.getDouble("simulation.options.find { it.id == 'ascend-910b' }.shareOfDelivered")).isEqualTo(1.0);
        assertThat(answer.getDouble("simulation.options.find { it.id == 'h200-grey' }.shareOfDelivered")).isZero();
        // The H20 option is 9.5 PFLOPS: alone it never reaches 40.
        assertThat(answer.getDouble("simulation.options.find { it.id == 'h20-official' }.probabilityOfTargetAlone")).isZero();
        // A grey-market server is paid for before it ships: its expected cost is its whole cost, seized or not.
        assertThat(answer.getDouble("simulation.options.find { it.id == 'h200-grey' }.expectedCost"))
                .isEqualTo(answer.getDouble("options.find { it.id == 'h200-grey' }.totalCost"));
        // The budget of CNY 16,000,000 in the answer's currency at the day's rate, 6.9612.
        // Read with Jackson: JsonPath reads numbers as floats, too coarse for millions.
        assertThat(JSON.readTree(body).at("/simulation/budget").asDouble()).isCloseTo(16_000_000 / 6.9612, within(0.01));
        assertThat(answer.getString("currency")).isEqualTo("USD");
        assertThat(answer.getDouble("simulation.probabilityWithinBudget")).isEqualTo(1.0);
    }

    @Test
    void theSameRequestGivesTheSameBytesAndAnotherSeedOtherFigures() throws Exception {
        String first = answer(example("seed-simulation.json"));

        assertThat(answer(example("seed-simulation.json"))).isEqualTo(first);
        String reseeded = answer(seedWith("simulation", Map.of("trials", 100_000, "seed", 7)));
        assertThat(JsonPath.from(reseeded).getDouble("simulation.probabilityOfTarget"))
                .isNotEqualTo(JsonPath.from(first).getDouble("simulation.probabilityOfTarget"));
    }

    @Test
    void aPlanWithoutSimulationIsAnsweredWithoutOne() throws Exception {
        JsonNode answer = JSON.readTree(answer(example("seed-dilemma.json")));

        assertThat(answer.has("simulation")).isFalse();
    }

    @Test
    void withoutASeedTheSimulationStartsFromZero() throws Exception {
        JsonPath answer = JsonPath.from(answer(seedWith("simulation", Map.of("trials", 1_000))));

        assertThat(answer.getLong("simulation.seed")).isZero();
        assertThat(answer.getInt("simulation.trials")).isEqualTo(1_000);
    }

    static Stream<Arguments> badSimulations() {
        return Stream.of(
                Arguments.of("no target", "targetComputePflops", null, "#/targetComputePflops", "PFLOPS"),
                Arguments.of("a target of zero", "targetComputePflops", 0, "#/targetComputePflops", "must be greater than 0"),
                Arguments.of("no trials", "simulation", Map.of("seed", 1), "#/simulation/trials", "must not be null"),
                Arguments.of("zero trials", "simulation", Map.of("trials", 0), "#/simulation/trials", "1"),
                Arguments.of("more trials than configured", "simulation", Map.of("trials", 1_000_001), "#/simulation/trials",
                        "between 1 and 1000000"),
                Arguments.of("a budget in an unknown currency", "budget", Map.of("amount", 1, "currency", "XYZ"),
                        "#/budget/currency", "no exchange rate"),
                Arguments.of("a budget of zero", "budget", Map.of("amount", 0, "currency", "USD"), "#/budget/amount", "0.01"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSimulations")
    void aBadSimulationIsA400WithAPointer(String name, String field, Object value, String pointer, String detail) throws Exception {
        given().contentType(ContentType.JSON).body(seedWith(field, value)).when().post(ASSESSMENTS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-plan"))
                .body("errors.pointer", hasItem(pointer))
                .body("errors.find { it.pointer == '" + pointer + "' }.detail", containsString(detail));
    }

    @Test
    void moreTrialsTimesOptionsThanConfiguredIsA400SayingHowManyTrialsThePlanMayRun() throws Exception {
        var plan = (ObjectNode) JSON.readTree(example("seed-simulation.json"));
        var options = new ArrayList<JsonNode>();
        for (int i = 0; i < 101; i++) {
            var option = (ObjectNode) plan.get("options").get(3).deepCopy();
            options.add(option.put("id", "ascend-" + i));
        }
        plan.set("options", JSON.valueToTree(options));
        plan.set("simulation", JSON.valueToTree(Map.of("trials", 1_000_000)));

        given().contentType(ContentType.JSON).body(JSON.writeValueAsString(plan)).when().post(ASSESSMENTS)
                .then().statusCode(400)
                .body("errors.pointer", hasItem("#/simulation/trials"))
                .body("errors[0].detail", equalTo("trials x options must be at most 100000000: a plan of 101 options may run at most "
                        + "990099 trials"));
    }

    @Test
    void aSeedBeyondSixtyFourBitsIsRefused() throws Exception {
        String body = example("seed-simulation.json").replace("\"seed\": 20260126", "\"seed\": 18446744073709551616");

        given().contentType(ContentType.JSON).body(body).when().post(ASSESSMENTS).then().statusCode(400);
    }

    @Test
    void theReadmeShowsWhatTheServiceAnswersForTheSeedSimulation() throws Exception {
        String readme = Files.readString(Path.of("docs/analyses.md"));
        int section = readme.indexOf("\n## Simulation\n");
        assertThat(section).as("docs/analyses.md section Simulation").isPositive();
        int start = readme.indexOf("```json\n", section) + "```json\n".length();
        JsonNode documented = JSON.readTree(readme.substring(start, readme.indexOf("```", start)));

        JsonNode served = JSON.readTree(answer(example("seed-simulation.json"))).get("simulation");
        assertThat(documented).isEqualTo(served);
    }
}
