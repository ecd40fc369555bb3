package com.supplyrisk.api;

import static io.restassured.RestAssured.get;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The files of the report page: the examples it offers are the shipped ones, served as they are in examples/, and
 * the answers its Node tests draw (src/test/js) are what the service answers today.
 */
@QuarkusTest
class ReportPageTest {

    private static final Pattern EXAMPLE_OPTION = Pattern.compile("<option value=\"([a-z0-9-]+)\"");
    private static final Path NODE_TESTS = Path.of("src/test/js");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void thePageOffersEveryShippedExampleAndNoOther() throws IOException {
        String page = get("/").then().statusCode(200).extract().asString();
        List<String> offered = EXAMPLE_OPTION.matcher(page.substring(page.indexOf("<select id=\"example\">"), page.indexOf("</select>")))
                .results().map(match -> match.group(1) + ".json").toList();
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            assertThat(offered).containsExactlyInAnyOrderElementsOf(files.map(file -> file.getFileName().toString()).toList());
        }
    }

    @Test
    void eachExampleIsServedAsShipped() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            for (Path file : files.toList()) {
                assertThat(get("/examples/" + file.getFileName()).then().statusCode(200).extract().asString())
                        .as(file.toString()).isEqualTo(Files.readString(file));
            }
        }
    }

    @Test
    void theScriptsAndStylesAreServedWithTheirTypes() {
        get("/report/report.js").then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/javascript"));
        get("/report/views.js").then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/javascript"));
        get("/report/plan-input.js").then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/javascript"));
        get("/report/report.css").then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/css"));
    }

    @Test
    void theNodeTestsDrawTheServicesAnswerToTheSeedPlanWithEveryAnalysis() throws IOException {
        String answer = given().contentType(ContentType.JSON).body(Files.readString(NODE_TESTS.resolve("seed-request-with-analyses.json")))
                .when().post("/api/v1/assessments").then().statusCode(200).extract().asString();
        assertThat(JSON.readTree(answer)).as("regenerate src/test/js/seed-answer-with-analyses.json from the service")
                .isEqualTo(JSON.readTree(NODE_TESTS.resolve("seed-answer-with-analyses.json").toFile()));
    }

    @Test
    void theNodeTestsReadTheServicesListOfPresets() throws IOException {
        String list = get("/api/v1/scenarios?asOf=2026-01-26").then().statusCode(200).extract().asString();
        assertThat(JSON.readTree(list)).as("regenerate src/test/js/scenario-presets.json from the service")
                .isEqualTo(JSON.readTree(NODE_TESTS.resolve("scenario-presets.json").toFile()));
    }
}
