package com.supplyrisk.api;

import static com.supplyrisk.api.Plans.example;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Recommendations through the API: the seed example, its CSV, and the goals and fields it refuses, with their pointers. */
@QuarkusTest
@ExtendWith(ContractValidation.class)
class RecommendationResourceTest {

    static final String RECOMMENDATIONS = "/api/v1/recommendations";
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static String seedWithGoal(String field, Object value) throws Exception {
        var plan = (ObjectNode) JSON.readTree(example("seed-recommendation.json"));
        var goal = (ObjectNode) plan.get("goal");
        if (value == null) {
            goal.remove(field);
        } else {
            goal.set(field, JSON.valueToTree(value));
        }
        return JSON.writeValueAsString(plan);
    }

    private static JsonPath recommend(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post(RECOMMENDATIONS)
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    @Test
    void theSeedExampleCannotReach90PercentWithinItsBudgetAndSaysWhatItCan() {
        JsonPath answer = recommend(example("seed-recommendation.json"));

        // Ascend 910B alone delivers 40.96 PFLOPS with 0.8463 (supply 0.85 times the chance of filling 128); hedging it
        // with rented H200 (a year's rent committed) or official H200 commits more than CNY 16M, so the likeliest mix
        // within the budget is the Ascend alone.
        assertThat(answer.getBoolean("feasible")).isFalse();
        assertThat(answer.getString("reason")).contains("within the budget").contains("0.8463");
        assertThat(answer.getList("recommendation.quantities.optionId")).containsExactly("ascend-910b");
        assertThat(answer.getDouble("recommendation.probabilityOfTarget")).isEqualTo(0.8463);
        assertThat(answer.getDouble("recommendation.worstCaseCost")).isLessThanOrEqualTo(answer.getDouble("goal.budget"));
        assertThat(answer.getString("outcomes.method")).isEqualTo("EXACT");
        assertThat(answer.getList("frontier.confidence", Double.class)).containsExactly(0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99);
        assertThat(answer.getList("frontier.feasible", Boolean.class)).containsExactly(true, true, true, true, false, false, false);
        List<Double> costs = answer.getList("frontier.findAll { it.feasible }.expectedCost", Double.class);
        assertThat(costs).isSorted();
        // The grey-market H200 is NON_COMPLIANT, so never bought by default.
        assertThat(answer.getList("frontier.quantities.flatten().optionId")).doesNotContain("h200-grey");
    }

    @Test
    void withoutTheBudgetTheSeedHedgesTheDomesticChipWithRentedCapacity() throws Exception {
        JsonPath answer = recommend(seedWithGoal("budget", null));

        assertThat(answer.getBoolean("feasible")).isTrue();
        assertThat(answer.getString("reason")).isNull();
        assertThat(answer.getDouble("recommendation.probabilityOfTarget")).isGreaterThanOrEqualTo(0.9);
        assertThat(answer.getList("recommendation.quantities.optionId")).contains("ascend-910b", "h200-cloud");
    }

    @Test
    void theContractsExamplesAreWhatTheServiceAnswers() throws Exception {
        String operation = "/paths/~1api~1v1~1recommendations/post";
        JsonNode contract = ContractTest.committed();
        JsonNode request = contract.at(operation + "/requestBody/content/application~1json/examples/seedRecommendation/value");
        assertThat(request).isEqualTo(JSON.readTree(example("seed-recommendation.json")));
        JsonNode example = contract.at(operation + "/responses/200/content/application~1json/examples/seedRecommendation/value");
        JsonNode answer = JSON.readTree(given().contentType(ContentType.JSON).body(request.toString()).post(RECOMMENDATIONS).asString());
        assertThat(ContractTest.drift(example, answer)).isEmpty();
        String csv = contract.at(operation + "/responses/200/content/text~1csv/examples/seedRecommendation/value").asText();
        assertThat(given().contentType(ContentType.JSON).accept("text/csv").body(request.toString()).post(RECOMMENDATIONS).asString())
                .isEqualTo(csv);
    }

    @Test
    void theSameRequestGivesTheSameBytes() {
        String first = given().contentType(ContentType.JSON).body(example("seed-recommendation.json")).post(RECOMMENDATIONS).asString();
        String second = given().contentType(ContentType.JSON).body(example("seed-recommendation.json")).post(RECOMMENDATIONS).asString();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void anUnreachableTargetIsInfeasibleWithTheReason() throws Exception {
        JsonPath answer = recommend(seedWithGoal("targetComputePflops", 5000));
        assertThat(answer.getBoolean("feasible")).isFalse();
        assertThat(answer.getString("reason")).contains("out of reach");
        assertThat(answer.getList("recommendation.quantities")).isEmpty();
    }

    @Test
    void aBudgetBelowTheCheapestLotIsInfeasibleWithTheReason() throws Exception {
        JsonPath answer = recommend(seedWithGoal("budget", java.util.Map.of("amount", 1000, "currency", "CNY")));
        assertThat(answer.getBoolean("feasible")).isFalse();
        assertThat(answer.getString("reason")).contains("below the cheapest lot");
    }

    @Test
    void theCsvHasOneRowPerOptionOfTheMix() {
        JsonPath answer = recommend(example("seed-recommendation.json"));
        String csv = given().contentType(ContentType.JSON).accept("text/csv").body(example("seed-recommendation.json"))
                .when().post(RECOMMENDATIONS).then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        String[] rows = csv.strip().split("\r\n");
        assertThat(rows[0]).isEqualTo("id,accelerator,channel,supplier,quantity,feasible,probabilityOfTarget,expectedCost,worstCaseCost,currency");
        assertThat(rows).hasSize(1 + answer.getList("recommendation.quantities").size());
        assertThat(rows[1]).startsWith(answer.getString("recommendation.quantities[0].optionId") + ",");
    }

    static Stream<Arguments> refusedGoals() {
        return Stream.of(
                Arguments.of("targetComputePflops", null, "#/goal/targetComputePflops"),
                Arguments.of("targetComputePflops", 0, "#/goal/targetComputePflops"),
                Arguments.of("confidence", 0.4, "#/goal/confidence"),
                Arguments.of("confidence", 1, "#/goal/confidence"),
                Arguments.of("lotSize", 0, "#/goal/lotSize"),
                Arguments.of("maxVendorShare", 1.5, "#/goal/maxVendorShare"),
                Arguments.of("budget", java.util.Map.of("amount", 100, "currency", "XXX"), "#/goal/budget/currency"),
                Arguments.of("lotSize", "eight", "#/goal/lotSize"),
                Arguments.of("unknownField", 1, "#/goal/unknownField"));
    }

    @ParameterizedTest
    @MethodSource("refusedGoals")
    void aGoalBreakingTheContractIsA400AtItsPointer(String field, Object value, String pointer) throws Exception {
        given().contentType(ContentType.JSON).body(seedWithGoal(field, value)).when().post(RECOMMENDATIONS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", hasItem(pointer));
    }

    @Test
    void aPlanWithoutAGoalAndWithAnAssessmentsFieldsIsA400ListingBoth() throws Exception {
        var plan = (ObjectNode) JSON.readTree(example("seed-recommendation.json"));
        plan.remove("goal");
        plan.put("targetComputePflops", 40);
        ((ObjectNode) plan.get("options").get(0)).put("quantity", 0);
        given().contentType(ContentType.JSON).body(JSON.writeValueAsString(plan)).when().post(RECOMMENDATIONS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-plan"))
                .body("errors.pointer", hasItem("#/goal"))
                .body("errors.pointer", hasItem("#/targetComputePflops"))
                .body("errors.pointer", hasItem("#/options/0/quantity"));
    }
}
