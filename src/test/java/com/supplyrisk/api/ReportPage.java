package com.supplyrisk.api;

import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The report page at / in headless Chromium, as the browser tests use it: by its labels' fields and its ids. */
final class ReportPage implements AutoCloseable {

    private final WebDriver browser;
    private final WebDriverWait wait;

    private ReportPage(WebDriver browser) {
        this.browser = browser;
        // Charts are drawn anew on every answer and resize, so an element found a moment ago may be gone.
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    static ReportPage open(int width, int height) throws IOException {
        ReportPage page = new ReportPage(ExplorerBrowserIT.headlessChromium(width, height));
        page.browser.get("http://localhost:" + RestAssured.port + "/");
        return page;
    }

    /** The seed example is loaded when the page opens. */
    void waitForPlanText() {
        wait.until(driver -> !driver.findElement(By.id("plan-text")).getAttribute("value").isBlank());
    }

    void pastePlan(String text) {
        WebElement field = browser.findElement(By.id("plan-text"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", field, text);
    }

    void choose(String selector) {
        browser.findElement(By.cssSelector(selector)).click();
    }

    /** Ticks every box the selector finds that is not ticked yet. */
    void tickAll(String selector) {
        browser.findElements(By.cssSelector(selector)).stream().filter(box -> !box.isSelected()).forEach(WebElement::click);
    }

    void type(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    void waitForCount(String selector, int count) {
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(selector), count));
    }

    void upload(Path file) {
        browser.findElement(By.id("plan-file")).sendKeys(file.toAbsolutePath().toString());
    }

    void typeToken(String token) {
        WebElement details = browser.findElement(By.id("token-details"));
        if (details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
        WebElement field = browser.findElement(By.id("token"));
        field.clear();
        field.sendKeys(token);
    }

    void score() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("score"))).click();
    }

    void waitForRankingRows(int rows) {
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#ranking-table tbody tr[data-option]"), rows));
    }

    WebElement waitFor(String selector) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(selector)));
    }

    void waitForText(String selector, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(selector), text));
    }

    /** The charts are drawn again for the new width after a resize. */
    void waitForChartWidthBelow(int width) {
        wait.until(driver -> Integer.parseInt(driver.findElement(By.cssSelector("svg.factor-bars")).getAttribute("width")) < width);
    }

    void resize(int width, int height) {
        browser.manage().window().setSize(new Dimension(width, height));
    }

    List<String> rankingOptions() {
        return browser.findElements(By.cssSelector("#ranking-table tbody tr[data-option]")).stream().map(row -> row.getAttribute("data-option")).toList();
    }

    List<String> texts(String selector) {
        return browser.findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
    }

    String text(String selector) {
        return browser.findElement(By.cssSelector(selector)).getAttribute("textContent").strip();
    }

    List<String> attributes(String selector, String name) {
        return browser.findElements(By.cssSelector(selector)).stream().map(element -> element.getAttribute(name)).toList();
    }

    String attribute(String selector, String name) {
        return browser.findElement(By.cssSelector(selector)).getAttribute(name);
    }

    int count(String selector) {
        return browser.findElements(By.cssSelector(selector)).size();
    }

    boolean visible(String selector) {
        return browser.findElement(By.cssSelector(selector)).isDisplayed();
    }

    boolean selected(String selector) {
        return browser.findElement(By.cssSelector(selector)).isSelected();
    }

    String focusedId() {
        return browser.switchTo().activeElement().getAttribute("id");
    }

    /** Errors in the browser console: a blocked script or style (Content-Security-Policy) or a failed script. */
    List<String> consoleProblems() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** The whole page, kept in target/screenshots: the window grows to the page's height first. */
    void screenshot(String name) throws IOException {
        Number height = (Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
        Dimension size = browser.manage().window().getSize();
        if (height.intValue() > size.getHeight()) {
            resize(size.getWidth(), height.intValue() + 100);
        }
        Files.createDirectories(ExplorerBrowserIT.SCREENSHOTS);
        Files.write(ExplorerBrowserIT.SCREENSHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        browser.quit();
    }
}
