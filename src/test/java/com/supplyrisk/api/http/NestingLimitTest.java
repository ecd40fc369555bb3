package com.supplyrisk.api.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.supplyrisk.api.ContractValidation;
import com.supplyrisk.api.Plans;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The nesting-depth limit, set low here: a valid plan already nests four deep, so the strict schema
 * would reject any deeper body for other reasons before the limit is reached at its default.
 */
@QuarkusTest
@TestProfile(NestingLimitTest.ShallowBodies.class)
@ExtendWith(ContractValidation.class)
class NestingLimitTest {

    public static class ShallowBodies implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("supply-risk.limits.max-nesting-depth", "3");
        }
    }

    @Test
    void aBodyNestedDeeperThanTheLimitIsRefused() {
        given().contentType(ContentType.JSON).body(Plans.example("seed-dilemma.json")).when().post("/api/v1/assessments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-json"));
    }
}
