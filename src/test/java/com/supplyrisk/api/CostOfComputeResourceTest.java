package com.supplyrisk.api;

import static com.supplyrisk.api.Plans.example;
import static com.supplyrisk.api.Plans.option;
import static com.supplyrisk.api.Plans.plan;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Rentals priced by period, purchases over their working life, volume and lead time, through the API. */
@QuarkusTest
@ExtendWith(ContractValidation.class)
class CostOfComputeResourceTest {

    private static final String ASSESSMENTS = "/api/v1/assessments";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonPath assess(Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post(ASSESSMENTS)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aRentalWithoutAPeriodIsA400PointingAtIt() throws Exception {
        ObjectNode plan = (ObjectNode) JSON.readTree(example("seed-dilemma.json"));
        ((ObjectNode) plan.withArray("options").get(4)).remove("rentalPeriod");
        given().contentType(ContentType.JSON).body(plan.toString()).when().post(ASSESSMENTS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", hasItem("#/options/4/rentalPeriod"));
    }

    @Test
    void aPeriodOrRentalMonthsOnAPurchaseIsA400PointingAtThem() {
        Map<String, Object> official = option("h200", "nvidia-h200", "OFFICIAL", 8, 191_700, "CNY");
        official.put("rentalPeriod", "HOUR");
        Map<String, Object> grey = option("grey", "nvidia-h200", "GREY_MARKET", 8, 287_500, "CNY");
        grey.put("rentalMonths", 6);
        given().contentType(ContentType.JSON).body(plan("CN", "CN", "COMMERCIAL", "2026-01-26", List.of(official, grey)))
                .when().post(ASSESSMENTS)
                .then().statusCode(400)
                .body("errors.pointer", hasItem("#/options/0/rentalPeriod"))
                .body("errors.pointer", hasItem("#/options/1/rentalMonths"));
    }

    @Test
    void aRentalOfACustomPartNeedsItsOwnReferenceRate() {
        Map<String, Object> rented = option("x1-cloud", null, "CLOUD_RENTAL", 8, 3, "USD");
        rented.remove("accelerator");
        rented.put("customAccelerator", Map.of("vendor", "ACME", "name", "X1", "bf16Tflops", 500,
                "referenceUnitPrice", Map.of("amount", 20_000, "currency", "USD")));
        rented.put("rentalPeriod", "HOUR");
        given().contentType(ContentType.JSON).body(plan("CN", "CN", "COMMERCIAL", "2026-01-26", List.of(rented)))
                .when().post(ASSESSMENTS)
                .then().statusCode(400).body("errors.pointer", hasItem("#/options/0/referenceUnitPrice"));
    }

    @Test
    void theSeedsHourlyRentalIsMeasuredAgainstTheReferenceRentalRate() {
        JsonPath answer = assess(example("seed-dilemma.json").replaceFirst("\\{", "{\"explain\": true,"));
        String cloud = "options.find { it.id == 'h200-cloud' }";
        assertThat(answer.getDouble(cloud + ".factors.pricePremium.premium")).isCloseTo(0.0, within(0.001));
        assertThat(answer.getDouble(cloud + ".factors.pricePremium.referenceUnitPrice")).isEqualTo(7.912);
        // JsonPath reads numbers as floats: a few units in the millions.
        assertThat(answer.getDouble(cloud + ".totalCost")).isCloseTo(7.912 * 64 * 12 * 730, within(1.0));
        assertThat(answer.getDouble(cloud + ".costOfCompute.purchaseShare")).isZero();
        assertThat(answer.getDouble(cloud + ".costOfCompute.rental")).isGreaterThan(0);
        assertThat(answer.getDouble(cloud + ".costOfCompute.costPerPflopsHour")).isCloseTo(7.912 / 0.989, within(0.0001));
        assertThat(answer.getString(cloud + ".factors.pricePremium.explanation")).startsWith("Rental rate USD 7.91 per hour");
    }

    @Test
    void everyOptionOfTheSeedHasItsCostOfComputeAndDelivery() {
        JsonPath answer = assess(example("seed-dilemma.json"));
        String ascend = "options.find { it.id == 'ascend-910b' }";
        assertThat(answer.getDouble(ascend + ".delivery.leadTimeMonths")).isEqualTo(4.0);
        assertThat(answer.getDouble(ascend + ".delivery.volumeProbability")).isCloseTo(Math.exp(-128 / 30_000.0), within(0.00005));
        String volume = answer.getString(ascend + ".delivery.supplyVolume");
        assertThat(answer.getString("supplyVolumes." + volume + ".evidence")).isEqualTo("PRESS_REPORT");
        assertThat(answer.getMap("supplyVolumes")).containsOnlyKeys(answer.getList("options.delivery.supplyVolume").stream()
                .filter(java.util.Objects::nonNull).toArray());
        assertThat(answer.getMap("leadTimes")).containsOnlyKeys(answer.getList("options.delivery.leadTime").stream()
                .filter(java.util.Objects::nonNull).toArray());
        assertThat(answer.getMap(ascend + ".delivery")).doesNotContainKey("explanation");
        assertThat(answer.getMap(ascend + ".costOfCompute")).doesNotContainKey("explanation");
        assertThat(answer.getDouble(ascend + ".costOfCompute.power")).isGreaterThan(0);
        assertThat(answer.getDouble(ascend + ".costOfCompute.deliveredPflopsHours")).isCloseTo(128 * 0.320 * 8 * 730, within(0.001));
        assertThat(answer.getList("options.costOfCompute.riskAdjustedCostPerPflopsHour")).hasSize(5).doesNotContainNull();
    }

    @Test
    void thePlansOwnElectricityPriceAndServiceLifeReplaceTheDefaults() {
        Map<String, Object> plan = plan("CN", "CN", "COMMERCIAL", "2026-01-26",
                List.of(option("a", "huawei-ascend-910b", "DOMESTIC", 100, 120_000, "CNY")));
        JsonPath standard = assess(plan);
        plan.put("electricityPrice", Map.of("amount", 0.40, "currency", "CNY"));
        plan.put("serviceLifeMonths", 24);
        plan.put("pue", 1.1);
        JsonPath own = assess(plan);
        double powerRatio = own.getDouble("options[0].costOfCompute.power")
                / standard.getDouble("options[0].costOfCompute.power");
        assertThat(powerRatio).isCloseTo(0.40 / 0.63 * 1.1 / 1.3, within(0.0001));
        assertThat(own.getDouble("options[0].costOfCompute.purchaseShare"))
                .isCloseTo(2 * standard.getDouble("options[0].costOfCompute.purchaseShare"), within(0.02));
    }

    @Test
    void aZeroProbabilityLeavesOutTheRiskAdjustedCostPerPflopsHour() {
        Map<String, Object> never = option("never", "huawei-ascend-910b", "DOMESTIC", 10, 120_000, "CNY");
        never.put("licensingProbability", 0);
        JsonPath answer = assess(plan("CN", "CN", "COMMERCIAL", "2026-01-26", List.of(never)));
        Map<String, Object> cost = answer.getMap("options[0].costOfCompute");
        assertThat(cost).containsKey("costPerPflopsHour").doesNotContainKey("riskAdjustedCostPerPflopsHour");
    }

    /** A P too small to divide by (here the buyer's own, a denormal double) is answered as P = 0 is, not with a 500. */
    @Test
    void aProbabilityTooSmallToDivideByLeavesOutTheRiskAdjustedCosts() {
        Map<String, Object> tiny = option("tiny", "huawei-ascend-910b", "DOMESTIC", 10_000_000, 120_000, "CNY");
        tiny.put("licensingProbability", 1e-320);
        Map<String, Object> plan = plan("CN", "CN", "COMMERCIAL", "2026-01-26", List.of(tiny));
        plan.put("explain", true);
        JsonPath answer = assess(plan);
        assertThat(answer.getMap("options[0]")).containsEntry("riskAdjustedCostPerPflops", null);
        assertThat(answer.getMap("options[0].costOfCompute")).containsKey("costPerPflopsHour")
                .doesNotContainKey("riskAdjustedCostPerPflopsHour");
        assertThat(answer.getList("options[0].warnings.code")).contains("LICENSING_PROBABILITY_ZERO");
        assertThat(answer.getList("options[0].warnings.message")).contains(
                "The licensing probability is too small to divide by: no risk-adjusted cost can be given.");
    }

    @Test
    void theCatalogShowsBoardPowerAndTheReferenceRentalRate() {
        JsonPath h200 = given().get("/api/v1/accelerators/nvidia-h200").then().statusCode(200).extract().jsonPath();
        assertThat(h200.getDouble("boardPower.watts")).isEqualTo(700.0);
        assertThat(h200.getString("boardPower.evidence")).isEqualTo("OFFICIAL_STATEMENT");
        assertThat(h200.getDouble("referenceRentalRate.amount")).isEqualTo(7.912);
        assertThat(h200.getString("referenceRentalRate.period")).isEqualTo("HOUR");
    }
}
