package com.supplyrisk.api;

import static io.restassured.RestAssured.get;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The operations endpoints of api.md. */
@QuarkusTest
@ExtendWith(ContractValidation.class)
class OperationsTest {

    @Test
    void healthProbesAreUp() {
        get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsArePrometheusText() {
        get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void theContractAndTheExplorerAreServed() {
        get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/assessments"));
        get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void theRootLeadsToTheExplorer() {
        given().redirects().follow(false).get("/").then().statusCode(303).header("Location", endsWith("/q/swagger-ui"));
    }
}
