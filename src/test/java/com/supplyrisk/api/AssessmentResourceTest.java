package com.supplyrisk.api;

import static com.supplyrisk.api.Plans.example;
import static com.supplyrisk.api.Plans.option;
import static com.supplyrisk.api.Plans.plan;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@QuarkusTest
@ExtendWith(ContractValidation.class)
class AssessmentResourceTest {

    private static final String ASSESSMENTS = "/api/v1/assessments";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static JsonPath assess(Object body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post(ASSESSMENTS)
                .then().statusCode(200).contentType(ContentType.JSON)
                .extract().jsonPath();
    }

    private static double probability(Map<String, Object> plan) {
        return assess(plan).getDouble("options[0].factors.licensing.probability");
    }

    @Test
    void seedDilemmaGreyMarketCostsAboutFiftyPercentMoreThanTheOfficialImport() {
        JsonPath answer = assess(example("seed-dilemma.json"));

        assertThat(answer.getString("planId")).isEqualTo("bj-cluster-2026q1");
        assertThat(answer.getString("modelVersion")).isEqualTo("4.0.0");
        assertThat(answer.getString("policyVersion")).isEqualTo("2026-12-05");
        assertThat(answer.getString("asOf")).isEqualTo("2026-01-26");
        assertThat(answer.getList("options.id")).containsExactly("h200-official", "h200-grey", "h20-official", "ascend-910b",
                "h200-cloud");
        Map<String, Object> grey = answer.getMap("options.find { it.id == 'h200-grey' }");
        assertThat(answer.getDouble("options.find { it.id == 'h200-grey' }.factors.pricePremium.premium")).isCloseTo(0.50, within(0.01));
        assertThat(answer.getDouble("options.find { it.id == 'h200-official' }.factors.pricePremium.premium")).isCloseTo(0.0, within(0.01));
        double perServer = answer.getDouble("options.find { it.id == 'h200-grey' }.totalCost") / 64 * 8;
        assertThat(perServer).isCloseTo(330_403, within(1.0));
        assertThat(grey).containsEntry("compliance", "NON_COMPLIANT");
        assertThat(answer.getList("options.rank", Integer.class)).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
    }

    @Test
    void everyOptionExplainsEveryPointWhenAsked() {
        JsonPath answer = assess(example("seed-dilemma.json").replaceFirst("\\{", "{\"explain\": true,"));
        for (int i = 0; i < 5; i++) {
            String at = "options[" + i + "].";
            double points = answer.getDouble(at + "factors.concentration.points") + answer.getDouble(at + "factors.licensing.points")
                    + answer.getDouble(at + "factors.pricePremium.points");
            assertThat(answer.getDouble(at + "score")).isCloseTo(points, within(0.001));
            assertThat(answer.getString(at + "factors.concentration.explanation")).contains("PFLOPS");
            assertThat(answer.getString(at + "factors.licensing.explanation")).contains("P =");
            assertThat(answer.getString(at + "factors.pricePremium.explanation")).contains("reference");
        }
    }

    /** The default answer: no sentences, and each rule's text once, in rules, where the approvals cite it by id. */
    @Test
    void theDefaultAnswerCitesRulesByIdWithoutExplanations() {
        JsonPath answer = assess(example("seed-dilemma.json"));
        for (int i = 0; i < 5; i++) {
            assertThat(answer.getMap("options[" + i + "].factors.concentration")).doesNotContainKey("explanation");
            assertThat(answer.getMap("options[" + i + "].factors.licensing")).doesNotContainKey("explanation");
            assertThat(answer.getMap("options[" + i + "].factors.pricePremium")).doesNotContainKey("explanation");
        }
        List<Map<String, Object>> approvals = answer.getList("options.factors.licensing.approvals.flatten()");
        assertThat(approvals).isNotEmpty().allSatisfy(approval -> assertThat(approval).containsOnlyKeys("approval", "rule",
                "probability", "monthlyHazard"));
        Map<String, Map<String, Object>> rules = answer.getMap("rules");
        assertThat(rules.keySet()).containsExactlyElementsOf(approvals.stream().map(a -> (String) a.get("rule")).distinct().sorted()
                .toList());
        assertThat(rules.values()).allSatisfy(rule -> assertThat(rule).containsKeys("authority", "requirement", "basis", "source",
                "effectiveFrom", "effectiveTo"));
    }

