package com.supplyrisk.referencedata;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.supplyrisk.api.ContractValidation;
import com.supplyrisk.api.Plans;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The promise of docs/configuration.md: a config key points the service at a replacement data file, no rebuild. */
@QuarkusTest
@ExtendWith(ContractValidation.class)
@TestProfile(ReplacementDataTest.ReplacementFx.class)
class ReplacementDataTest {

    public static class ReplacementFx implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("supply-risk.data.fx", "src/test/resources/replacement/fx.yaml");
        }
    }

    @Test
    void theReplacementRatesAreUsed() {
        var plan = Plans.plan("CN", "CN", "COMMERCIAL", "2026-01-26",
                List.of(Plans.option("grey", "nvidia-h200", "GREY_MARKET", 8, 287_500, "CNY")));
        double total = given().contentType(ContentType.JSON).body(plan).post("/api/v1/assessments")
                .then().statusCode(200).extract().jsonPath().getDouble("options[0].totalCost");
        assertThat(total).isCloseTo(2_300_000 / 7.0, within(0.5));
        given().get("/api/v1/policy?asOf=2026-01-26").then().statusCode(200)
                .body("fx.version", org.hamcrest.Matchers.equalTo("replacement-2026-01"));
    }
}
