package org.jixiao.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's Chromium (Debian's chromium and chromium-driver, which .ci/run installs) driven headless through its
 * chromedriver, so no driver or browser is ever downloaded. Without them the browser tests are skipped, saying why.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getProperty("jixiao.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("jixiao.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "dashboard-screenshots");

    final ChromeDriver driver;
    private final String base;

    private Browser(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    /** A JUnit assumption: the browser tests need Chromium and its driver on this machine. */
    static void assumeInstalled() {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no Chromium at " + CHROMIUM + " with chromedriver at " + CHROMEDRIVER
                        + ": install Debian's chromium and chromium-driver (.ci/run does)");
    }

    static Browser open(String gateway) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--window-size=1440,1400",
                "--lang=zh-CN");
        return new Browser(new ChromeDriver(service, options), gateway);
    }

    void go(String hash) {
        driver.get(base + "/" + hash);
    }

    WebElement await(By by) {
        return await(by, Duration.ofSeconds(30));
    }

    WebElement await(By by, Duration timeout) {
        return new WebDriverWait(driver, timeout).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until the element's attribute has the value; answers how long that took. */
    Duration awaitAttribute(By by, String attribute, String value, Duration timeout) {
        long started = System.nanoTime();
        new WebDriverWait(driver, timeout, Duration.ofMillis(25))
                .until(d -> value.equals(d.findElement(by).getDomAttribute(attribute)));
        return Duration.ofNanos(System.nanoTime() - started);
    }

    void signIn(String apiKey) {
        driver.get(base + "/");
        WebElement key = await(By.id("api-key"));
        key.sendKeys(apiKey);
        driver.findElement(By.cssSelector("#signin-form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.findElements(By.id("signin-form")).isEmpty());
    }

    void signOut() {
        driver.findElement(By.id("signout")).click();
        await(By.id("api-key"));
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    Object asyncScript(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
    }

    /** The page as a person sees it, kept under target/ for the build's artifacts. */
    Path screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
