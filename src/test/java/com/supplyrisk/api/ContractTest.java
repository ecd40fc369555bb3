package com.supplyrisk.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The committed contract is what the service serves, and the YAML and JSON copies say the same. */
@QuarkusTest
class ContractTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode committed() throws IOException {
        return YAML.readTree(Files.readString(ContractValidation.CONTRACT));
    }

    @Test
    void theServedContractIsTheCommittedOne() throws IOException {
        JsonNode served = JSON.readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString());
        assertThat(drift(committed(), served)).as("differences between openapi/openapi.yaml and /q/openapi").isEmpty();
    }

    @Test
    void theJsonCopyMatchesTheYaml() throws IOException {
        JsonNode json = JSON.readTree(Files.readString(Path.of("openapi", "openapi.json")));
        assertThat(drift(committed(), json))
                .as("openapi/openapi.json is stale: regenerate it with 'yq . openapi/openapi.yaml > openapi/openapi.json'")
                .isEmpty();
    }

    @Test
    void theDriftCheckCatchesAChange() throws IOException {
        JsonNode changed = committed().deepCopy();
        ((ObjectNode) changed.get("info")).put("version", "9.9.9");
        ((ObjectNode) changed.get("paths")).remove("/api/v1/policy");
        assertThat(drift(committed(), changed)).containsExactlyInAnyOrder("/info/version", "/paths/~1api~1v1~1policy");
    }

    @Test
    void everyOperationOfTheContractAnswers() throws IOException {
        JsonNode paths = committed().get("paths");
        assertThat(paths.get("/api/v1/assessments").get("post").get("operationId").asText()).isEqualTo("assessPlan");
        assertThat(paths.get("/api/v1/recommendations").get("post").get("operationId").asText()).isEqualTo("recommendMix");
        assertThat(paths.get("/api/v1/accelerators").get("get").get("operationId").asText()).isEqualTo("listAccelerators");
        assertThat(paths.get("/api/v1/accelerators/{id}").get("get").get("operationId").asText()).isEqualTo("getAccelerator");
        assertThat(paths.get("/api/v1/policy").get("get").get("operationId").asText()).isEqualTo("getPolicy");
        assertThat(paths.get("/api/v1/scenarios").get("get").get("operationId").asText()).isEqualTo("listScenarios");
    }

    /** JSON pointers of every place where the two documents differ; numbers compare by value. */
    static List<String> drift(JsonNode expected, JsonNode actual) {
        var differences = new java.util.ArrayList<String>();
        compare("", expected, actual, differences);
        return differences;
    }

    private static void compare(String at, JsonNode expected, JsonNode actual, List<String> differences) {
        if (expected == null || actual == null) {
            differences.add(at);
        } else if (expected.isNumber() && actual.isNumber()) {
            if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                differences.add(at);
            }
        } else if (expected.isObject() && actual.isObject()) {
            var names = new java.util.TreeSet<String>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            names.forEach(name -> compare(at + "/" + name.replace("~", "~0").replace("/", "~1"), expected.get(name),
                    actual.get(name), differences));
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                compare(at + "/" + i, expected.get(i), actual.get(i), differences);
            }
        } else if (!expected.equals(actual)) {
            differences.add(at);
        }
    }
}
