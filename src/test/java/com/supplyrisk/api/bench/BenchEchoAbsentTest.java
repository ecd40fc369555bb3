package com.supplyrisk.api.bench;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.supplyrisk.api.Plans;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Without supply-risk.bench.echo-enabled the echo path is answered like any unknown path, whatever the body. */
@QuarkusTest
class BenchEchoAbsentTest {

    @Test
    void aValidPlanGetsNotFound() {
        notFound(Plans.example("seed-dilemma.json"));
    }

    @Test
    void aMalformedBodyGetsNotFoundToo() {
        notFound("{\"buyer\": ");
    }

    private static void notFound(String body) {
        given().contentType(ContentType.JSON).body(body)
                .when().post(BenchEchoResource.PATH)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"));
    }
}
