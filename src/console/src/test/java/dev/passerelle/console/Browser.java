package dev.passerelle.console;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver, both from their fixed paths (nothing is
 * downloaded), with what a person does on the console: log in, click, read, and a screenshot of a page.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(30);

    final ChromeDriver driver;
    private final Path screenshots;

    Browser() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("the console's browser tests need Debian's chromium and chromium-driver"
                    + " (apt-get install -y chromium chromium-driver; .ci/run installs them)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1360,900", "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        screenshots = Path.of(System.getProperty("passerelle.screenshots", "target/screenshots"));
    }

    void open(String url) {
        driver.get(url);
    }

    void logIn(ConsoleFixture fixture, String login, String password) {
        open(fixture.url("/login"));
        find(By.id("login")).sendKeys(login);
        find(By.id("password")).sendKeys(password);
        find(By.id("log-in")).click();
        waitFor(driver -> driver.findElements(By.id("who")).size() == 1);
    }

    WebElement find(By by) {
        return waitFor(driver -> driver.findElements(by).stream().findFirst().orElse(null));
    }

    <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition::apply);
    }

    /**
     * Clicks and waits for the next page (the old one gone). Asked about an element of a document being
     * replaced, ChromeDriver answers either "stale element" or, caught half-way, an unknown error saying
     * the node does not belong to the document: both mean the old page is gone.
     */
    void clickToNextPage(WebElement element) {
        WebElement html = driver.findElement(By.tagName("html"));
        element.click();
        waitFor(driver -> {
            try {
                html.isDisplayed();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
            } catch (org.openqa.selenium.WebDriverException replaced) {
                if (String.valueOf(replaced.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw replaced;
            }
        });
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Saves the page as target/screenshots/NAME.png. */
    Path screenshot(String name) {
        File taken = driver.getScreenshotAs(OutputType.FILE);
        try {
            Files.createDirectories(screenshots);
            Path saved = screenshots.resolve(name + ".png");
            Files.copy(taken.toPath(), saved, StandardCopyOption.REPLACE_EXISTING);
            return saved;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
