package com.supplyrisk.api.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import com.supplyrisk.api.ContractValidation;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every error class of api.md, as RFC 9457 problem+json with pointers into the body as sent. */
@QuarkusTest
@ExtendWith(ContractValidation.class)
public class ProblemResponsesTest {

    private static final String ASSESSMENTS = "/api/v1/assessments";
    private static final String OPTION = "{\"id\":\"a\",\"accelerator\":\"nvidia-h200\",\"channel\":\"OFFICIAL\",\"quantity\":%s,"
            + "\"unitPrice\":{\"amount\":%s,\"currency\":\"USD\"}}";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static String plan(String quantity, String amount) {
        return "{\"buyer\":{\"country\":\"CN\"},\"options\":[" + OPTION.formatted(quantity, amount) + "]}";
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of("malformed JSON", "{\"buyer\":", "malformed-json", "#/buyer"),
                Arguments.of("trailing tokens", "{\"buyer\":{\"country\":\"CN\"},\"options\":[]} x", "malformed-json", "#"),
                Arguments.of("duplicate keys", "{\"buyer\":{\"country\":\"CN\"},\"buyer\":{\"country\":\"CN\"}}", "malformed-json",
                        "#/buyer"),
                Arguments.of("bare NaN", plan("1", "NaN"), "malformed-json", "#/options/0/unitPrice"),
                Arguments.of("truncated", "{\"buyer\":{\"country\":\"CN\"},\"options\":[", "malformed-json", "#/options"),
                Arguments.of("date as an array", "{\"buyer\":{\"country\":\"CN\"},\"asOf\":[2026,1,26],\"options\":["
                        + OPTION.formatted("1", "1000") + "]}", "invalid-plan", "#/asOf"),
                Arguments.of("date with a time", "{\"buyer\":{\"country\":\"CN\"},\"asOf\":\"2026-01-26T00:00:00\",\"options\":["
                        + OPTION.formatted("1", "1000") + "]}", "invalid-plan", "#/asOf"),
                Arguments.of("tiny rate", "{\"buyer\":{\"country\":\"CN\"},\"fxRates\":{\"CNY\":1E-400},\"options\":["
                        + OPTION.formatted("1", "1000") + "]}", "invalid-plan", "#/fxRates/CNY"),
                Arguments.of("unknown field", "{\"buyer\":{\"country\":\"CN\"},\"options\":[],\"score\":1}", "invalid-plan", "#/score"),
                Arguments.of("wrong type", "{\"buyer\":\"CN\",\"options\":[]}", "invalid-plan", "#/buyer"),
                Arguments.of("float for an integer", plan("1.5", "1000"), "invalid-plan", "#/options/0/quantity"),
                Arguments.of("string for a number", plan("1", "\"1000\""), "invalid-plan", "#/options/0/unitPrice/amount"),
                Arguments.of("string NaN", plan("1", "\"NaN\""), "invalid-plan", "#/options/0/unitPrice/amount"),
                Arguments.of("string Infinity", plan("1", "\"Infinity\""), "invalid-plan", "#/options/0/unitPrice/amount"),
                Arguments.of("1e400", plan("1", "1e400"), "invalid-plan", "#/options/0/unitPrice/amount"),
                Arguments.of("integer overflow", plan("99999999999999999999", "1000"), "invalid-plan", "#/options/0/quantity"),
                Arguments.of("unknown enum value",
                        "{\"buyer\":{\"country\":\"CN\",\"segment\":\"PRIVATE\"},\"options\":[]}", "invalid-plan", "#/buyer/segment"),
                Arguments.of("quantity below 1", plan("0", "1000"), "invalid-plan", "#/options/0/quantity"),
                Arguments.of("no options", "{\"buyer\":{\"country\":\"CN\"},\"options\":[]}", "invalid-plan", "#/options"),
                Arguments.of("missing buyer", "{\"options\":[" + OPTION.formatted("1", "1000") + "]}", "invalid-plan", "#/buyer"),
                Arguments.of("bad country", "{\"buyer\":{\"country\":\"China\"},\"options\":[" + OPTION.formatted("1", "1000") + "]}",
                        "invalid-plan", "#/buyer/country"),
                Arguments.of("horizon over 60", "{\"buyer\":{\"country\":\"CN\"},\"horizonMonths\":61,\"options\":["
                        + OPTION.formatted("1", "1000") + "]}", "invalid-plan", "#/horizonMonths"),
                Arguments.of("asOf before the data", "{\"buyer\":{\"country\":\"CN\"},\"asOf\":\"2019-01-01\",\"options\":["
                        + OPTION.formatted("1", "1000") + "]}", "invalid-plan", "#/asOf"),
                Arguments.of("unknown currency", "{\"buyer\":{\"country\":\"CN\"},\"currency\":\"XYZ\",\"options\":["
                        + OPTION.formatted("1", "1000") + "]}", "invalid-plan", "#/currency"),
                Arguments.of("duplicate option ids", "{\"buyer\":{\"country\":\"CN\"},\"options\":[" + OPTION.formatted("1", "1000")
                        + "," + OPTION.formatted("2", "1000") + "]}", "invalid-plan", "#/options/1/id"),
                Arguments.of("accelerator and customAccelerator both missing",
                        "{\"buyer\":{\"country\":\"CN\"},\"options\":[{\"id\":\"a\",\"channel\":\"OFFICIAL\",\"quantity\":1,"
                                + "\"unitPrice\":{\"amount\":1,\"currency\":\"USD\"}}]}", "invalid-plan", "#/options/0"),
                Arguments.of("all weights zero", "{\"buyer\":{\"country\":\"CN\"},\"weights\":{\"concentration\":0,\"licensing\":0,"
                        + "\"pricePremium\":0},\"options\":[" + OPTION.formatted("1", "1000") + "]}", "invalid-plan", "#/weights"),
                Arguments.of("empty body", "", "invalid-plan", "#"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void badInputIsA400WithAPointer(String name, String body, String type, String pointer) {
        Response response = given().contentType("application/json").body(body).when().post(ASSESSMENTS);
        response.then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/" + type))
                .body("status", equalTo(400))
                .body("title", startsWith(""))
                .body("errors.pointer", hasItem(pointer));
        assertNoInternals(response.asString());
    }

    @Test
    void anUnknownAcceleratorNamesTheClosestKnownIds() {
        Response response = given().contentType("application/json")
                .body("{\"buyer\":{\"country\":\"CN\"},\"options\":[{\"id\":\"a\",\"accelerator\":\"nvidia-h2000\","
                        + "\"channel\":\"OFFICIAL\",\"quantity\":1,\"unitPrice\":{\"amount\":1,\"currency\":\"USD\"}}]}")
                .when().post(ASSESSMENTS);
        response.then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("#/options/0/accelerator"))
                .body("errors[0].detail", startsWith("unknown accelerator 'nvidia-h2000'; closest known ids: nvidia-h200"));
    }

    @Test
    void everyViolatedFieldIsListed() {
        given().contentType("application/json")
                .body("{\"buyer\":{\"country\":\"cn\"},\"horizonMonths\":0,\"options\":[{\"id\":\"a\",\"accelerator\":\"nvidia-h200\","
                        + "\"channel\":\"OFFICIAL\",\"quantity\":0,\"unitPrice\":{\"amount\":-1,\"currency\":\"usd\"}}]}")
                .when().post(ASSESSMENTS)
                .then().statusCode(400)
                .body("errors.pointer", org.hamcrest.Matchers.containsInAnyOrder("#/buyer/country", "#/horizonMonths",
                        "#/options/0/quantity", "#/options/0/unitPrice/amount", "#/options/0/unitPrice/currency"));
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("wrong content type", "POST", ASSESSMENTS, "text/plain", "*/*", 415, "unsupported-media-type"),
                Arguments.of("unsatisfiable Accept", "POST", ASSESSMENTS, "application/json", "application/xml", 406, "not-acceptable"),
                Arguments.of("wrong method", "GET", ASSESSMENTS, null, "*/*", 405, "method-not-allowed"),
                Arguments.of("TRACE", "TRACE", ASSESSMENTS, null, "*/*", 405, "method-not-allowed"),
                Arguments.of("unknown path", "GET", "/api/v1/nothing-here", null, "*/*", 404, "not-found"),
                Arguments.of("unknown accelerator", "GET", "/api/v1/accelerators/nvidia-h2", null, "*/*", 404, "unknown-accelerator"),
                Arguments.of("bad policy date", "GET", "/api/v1/policy?asOf=26-01-2026", null, "*/*", 400, "invalid-parameter"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void protocolErrorsAreProblems(String name, String method, String path, String contentType, String accept, int status,
            String type) {
        var request = given().accept(accept);
        if (contentType != null) {
            request = request.contentType(contentType).body("{}");
        }
        Response response = request.when().request(method, path);
        response.then().statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/" + type))
                .body("status", equalTo(status));
        assertNoInternals(response.asString());
    }

    public static void assertNoInternals(String body) {
        assertThat(body).doesNotContain("at java.", "at com.", "Exception", "com.supplyrisk", "jackson", "Jackson", "java.lang",
                "\tat ");
    }
}
