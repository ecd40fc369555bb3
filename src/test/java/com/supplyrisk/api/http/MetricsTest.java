package com.supplyrisk.api.http;

import static io.restassured.RestAssured.get;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.supplyrisk.Management;
import com.supplyrisk.api.Plans;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Prometheus metrics on the management port: domain counters and per-endpoint latency histograms. */
@QuarkusTest
class MetricsTest {

    private static final String OPTIONS_SCORED = "supplyrisk_options_scored_total";
    private static final String PLANS_ASSESSED = "supplyrisk_plans_assessed_total";

    private static String scrape() {
        return get(Management.url("/metrics")).then().statusCode(200).extract().asString();
    }

    /** The value of the one sample of {@code name} whose labels include every given one; 0 when absent. */
    private static double sample(String metrics, String name, Map<String, String> labels) {
        Matcher line = Pattern.compile("(?m)^" + name + "\\{(.*)} (\\S+)$").matcher(metrics);
        while (line.find()) {
            String found = line.group(1);
            if (labels.entrySet().stream().allMatch(label -> found.contains(label.getKey() + "=\"" + label.getValue() + "\""))) {
                return Double.parseDouble(line.group(2));
            }
        }
        return 0;
    }

    private static double plansAssessed(String metrics) {
        Matcher line = Pattern.compile("(?m)^" + PLANS_ASSESSED + "(?:\\{[^}]*})? (\\S+)$").matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    @Test
    void eachAssessmentCountsOnePlanAndEveryOptionByRatingAndChannel() {
        String before = scrape();
        JsonPath answer = given().contentType(ContentType.JSON).body(Plans.example("seed-dilemma.json")).post("/api/v1/assessments")
                .then().statusCode(200).extract().jsonPath();
        String after = scrape();

        assertThat(plansAssessed(after) - plansAssessed(before)).isEqualTo(1.0);
        List<Map<String, Object>> options = answer.getList("options");
        for (Map<String, Object> option : options) {
            var labels = Map.of("rating", (String) option.get("rating"), "channel", (String) option.get("channel"));
            long expected = options.stream()
                    .filter(o -> o.get("rating").equals(labels.get("rating")) && o.get("channel").equals(labels.get("channel")))
                    .count();
            assertThat(sample(after, OPTIONS_SCORED, labels) - sample(before, OPTIONS_SCORED, labels)).as("%s", labels)
                    .isEqualTo(expected);
        }
    }

    @Test
    void aRejectedPlanCountsNothing() {
        String before = scrape();
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/assessments").then().statusCode(400);
        assertThat(plansAssessed(scrape())).isEqualTo(plansAssessed(before));
    }

    @Test
    void everyRatingAndChannelIsExportedFromTheStart() {
        String metrics = scrape();
        for (String rating : List.of("LOW", "MODERATE", "HIGH", "SEVERE")) {
            for (String channel : List.of("OFFICIAL", "GREY_MARKET", "DOMESTIC", "CLOUD_RENTAL")) {
                assertThat(metrics).containsPattern(OPTIONS_SCORED + "\\{[^}]*channel=\"" + channel + "\"[^}]*rating=\"" + rating + "\"");
            }
        }
    }

    @Test
    void requestLatencyIsAHistogramPerEndpoint() {
        given().get("/api/v1/accelerators/nvidia-h200").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Plans.example("seed-dilemma.json")).post("/api/v1/assessments").then().statusCode(200);
        String metrics = scrape();
        for (String uri : List.of("/api/v1/assessments", "/api/v1/accelerators/{id}")) {
            for (String bucket : List.of("0.005", "0.025", "0.1", "0.5", "2.5", "10.0")) {
                assertThat(metrics).as("%s bucket le=%s", uri, bucket)
                        .containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"" + Pattern.quote(uri) + "\",le=\"" + bucket + "\"}");
            }
            assertThat(sample(metrics, "http_server_requests_seconds_bucket", Map.of("uri", uri, "le", "+Inf")))
                    .as("requests to %s, all under +Inf", uri).isPositive();
        }
    }
}
