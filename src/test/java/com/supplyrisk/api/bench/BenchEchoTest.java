package com.supplyrisk.api.bench;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.supplyrisk.api.Plans;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The benchmark's echo endpoint, switched on: it reads a plan exactly as scoring does and writes it back. */
@QuarkusTest
@TestProfile(BenchEchoTest.EchoEnabled.class)
class BenchEchoTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static class EchoEnabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("supply-risk.bench.echo-enabled", "true");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-dilemma.json", "seed-scenarios.json"})
    void aValidPlanComesBackAsSent(String example) throws IOException {
        String plan = Plans.example(example);
        String echoed = given().contentType(ContentType.JSON).body(plan)
                .when().post(BenchEchoResource.PATH)
                .then().statusCode(200).contentType(ContentType.JSON)
                .extract().asString();
        assertThat(withoutNulls(JSON.readTree(echoed))).isEqualTo(JSON.readTree(plan));
    }

    @Test
    void invalidScenariosGetTheAnswerScoringGives() throws IOException {
        ObjectNode plan = (ObjectNode) JSON.readTree(Plans.example("seed-scenarios.json"));
        plan.set("scenarios", JSON.readTree("""
                ["baseline", "no-such-preset", {"name": "Bad Name", "overrides": {"rules": {"cn-foo": {"probability": 2}},
                 "premiums": {"TELEPORT": 0.1}}}, 7]"""));
        assertThat(refused(BenchEchoResource.PATH, plan.toString())).isEqualTo(refused("/api/v1/assessments", plan.toString()));
        ((ArrayNode) plan.get("scenarios")).remove(3);
        String scoring = refused("/api/v1/assessments", plan.toString());
        assertThat(refused(BenchEchoResource.PATH, plan.toString())).isEqualTo(scoring);
        assertThat(scoring).contains("#/scenarios/1", "#/scenarios/2/name", "#/scenarios/2/overrides/rules/cn-foo",
                "#/scenarios/2/overrides/premiums/TELEPORT");
    }

    @Test
    void anInvalidPlanGetsTheAnswerScoringGives() {
        var plan = Plans.plan("CN", "CN", "COMMERCIAL", "2026-01-26",
                List.of(Plans.option("a", "nvidia-h2", "OFFICIAL", 0, 10, "XXX")));
        String scoring = refused("/api/v1/assessments", plan);
        assertThat(refused(BenchEchoResource.PATH, plan)).isEqualTo(scoring);
        assertThat(refused(BenchEchoResource.PATH, "{\"buyer\": ")).isEqualTo(refused("/api/v1/assessments", "{\"buyer\": "));
    }

    private static String refused(String path, Object body) {
        Response response = given().contentType(ContentType.JSON).body(body).when().post(path);
        response.then().statusCode(400).contentType("application/problem+json");
        return response.asString();
    }

    @Test
    void isNoPartOfTheContract() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.keySet().any { it.contains('bench') }", equalTo(false));
    }

    /** The echo writes every field of the request, absent ones as null; the example leaves them out. */
    private static JsonNode withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().removeIf(field -> field.getValue().isNull());
        }
        node.forEach(BenchEchoTest::withoutNulls);
        return node;
    }
}
