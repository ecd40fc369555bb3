package com.supplyrisk.api.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every answer on the application port carries a request id, the caller's own when it offers a sane one. */
@QuarkusTest
class RequestIdTest {

    private static final String HEADER = "X-Request-Id";

    @Test
    void anOfferedRequestIdIsEchoed() {
        given().header(HEADER, "gw-7f3a.42:retry-1").get("/api/v1/accelerators")
                .then().statusCode(200).header(HEADER, "gw-7f3a.42:retry-1");
    }

    @Test
    void aRequestWithoutAnIdGetsAFreshUuid() {
        String first = given().get("/api/v1/accelerators").then().statusCode(200).extract().header(HEADER);
        String second = given().get("/api/v1/accelerators").then().statusCode(200).extract().header(HEADER);
        assertThat(UUID.fromString(first)).isNotEqualTo(UUID.fromString(second));
    }

    @Test
    void anImplausibleIdIsReplacedNotEchoed() {
        for (String offered : new String[] {"x".repeat(129), "a b", "id\"}{\"level\":\"ERROR", ""}) {
            String answered = given().header(HEADER, offered).get("/api/v1/accelerators").then().statusCode(200).extract().header(HEADER);
            assertThat(answered).as("answer to %s", offered).isNotEqualTo(offered);
            assertThat(UUID.fromString(answered)).isNotNull();
        }
    }

    @Test
    void errorAnswersCarryTheIdToo() {
        given().header(HEADER, "bad-plan-1").contentType(ContentType.JSON).body("{}").post("/api/v1/assessments")
                .then().statusCode(400).header(HEADER, "bad-plan-1");
        given().header(HEADER, "no-such-path-1").get("/api/v1/nothing-here")
                .then().statusCode(404).header(HEADER, "no-such-path-1");
        given().header(HEADER, "unknown-accelerator-1").get("/api/v1/accelerators/h900")
                .then().statusCode(404).header(HEADER, "unknown-accelerator-1");
    }

    @Test
    void theOpenApiDocumentCarriesTheIdToo() {
        given().header(HEADER, "docs-1").get("/q/openapi").then().statusCode(200).header(HEADER, "docs-1");
    }
}
