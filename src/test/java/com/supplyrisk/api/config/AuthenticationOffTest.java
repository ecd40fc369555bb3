package com.supplyrisk.api.config;

import static io.restassured.RestAssured.given;

import com.supplyrisk.api.ContractValidation;
import com.supplyrisk.api.Plans;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The default: authentication off, the API anonymous, and whatever Authorization header a client sends ignored. */
@QuarkusTest
@ExtendWith(ContractValidation.class)
class AuthenticationOffTest {

    @Test
    void theApiAnswersWithoutAToken() {
        given().contentType("application/json").body(Plans.example("seed-dilemma.json"))
                .when().post("/api/v1/assessments").then().statusCode(200);
    }

    static Stream<Arguments> strayHeaders() {
        Instant past = Instant.now().minus(Duration.ofHours(1));
        return Stream.of(
                Arguments.of("not a JWT", "Bearer not-a-jwt"),
                Arguments.of("an expired token", "Bearer " + Tokens.signed(Tokens.claims().issuedAt(past).expiresAt(past))),
                Arguments.of("a Basic credential", "Basic dXNlcjpwYXNzd29yZA=="));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strayHeaders")
    void anAuthorizationHeaderIsIgnored(String name, String authorization) {
        given().header("Authorization", authorization).contentType("application/json").body(Plans.example("seed-dilemma.json"))
                .when().post("/api/v1/assessments").then().statusCode(200);
    }
}
