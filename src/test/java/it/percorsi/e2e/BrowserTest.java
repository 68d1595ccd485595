package it.percorsi.e2e;

import it.percorsi.TestClockConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the real-browser journeys: the portal on a random port, driven by Debian's headless
 * Chromium through Selenium (never a downloaded browser). Where Chromium is missing the journeys
 * are skipped with a visible message, except when CI=true (or -Dpercorsi.e2e.required=true):
 * there a missing browser fails the build, so the journeys can never silently skip in CI.
 * The journeys walk the real, shipped library ({@code content/}), not the test profile's fixture
 * library: they are the check that what a trainer ships still carries a referent from start to end.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:e2e;DB_CLOSE_DELAY=-1", "percorsi.content.dir=content"})
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("browser")
public abstract class BrowserTest {

    static final Path CHROMIUM = Path.of(System.getProperty("percorsi.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("percorsi.chromedriver", "/usr/bin/chromedriver"));

    @LocalServerPort
    protected int port;
    protected WebDriver driver;

    static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI")) || Boolean.getBoolean("percorsi.e2e.required");
    }

    @BeforeAll
    void startBrowser() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present) {
            String message = "Chromium or chromedriver not found at " + CHROMIUM + " / " + DRIVER
                    + ": browser journeys SKIPPED (install the Debian packages chromium and chromium-driver)";
            if (required()) {
                throw new IllegalStateException(message + " -- but they are required here (CI=true)");
            }
            System.err.println("WARNING: " + message);
            Assumptions.abort(message);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,900", "--lang=it-IT");
        // the browser's console, to catch Content-Security-Policy violations on every page
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /**
     * The shipped Content-Security-Policy never blocks anything the portal itself does: a refused
     * script, style, image or eval shows in the console as a CSP error, and fails the journey.
     */
    @AfterEach
    void noContentSecurityPolicyViolation() {
        if (driver == null) {
            return;
        }
        var violations = driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
        org.assertj.core.api.Assertions.assertThat(violations).as("CSP violations in the browser console").isEmpty();
    }

    @AfterAll
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    protected void open(String path) {
        driver.get(url(path));
        waitForVaadin();
    }

    protected WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    protected void waitForUrl(String fragment) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains(fragment));
    }

    /** Waits until Vaadin has rendered the page and is idle. */
    protected void waitForVaadin() {
        try {
            waitForVaadinClient();
        } catch (org.openqa.selenium.TimeoutException e) {
            saveScreenshot("timeout");
            throw e;
        }
    }

    /** Saves what the browser shows under target/e2e/, for a failing journey. */
    protected void saveScreenshot(String name) {
        try {
            Path dir = Path.of("target", "e2e");
            Files.createDirectories(dir);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(dir.resolve(getClass().getSimpleName() + "-" + name + ".png"), png);
            Files.writeString(dir.resolve(getClass().getSimpleName() + "-" + name + ".html"), driver.getPageSource());
        } catch (Exception ignored) {
            // best effort
        }
    }

    private void waitForVaadinClient() {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                                + " && Object.values(window.Vaadin.Flow.clients).length > 0"
                                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive()))")));
    }

    /** Types into a Vaadin field (its inner input) found by the component id. */
    protected void type(String componentId, String text) {
        WebElement input = waitFor(By.cssSelector("#" + componentId + " input"));
        input.clear();
        input.sendKeys(text);
    }

    protected void click(String componentId) {
        waitFor(By.id(componentId)).click();
        waitForVaadin();
    }

    /** Logs in through the real login form. */
    protected void login(String email, String password) {
        driver.manage().deleteAllCookies();
        open("login");
        WebElement user = waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
        user.sendKeys(email);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().endsWith("/login"));
        waitForVaadin();
    }

    protected void logout() {
        driver.manage().deleteAllCookies();
    }
}
