package com.supplyrisk.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person in the explorer of the packaged jar: opens "Score a procurement plan", presses "Try it out"
 * then "Execute" without typing, and sees the seed example scored. Needs Debian's chromium and
 * chromium-driver; the screenshot is kept in target/screenshots.
 */
@QuarkusIntegrationTest
class ExplorerBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static WebDriver headlessChromium() throws IOException {
        return headlessChromium(1400, 2400);
    }

    /** A window of the given size in CSS pixels; the browser's console is kept for the tests that read it. */
    static WebDriver headlessChromium(int width, int height) throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Skipped the browser test: /usr/bin/chromium or /usr/bin/chromedriver is missing. "
                        + "Install them with 'apt-get install -y chromium chromium-driver' to run it (.ci/run does).");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=" + width + "," + height, "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        return new ChromeDriver(service, options);
    }

    @Test
    void theSeedExampleScoresWithNoTyping() throws IOException {
        WebDriver browser = headlessChromium();
        try {
            browser.get("http://localhost:" + RestAssured.port + "/q/swagger-ui/");
            var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            WebElement operation = wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#operations-Assessments-assessPlan .opblock-summary")));
            operation.click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#operations-Assessments-assessPlan .try-out__btn")))
                    .click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#operations-Assessments-assessPlan .execute")))
                    .click();
            WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#operations-Assessments-assessPlan .live-responses-table .response .response-col_status")));
            WebElement body = browser.findElement(
                    By.cssSelector("#operations-Assessments-assessPlan .live-responses-table .response-col_description pre"));
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", status);
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve("explorer-seed-example.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

            assertThat(status.getText()).isEqualTo("200");
            assertThat(body.getText()).contains("\"planId\": \"bj-cluster-2026q1\"", "\"score\"", "\"rank\"");
        } finally {
            browser.quit();
        }
    }
}
