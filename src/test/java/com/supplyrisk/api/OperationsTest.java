package com.supplyrisk.api;

import static io.restassured.RestAssured.get;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.supplyrisk.Management;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The operations endpoints: health and metrics on the management port, the API's documents and the report page on the public one. */
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
    void theRootIsTheReportPageAllowedToRunOnlyItsOwnFiles() {
        given().redirects().follow(false).get("/").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", equalTo("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                        + "connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .body(containsString("<script type=\"module\" src=\"/report/report.js\"></script>"), not(containsString("<script>")),
                        not(containsString("style=")));
    }

    @Test
    void theExplorerKeepsItsOwnScriptsWithoutThePagePolicy() {
        given().get("/q/swagger-ui/").then().statusCode(200).header("Content-Security-Policy", nullValue());
    }
}
