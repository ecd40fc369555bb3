package com.supplyrisk.api.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.supplyrisk.api.ContractValidation;
import com.supplyrisk.api.Plans;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every request limit: the largest plan allowed gets through, anything past a limit is refused cleanly. */
@QuarkusTest
@ExtendWith(ContractValidation.class)
class LimitsTest {

    private static final String ASSESSMENTS = "/api/v1/assessments";
    static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

    /** An option with field lengths a procurement system would really send. */
    static Map<String, Object> realisticOption(int i) {
        var option = new LinkedHashMap<String, Object>();
        option.put("id", "bj-cluster-2026q1-line-%05d-h200-official".formatted(i));
        option.put("accelerator", "nvidia-h200");
        option.put("channel", "OFFICIAL");
        option.put("supplier", "Authorised distributor, Shenzhen Futian district (framework contract 2026-017)");
        option.put("quantity", 64);
        option.put("unitPrice", Map.of("amount", 191_700.25, "currency", "CNY"));
        option.put("licensingProbability", 0.35);
        option.put("referenceUnitPrice", Map.of("amount", 191_700.25, "currency", "CNY"));
        return option;
    }

    static Map<String, Object> planOf(int options) {
        var list = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < options; i++) {
            list.add(realisticOption(i));
        }
        var plan = Plans.plan("CN", "CN", "COMMERCIAL", "2026-03-01", List.of());
        plan.put("planId", "bj-cluster-2026q1-framework-purchase");
        plan.put("options", list);
        return plan;
    }

    @Test
    void thePlanOfTheMaximumSizeWithRealisticFieldsIsAccepted() throws Exception {
        Map<String, Object> plan = planOf(10_000);
        byte[] body = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(plan);
        assertThat(body.length).as("bytes of a 10,000-option plan").isLessThan(MAX_BODY_BYTES);

        // The 35 MB answer is not run through the contract validator, which would take minutes on it.
        byte[] answer = given().noFilters().contentType(ContentType.JSON).body(body).when().post(ASSESSMENTS)
                .then().statusCode(200).extract().asByteArray();
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer).get("options").size()).isEqualTo(10_000);
    }

    @Test
    void oneOptionMoreThanTheMaximumIsA400() throws Exception {
        given().noFilters().contentType(ContentType.JSON).body(planOf(10_001)).when().post(ASSESSMENTS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", hasItem("#/options"));
    }

    @Test
    void aBodyOverTheSizeLimitIsA413Problem() {
        byte[] body = new byte[MAX_BODY_BYTES + 1];
        java.util.Arrays.fill(body, (byte) ' ');
        given().contentType(ContentType.JSON).body(body).when().post(ASSESSMENTS)
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("/problems/payload-too-large"))
                .body("status", equalTo(413));
    }

    @Test
    void stringsAndListsPastTheirLimitsAre400s() {
        var longId = Plans.option("x".repeat(101), "nvidia-h200", "OFFICIAL", 1, 1000, "USD");
        given().contentType(ContentType.JSON).body(Plans.plan("CN", "CN", "COMMERCIAL", "2026-03-01", List.of(longId)))
                .when().post(ASSESSMENTS)
                .then().statusCode(400).body("errors.pointer", hasItem("#/options/0/id"));

        var plan = Plans.plan("CN", "CN", "COMMERCIAL", "2026-03-01",
                List.of(Plans.option("a", "nvidia-h200", "OFFICIAL", 1, 1000, "USD")));
        var fleet = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < 1001; i++) {
            fleet.add(Map.of("vendor", "NVIDIA", "pflops", 1));
        }
        plan.put("existingFleet", fleet);
        given().contentType(ContentType.JSON).body(plan).when().post(ASSESSMENTS)
                .then().statusCode(400).body("errors.pointer", hasItem("#/existingFleet"));
    }

    @Test
    void aNumberLongerThanTheLimitIsA400() {
        String body = "{\"buyer\":{\"country\":\"CN\"},\"horizonMonths\":" + "1".repeat(101) + ",\"options\":[]}";
        given().contentType(ContentType.JSON).body(body).when().post(ASSESSMENTS)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void headersOverTheLimitAreRefused() {
        given().header("X-Padding", "a".repeat(17 * 1024)).when().get("/api/v1/accelerators")
                .then().statusCode(431);
    }
}
