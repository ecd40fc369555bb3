package com.supplyrisk.api.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.supplyrisk.api.ContractValidation;
import com.supplyrisk.api.Plans;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Response headers and surface: no sniffing, no caching of API answers, CORS off, no stray methods. */
@QuarkusTest
@ExtendWith(ContractValidation.class)
class SecurityHeadersTest {

    @Test
    void apiAnswersAreNeitherSniffedNorCached() {
        given().contentType(ContentType.JSON).body(Plans.example("seed-dilemma.json")).post("/api/v1/assessments")
                .then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Cache-Control", equalTo("no-store"));
        given().get("/api/v1/accelerators/nvidia-h2").then().statusCode(404)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void corsIsOffSoAForeignOriginGetsNoAllowOrigin() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/assessments")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example").contentType(ContentType.JSON)
                .body(Plans.example("seed-dilemma.json")).post("/api/v1/assessments")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void unlistedMethodsAre405() {
        for (String method : new String[] {"TRACE", "PUT", "DELETE", "PATCH"}) {
            given().when().request(method, "/api/v1/assessments").then().statusCode(405)
                    .contentType("application/problem+json");
        }
    }
}