    @Test
    void theSamePlanGivesTheSameBytes() {
        String body = example("seed-dilemma.json");
        String first = given().contentType(ContentType.JSON).body(body).post(ASSESSMENTS).asString();
        String second = given().contentType(ContentType.JSON).body(body).post(ASSESSMENTS).asString();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void optionOrderChangesNoOptionsResult() {
        var options = new ArrayList<Map<String, Object>>(List.of(
                option("a", "nvidia-h200", "OFFICIAL", 64, 191_700, "CNY"),
                option("b", "nvidia-h200", "GREY_MARKET", 64, 287_500, "CNY"),
                option("c", "huawei-ascend-910b", "DOMESTIC", 128, 120_000, "CNY")));
        List<Map<String, Object>> forward = assess(plan("CN", "CN", "COMMERCIAL", "2026-01-26", options)).getList("options");
        Collections.reverse(options);
        List<Map<String, Object>> backward = assess(plan("CN", "CN", "COMMERCIAL", "2026-01-26", options)).getList("options");
        assertThat(backward).containsExactlyInAnyOrderElementsOf(forward);
    }

    @Test
    void theCustomsHoldMakesH200LessLikelyThanTheFirstApprovalsAndTheStallLessLikelyStill() {
        var h200 = List.of(option("h200", "nvidia-h200", "OFFICIAL", 8, 191_700, "CNY"));
        double hold = probability(plan("CN", "CN", "COMMERCIAL", "2026-01-20", h200));
        double approvals = probability(plan("CN", "CN", "COMMERCIAL", "2026-01-30", h200));
        double stall = probability(plan("CN", "CN", "COMMERCIAL", "2026-03-01", h200));
        assertThat(hold).isLessThan(approvals);
        assertThat(stall).isLessThan(hold);
    }

    @Test
    void h100AndB300ToChinaStayNearZero() {
        assertThat(probability(plan("CN", "CN", "COMMERCIAL", "2026-03-01",
                List.of(option("h100", "nvidia-h100", "OFFICIAL", 8, 30_000, "USD"))))).isLessThan(0.05);
        assertThat(probability(plan("CN", "CN", "COMMERCIAL", "2026-03-01",
                List.of(option("b300", "nvidia-b300", "OFFICIAL", 8, 70_000, "USD"))))).isLessThan(0.05);
    }

    @Test
    void stateOwnedBuyersGetLowProbabilitiesForForeignChips() {
        assertThat(probability(plan("CN", "CN", "STATE_OWNED", "2026-03-01",
                List.of(option("h200", "nvidia-h200", "OFFICIAL", 8, 191_700, "CNY"))))).isLessThan(0.05);
        assertThat(probability(plan("CN", "CN", "GOVERNMENT", "2026-03-01",
                List.of(option("h20", "nvidia-h20", "OFFICIAL", 8, 131_250, "CNY"))))).isLessThan(0.2);
    }

    @Test
    void aChineseFirmsSubsidiaryAbroadIsUnderThePresumptionOfDenialWhileAMalaysianFirmNeedsNoLicence() {
        JsonPath subsidiary = assess(example("subsidiary-abroad.json"));
        JsonPath parent = assess(plan("CN", "CN", "COMMERCIAL", "2026-03-01",
                List.of(option("h200-official", "nvidia-h200", "OFFICIAL", 64, 27_540, "USD"))));
        JsonPath local = assess(plan("MY", "MY", "COMMERCIAL", "2026-03-01",
                List.of(option("h200-official", "nvidia-h200", "OFFICIAL", 64, 27_540, "USD"))));

        String usRule = "options[0].factors.licensing.approvals.find { it.approval == 'us-export-licence' }.rule";
        assertThat(review(subsidiary, subsidiary.getString(usRule))).isEqualTo("PRESUMPTION_OF_DENIAL");
        assertThat(review(parent, parent.getString(usRule))).isEqualTo("CASE_BY_CASE");
        assertThat(local.getString(usRule)).isEqualTo("us-no-licence-by-destination");
        assertThat(review(local, local.getString(usRule))).isEqualTo("NOT_REQUIRED");
        assertThat(local.getString("options[0].compliance")).isEqualTo("COMPLIANT");
        assertThat(subsidiary.getString("options[0].compliance")).isEqualTo("LICENCE_REQUIRED");
        assertThat(subsidiary.getDouble("options.find { it.id == 'b300-official' }.factors.licensing.probability")).isLessThan(0.05);
    }

    @Test
    void aCustomAcceleratorIsClassifiedAndScoredLikeACatalogPart() {
        JsonPath answer = assess(example("custom-accelerator.json"));
        assertThat(answer.getString("options[0].accelerator")).isEqualTo("custom-acme-x1");
        // api.md's example part: TPP 1,600 on 600 mm2 is a density of 2.67, under both 3A090 density tests.
        assertThat(answer.getString("options[0].eccn")).isEqualTo("EAR99");
        assertThat(answer.getDouble("options[0].factors.pricePremium.premium")).isCloseTo(0.10, within(0.0001));
        assertThat(answer.getString("options[0].factors.concentration.vendor")).isEqualTo("ACME");
    }

    @Test
    void defaultsAreResolvedAndEchoed() {
        var minimal = Map.of("buyer", Map.of("country", "CN"),
                "options", List.of(option("a", "huawei-ascend-910b", "DOMESTIC", 8, 120_000, "CNY")));
        given().contentType(ContentType.JSON).body(minimal)
                .when().post(ASSESSMENTS)
                .then().statusCode(200)
                .body("asOf", equalTo(LocalDate.now(ZoneOffset.UTC).toString()))
                .body("currency", equalTo("USD"))
                .body("mode", equalTo("PORTFOLIO"))
                .body("horizonMonths", equalTo(12))
                .body("warnings.code", hasSize(1));
    }

    @Test
    void theReportingCurrencyAndRequestRatesApply() {
        var plan = plan("CN", "CN", "COMMERCIAL", "2026-01-26",
                List.of(option("grey", "nvidia-h200", "GREY_MARKET", 8, 287_500, "CNY")));
        plan.put("currency", "CNY");
        assertThat(assess(plan).getDouble("options[0].totalCost")).isEqualTo(2_300_000.0);
        plan.put("currency", "USD");
        plan.put("fxRates", Map.of("CNY", 7.0));
        assertThat(assess(plan).getDouble("options[0].totalCost")).isCloseTo(2_300_000 / 7.0, within(0.5));
    }

    @Test
    void overridesAreReportedAsSuch() {
        var option = option("h200", "nvidia-h200", "OFFICIAL", 8, 30_000, "USD");
        option.put("licensingProbability", 0.8);
        option.put("referenceUnitPrice", Map.of("amount", 20_000, "currency", "USD"));
        JsonPath answer = assess(plan("CN", "CN", "COMMERCIAL", "2026-03-01", List.of(option)));
        assertThat(answer.getDouble("options[0].factors.licensing.probability")).isEqualTo(0.8);
        assertThat(answer.getBoolean("options[0].factors.licensing.overridden")).isTrue();
        assertThat(answer.getDouble("options[0].factors.pricePremium.premium")).isEqualTo(0.5);
        assertThat(answer.getBoolean("options[0].factors.pricePremium.overridden")).isTrue();
    }

    @Test
    void aZeroProbabilityGivesANullRiskAdjustedCostAndAWarning() {
        var option = option("h200", "nvidia-h200", "OFFICIAL", 8, 30_000, "USD");
        option.put("licensingProbability", 0);
        JsonPath answer = assess(plan("CN", "CN", "COMMERCIAL", "2026-03-01", List.of(option)));
        assertThat(answer.getMap("options[0]")).containsEntry("riskAdjustedCostPerPflops", null);
        assertThat(answer.getList("options[0].warnings.code")).contains("LICENSING_PROBABILITY_ZERO");
    }

    @Test
    void aPriceFarBelowTheReferenceIsWarned() {
        JsonPath answer = assess(plan("CN", "CN", "COMMERCIAL", "2026-01-26",
                List.of(option("cheap", "nvidia-h200", "GREY_MARKET", 8, 90_000, "CNY"))));
        assertThat(answer.getList("options[0].warnings.code")).contains("PRICE_FAR_BELOW_REFERENCE");
    }

    /** The review policy of a rule the answer cites, as its top-level rules list it. */
    private static String review(JsonPath answer, String ruleId) {
        return answer.getString("rules.'" + ruleId + "'.review");
    }
}
