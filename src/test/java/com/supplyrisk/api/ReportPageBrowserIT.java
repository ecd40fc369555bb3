package com.supplyrisk.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * A procurement analyst at the report page of the packaged jar: scores the seed example, a plan with a mistake, and
 * CSV plans pasted and uploaded. Needs Debian's chromium and chromium-driver; screenshots go to target/screenshots.
 */
@QuarkusIntegrationTest
class ReportPageBrowserIT {

    private static final List<String> PRESETS = List.of("baseline", "china-approves-h200-broadly", "us-revokes-china-licences",
            "grey-market-crackdown", "domestic-capacity-doubles");
    private static final List<String> SEED_BY_RANK = List.of("ascend-910b", "h200-cloud", "h200-official", "h20-official", "h200-grey");

    @Test
    void theSeedExampleIsRankedAndDrawn() throws IOException {
        try (ReportPage page = ReportPage.open(1280, 2000)) {
            page.waitForPlanText();
            page.score();
            page.waitForRankingRows(5);

            assertThat(page.rankingOptions()).isEqualTo(SEED_BY_RANK);
            assertThat(page.texts("#ranking-table tbody td.rank")).containsExactly("1", "2", "3", "4", "5");
            assertThat(page.texts("#ranking-table tbody .rating")).containsExactly("LOW", "MODERATE", "HIGH", "HIGH", "HIGH");
            assertThat(page.texts("#ranking-table tbody tr[data-option='h200-grey'] .flag")).containsExactly("⚠ Non-compliant");
            assertThat(page.count("#ranking-table tbody tr.compliance-gate")).as("the gate before the non-compliant route").isEqualTo(1);
            assertThat(page.count("svg.factor-bars g.bar")).isEqualTo(5);
            // Only h200-grey pays a premium: 5 concentration, 5 licensing and 1 price segment.
            assertThat(page.count("svg.factor-bars g.bar rect.segment")).isEqualTo(11);
            assertThat(page.count("svg.scatter g.point circle")).isEqualTo(5);
            assertThat(page.count("#unplotted")).isZero();
            assertThat(page.text("svg.scatter title")).isEqualTo("Risk score against risk-adjusted cost per PFLOPS-hour");
            assertThat(page.text("#status")).contains("Scored 5 options", "best is ascend-910b", "LOW");
            assertThat(page.visible("#simulation-section")).isFalse();
            assertThat(page.visible("#scenario-section")).isFalse();
            assertThat(page.count("#scenario-presets input[type=checkbox]")).isEqualTo(PRESETS.size());
            assertThat(page.visible("#simulation-controls")).isTrue();
            assertThat(page.visible("#sensitivity-section")).isFalse();
            assertThat(page.consoleProblems()).isEmpty();
            page.screenshot("report-seed-example-1280.png");

            page.resize(400, 3400);
            page.waitForChartWidthBelow(400);
            assertThat(page.count("svg.factor-bars g.bar")).isEqualTo(5);
            page.screenshot("report-seed-example-400.png");
        }
    }

