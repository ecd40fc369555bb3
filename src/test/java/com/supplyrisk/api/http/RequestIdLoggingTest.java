package com.supplyrisk.api.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.Test;

/**
 * The request id is in the logging MDC where the request is handled, on the worker thread, so every log
 * line of the request carries it. A resource that only tests have reads the MDC back.
 */
@QuarkusTest
class RequestIdLoggingTest {

    @Path("/test-only/request-id")
    public static class MdcProbe {
        @GET
        public String requestIdInTheMdc() {
            return String.valueOf(MDC.get(RequestIdFilter.MDC_KEY));
        }
    }

    @Test
    void theHandlerSeesTheRequestIdInTheMdc() {
        given().header("X-Request-Id", "trace-me-1").get("/test-only/request-id")
                .then().statusCode(200).body(equalTo("trace-me-1"));
    }

    @Test
    void eachRequestSeesItsOwnId() {
        String answered = given().get("/test-only/request-id").then().statusCode(200).extract().header("X-Request-Id");
        given().get("/test-only/request-id").then().statusCode(200).body(not(equalTo(answered)));
        given().header("X-Request-Id", answered).get("/test-only/request-id").then().body(equalTo(answered));
    }
}
