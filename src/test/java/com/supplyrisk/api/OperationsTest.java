package com.supplyrisk.api;

import static io.restassured.RestAssured.get;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import com.supplyrisk.Management;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The operations endpoints: health and metrics on the management port, the API's documents on the public one. */
@QuarkusTest
@ExtendWith(ContractValidation.class)
class OperationsTest {

    @Test
    void healthProbesAreUpOnTheManagementPort() {
        get(Management.url("/health/started")).then().statusCode(200).body("status", equalTo("UP"));
        get(Management.url("/health/live")).then().statusCode(200).body("status", equalTo("UP"));
        get(Management.url("/health/ready")).then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsArePrometheusTextOnTheManagementPort() {
        get(Management.url("/metrics")).then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void healthAndMetricsAreNotOnTheApplicationPort() {
        get("/q/health/live").then().statusCode(404);
        get("/q/metrics").then().statusCode(404);
    }

    @Test
    void theContractAndTheExplorerStayOnTheApplicationPort() {
        get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/assessments"));
        get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void theRootLeadsToTheExplorer() {
        given().redirects().follow(false).get("/").then().statusCode(303).header("Location", endsWith("/q/swagger-ui"));
    }
}