    @Test
    void theSeedExampleUnderEveryPresetWithASimulationIsDrawnFromTheAnswer() throws IOException {
        JsonNode answer = answerTo(seedWithAnalyses());
        try (ReportPage page = ReportPage.open(1280, 2000)) {
            page.waitForPlanText();
            page.waitForCount("#scenario-presets input[type=checkbox]", PRESETS.size());
            page.tickAll("#scenario-presets input[type=checkbox]");
            page.tickAll("#sensitivity");
            page.tickAll("#sim-enabled");
            page.type("sim-target", "40");
            page.type("sim-trials", "100000");
            page.type("sim-seed", "20260126");
            page.score();
            page.waitFor("#scenario-table");
            page.waitFor("#simulation svg.distribution");

            assertThat(page.attributes("#scenario-table thead th[data-scenario]", "data-scenario")).containsExactlyElementsOf(PRESETS);
            assertThat(page.count("#scenario-table tbody tr")).isEqualTo(5);
            int climbs = 0;
            int falls = 0;
            for (JsonNode scenario : answer.get("scenarioResults")) {
                for (JsonNode option : scenario.get("options")) {
                    String cell = "#scenario-table tr[data-option='" + option.get("id").asText() + "'] td[data-scenario='"
                            + scenario.get("scenario").asText() + "']";
                    int change = option.get("rankChange").asInt();
                    assertThat(page.attribute(cell, "data-rank")).as(cell).isEqualTo(option.get("rank").asText());
                    assertThat(page.text(cell)).as(cell).startsWith(option.get("rank").asText() + " "
                            + (change < 0 ? "▲" + -change : change > 0 ? "▼" + change : "="));
                    climbs += change < 0 ? 1 : 0;
                    falls += change > 0 ? 1 : 0;
                }
            }
            assertThat(page.count("#scenario-table .move.up")).isEqualTo(climbs).isPositive();
            assertThat(page.count("#scenario-table .move.down")).isEqualTo(falls).isPositive();

            // Positions on the chart's axis follow the answer's figures: P10 and P90 bound the spread, so the target,
            // the median and the mean sit where their values put them between those two.
            JsonNode simulation = answer.get("simulation");
            JsonNode delivered = simulation.get("deliveredPflops");
            double p10 = delivered.get("p10").asDouble();
            double p90 = delivered.get("p90").asDouble();
            double left = Double.parseDouble(page.attribute("svg.distribution rect.spread", "x"));
            double perPflops = Double.parseDouble(page.attribute("svg.distribution rect.spread", "width")) / (p90 - p10);
            Map<String, Double> drawnAt = Map.of(
                    "target", Double.parseDouble(page.attribute("svg.distribution line.target", "x1")),
                    "p50", Double.parseDouble(page.attribute("svg.distribution line.median", "x1")),
                    "mean", Double.parseDouble(page.attribute("svg.distribution path.mean", "d").replaceFirst("^M([0-9.]+) .*", "$1")));
            assertThat(drawnAt.get("target")).isCloseTo(left + (simulation.get("targetComputePflops").asDouble() - p10) * perPflops, within(0.5));
            assertThat(drawnAt.get("p50")).isCloseTo(left + (delivered.get("p50").asDouble() - p10) * perPflops, within(0.5));
            assertThat(drawnAt.get("mean")).isCloseTo(left + (delivered.get("mean").asDouble() - p10) * perPflops, within(0.5));
            assertThat(page.texts("svg.distribution text.quantile-label")).containsExactly("P10", "P50", "P90");
            assertThat(page.text("svg.distribution text.mean-label")).isEqualTo("mean");
            assertThat(page.text("svg.distribution text.target-label")).isEqualTo("target 40");
            assertThat(page.text("#simulation .figures")).contains(
                    String.format(Locale.ROOT, "%.1f%% ± %.2f%%", simulation.get("probabilityOfTarget").asDouble() * 100,
                            simulation.get("standardError").asDouble() * 100),
                    String.format(Locale.ROOT, "%.1f / %.1f / %.1f PFLOPS", p10, delivered.get("p50").asDouble(), p90));
            assertThat(page.count("#simulation table.contributions tbody tr")).isEqualTo(simulation.get("options").size());

            assertThat(page.count("#break-even li")).isEqualTo(2);
            assertThat(page.text("#break-even li[data-option='ascend-910b']")).contains("0.2961", "loses first place to h200-cloud");
            assertThat(page.count("svg.tornado[data-option='ascend-910b'] g.swing-row")).isEqualTo(9);
            assertThat(page.consoleProblems()).isEmpty();
            page.screenshot("report-seed-analyses-1280.png");
        }
    }

