package com.supplyrisk.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * A procurement analyst at the report page of the packaged jar: scores the seed example, a plan with a mistake, and
 * CSV plans pasted and uploaded. Needs Debian's chromium and chromium-driver; screenshots go to target/screenshots.
 */
@QuarkusIntegrationTest
class ReportPageBrowserIT {

    private static final List<String> SEED_BY_RANK = List.of("ascend-910b", "h200-cloud", "h200-grey", "h20-official", "h200-official");

    @Test
    void theSeedExampleIsRankedAndDrawn() throws IOException {
        try (ReportPage page = ReportPage.open(1280, 2000)) {
            page.waitForPlanText();
            page.score();
            page.waitForRankingRows(5);

            assertThat(page.rankingOptions()).isEqualTo(SEED_BY_RANK);
            assertThat(page.texts("#ranking-table tbody td.rank")).containsExactly("1", "2", "3", "4", "5");
            assertThat(page.texts("#ranking-table tbody .rating")).containsExactly("LOW", "MODERATE", "HIGH", "HIGH", "HIGH");
            assertThat(page.texts("#ranking-table tbody tr:nth-child(3) .flag")).containsExactly("⚠ Non-compliant");
            assertThat(page.count("svg.factor-bars g.bar")).isEqualTo(5);
            // Only h200-grey pays a premium: 5 concentration, 5 licensing and 1 price segment.
            assertThat(page.count("svg.factor-bars g.bar rect.segment")).isEqualTo(11);
            assertThat(page.count("svg.scatter g.point circle")).isEqualTo(5);
            assertThat(page.count("#unplotted")).isZero();
            assertThat(page.text("svg.scatter title")).isEqualTo("Risk score against risk-adjusted cost per PFLOPS");
            assertThat(page.text("#status")).contains("Scored 5 options", "best is ascend-910b", "LOW");
            assertThat(page.visible("#simulation-section")).isFalse();
            assertThat(page.visible("#scenario-section")).isFalse();
            assertThat(page.visible("#scenario-controls")).as("no GET /api/v1/scenarios on this service yet").isFalse();
            assertThat(page.consoleProblems()).isEmpty();
            page.screenshot("report-seed-example-1280.png");

            page.resize(400, 3400);
            page.waitForChartWidthBelow(400);
            assertThat(page.count("svg.factor-bars g.bar")).isEqualTo(5);
            page.screenshot("report-seed-example-400.png");
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
                id,accelerator,channel,quantity,unitPrice,unitPriceCurrency,licensingProbability
                h20-official,nvidia-h20,OFFICIAL,64,131250,CNY,0.5
                h200-cloud,nvidia-h200,CLOUD_RENTAL,64,21900,USD,
                ascend-910b,huawei-ascend-910b,DOMESTIC,128,120000,CNY,
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
