package com.supplyrisk.api.config;

import static io.restassured.RestAssured.get;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.supplyrisk.Management;
import com.supplyrisk.api.ContractValidation;
import com.supplyrisk.api.Plans;
import com.supplyrisk.api.problem.ProblemResponsesTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The promise of docs/security.md with supply-risk.auth.enabled=true: /api/* needs a valid bearer JWT with the role, nothing else does. */
@QuarkusTest
@ExtendWith(ContractValidation.class)
@TestProfile(AuthenticationTest.AuthOn.class)
public class AuthenticationTest {

    /** The switch and the three standard keys an operator sets, pointing at the test-only public key. */
    public static class AuthOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "supply-risk.auth.enabled", "true",
                    "mp.jwt.verify.publickey.location", Tokens.PUBLIC_KEY_LOCATION,
                    "mp.jwt.verify.issuer", Tokens.ISSUER,
                    "mp.jwt.verify.audiences", Tokens.AUDIENCE);
        }
    }

    private static final String ASSESSMENTS = "/api/v1/assessments";

    private static final String NO_TOKEN = "Bearer";
    private static final String INVALID_TOKEN = "Bearer error=\"invalid_token\"";

    /** Each with the RFC 6750 challenge it should get. */
    static Stream<Arguments> rejectedCredentials() {
        Instant now = Instant.now();
        return Stream.of(
                Arguments.of("no token", (Supplier<String>) () -> null, NO_TOKEN),
                Arguments.of("a Basic credential", (Supplier<String>) () -> "Basic dXNlcjpwYXNzd29yZA==", NO_TOKEN),
                Arguments.of("not a JWT", bearer(() -> "not-a-jwt"), INVALID_TOKEN),
                Arguments.of("expired", bearer(() -> Tokens.signed(Tokens.claims()
                        .issuedAt(now.minus(Duration.ofMinutes(20))).expiresAt(now.minus(Duration.ofMinutes(10))))), INVALID_TOKEN),
                Arguments.of("not yet valid", bearer(() -> Tokens.signed(Tokens.claims()
                        .claim("nbf", now.plus(Duration.ofMinutes(10)).getEpochSecond())
                        .expiresAt(now.plus(Duration.ofMinutes(20))))), INVALID_TOKEN),
                Arguments.of("wrong issuer", bearer(() -> Tokens.signed(Tokens.claims().issuer("https://issuer.elsewhere.test"))),
                        INVALID_TOKEN),
                Arguments.of("wrong audience", bearer(() -> Tokens.signed(Tokens.claims().audience("another-service"))), INVALID_TOKEN),
                Arguments.of("wrong key", bearer(() -> Tokens.signed(Tokens.claims(), Tokens.KEY_ID, Tokens.strangerKey())),
                        INVALID_TOKEN),
                Arguments.of("alg none", bearer(Tokens::unsigned), INVALID_TOKEN));
    }

    private static Supplier<String> bearer(Supplier<String> token) {
        return () -> "Bearer " + token.get();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedCredentials")
    void aMissingOrInvalidTokenIs401(String name, Supplier<String> authorization, String challenge) {
        RequestSpecification request = given().contentType("application/json").body(Plans.example("seed-dilemma.json"));
        String header = authorization.get();
        if (header != null) {
            request = request.header("Authorization", header);
        }
        Response response = request.when().post(ASSESSMENTS);
        response.then().statusCode(401)
                .header("WWW-Authenticate", equalTo(challenge))
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/unauthorized"))
                .body("status", equalTo(401));
        ProblemResponsesTest.assertNoInternals(response.asString());
    }

    static Stream<Arguments> operations() {
        return Stream.of(
                Arguments.of("POST", ASSESSMENTS),
                Arguments.of("GET", "/api/v1/accelerators"),
                Arguments.of("GET", "/api/v1/accelerators/nvidia-h200"),
                Arguments.of("GET", "/api/v1/policy?asOf=2026-01-26"),
                Arguments.of("GET", "/api/v1/scenarios?asOf=2026-01-26"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("operations")
    void everyApiOperationNeedsATokenAndTakesAValidOne(String method, String path) {
        String plan = Plans.example("seed-dilemma.json");
        given().contentType("application/json").body(plan).when().request(method, path)
                .then().statusCode(401).body("type", equalTo("/problems/unauthorized"));
        given().contentType("application/json").body(plan).auth().oauth2(Tokens.valid()).when().request(method, path)
                .then().statusCode(200);
    }

    @Test
    void aValidTokenWithoutTheRoleIs403() {
        Response response = given().auth().oauth2(Tokens.signed(Tokens.claims().groups("supply-risk-viewer")))
                .when().get("/api/v1/accelerators");
        response.then().statusCode(403)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", nullValue())
                .body("type", equalTo("/problems/forbidden"))
                .body("status", equalTo(403));
        ProblemResponsesTest.assertNoInternals(response.asString());
    }

    /** Probes, scrapers and client generators carry no token. */
    @Test
    void healthMetricsAndTheContractNeedNoToken() {
        get(Management.url("/health/live")).then().statusCode(200).body("status", equalTo("UP"));
        get(Management.url("/health/ready")).then().statusCode(200).body("status", equalTo("UP"));
        get(Management.url("/metrics")).then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
        get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/assessments"));
    }

    /** The report page and its examples are open; the page's calls to the API carry the token its user gives. */
    @Test
    void theReportPageAndItsExamplesNeedNoToken() {
        get("/").then().statusCode(200).body(containsString("id=\"token\""));
        get("/examples/seed-dilemma.json").then().statusCode(200).body(containsString("bj-cluster-2026q1"));
    }
}