    /** What the page sends for the seed example with every preset, sensitivity and the simulation typed above. */
    private static String seedWithAnalyses() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode plan = (ObjectNode) json.readTree(Plans.example("seed-dilemma.json"));
        plan.set("scenarios", json.valueToTree(PRESETS));
        plan.put("sensitivity", true);
        plan.set("simulation", json.valueToTree(Map.of("trials", 100_000, "seed", 20_260_126)));
        plan.put("targetComputePflops", 40);
        return json.writeValueAsString(plan);
    }

    private static JsonNode answerTo(String request) throws IOException {
        return new ObjectMapper().readTree(given().contentType(ContentType.JSON).body(request).post("/api/v1/assessments")
                .then().statusCode(200).extract().asString());
    }

    @Test
    void aPlanWithAGoalGetsItsRecommendedMixAndFrontierDrawn() throws IOException {
        try (ReportPage page = ReportPage.open(1280, 2400)) {
            page.waitForPlanText();
            page.pastePlan(Plans.example("seed-recommendation.json"));
            page.score();
            page.waitForRankingRows(5);
            page.waitForCount("#recommendation svg.frontier circle.frontier-point", 7);

            assertThat(page.visible("#recommendation-section")).isTrue();
            assertThat(page.count("#recommendation svg.frontier circle.frontier-point.unreached")).isEqualTo(3);
            assertThat(page.count("#recommendation svg.frontier circle.recommended")).isEqualTo(1);
            assertThat(page.texts("#recommendation table.mix tbody th")).containsExactly("ascend-910b");
            assertThat(page.text("#recommendation .verdict")).startsWith("Not reachable: no mix within the budget reaches 40 PFLOPS");
            assertThat(page.consoleProblems()).isEmpty();
            page.screenshot("report-seed-recommendation-1280.png");
        }
    }

    @Test
    void anApiErrorIsShownBesideTheOptionItNames() throws IOException {
        String plan = Plans.example("seed-dilemma.json").replaceFirst("\"quantity\": 64", "\"quantity\": 0");
        try (ReportPage page = ReportPage.open(1280, 1600)) {
            page.waitForPlanText();
            page.pastePlan(plan);
            page.score();
            WebElement row = page.waitFor("#plan-preview tr.has-errors");

            assertThat(row.getAttribute("data-index")).isEqualTo("0");
            assertThat(row.getText()).contains("h200-official", "quantity", "must be greater than or equal to 1");
            assertThat(page.count("#plan-preview tr.has-errors")).isEqualTo(1);
            assertThat(page.text("#err-plan-text")).contains("#/options/0/quantity", "option 0 (h200-official)");
            assertThat(page.attribute("#plan-text", "aria-invalid")).isEqualTo("true");
            assertThat(page.text("#status")).contains("refused the plan");
            assertThat(page.visible("#report")).isFalse();
            page.screenshot("report-quantity-zero.png");
        }
    }

    @Test
    void aPastedCsvPlanIsScoredAndItsErrorsNameTheLineAndColumn() throws IOException {
        String csv = """
                id,accelerator,channel,supplier,quantity,unitPrice,unitPriceCurrency
                h200-grey,nvidia-h200,GREY_MARKET,"Shenzhen broker, Futian",64,287500,CNY
                ascend-910b,huawei-ascend-910b,DOMESTIC,Huawei,0,120000,CNY
                """;
        try (ReportPage page = ReportPage.open(1280, 1600)) {
            page.waitForPlanText();
            page.choose("#format-csv");
            page.pastePlan(csv);
            page.score();
            WebElement row = page.waitFor("#plan-preview tr.has-errors");

            assertThat(row.getText()).contains("3", "ascend-910b", "column quantity");
            assertThat(page.text("#err-plan-text")).contains("#/options/1/quantity", "line 3 (ascend-910b), column quantity");
            page.screenshot("report-csv-error.png");

            page.pastePlan(csv.replace(",0,120000", ",128,120000"));
            page.score();
            page.waitForRankingRows(2);
            assertThat(page.rankingOptions()).containsExactly("ascend-910b", "h200-grey");
            assertThat(page.count("#plan-preview")).isZero();
        }
    }

    @Test
    void anUploadedCsvFileIsReadAsCsv() throws IOException {
        Path file = Files.createTempFile("plan", ".csv");
        Files.writeString(file, """
                id,accelerator,channel,quantity,unitPrice,unitPriceCurrency,licensingProbability,rentalPeriod
                h20-official,nvidia-h20,OFFICIAL,64,131250,CNY,0.5,
                h200-cloud,nvidia-h200,CLOUD_RENTAL,64,7.912,USD,,HOUR
                ascend-910b,huawei-ascend-910b,DOMESTIC,128,120000,CNY,,
                """);
        try (ReportPage page = ReportPage.open(1280, 1600)) {
            page.waitForPlanText();
            page.upload(file);
            page.waitForText("#status", file.getFileName() + " loaded");
            assertThat(page.selected("#format-csv")).isTrue();
            assertThat(page.visible("#csv-settings")).isTrue();
            page.score();
            page.waitForRankingRows(3);
            assertThat(page.rankingOptions()).containsExactlyInAnyOrder("h20-official", "h200-cloud", "ascend-910b");
            assertThat(page.count("svg.scatter g.point circle")).isEqualTo(3);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
