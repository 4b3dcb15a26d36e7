package dev.passerelle.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An administrator walks the console in a real browser against a real ERP endpoint: logs in, syncs
 * and sees the run; bob is refused what is denied to him.
 * Every page is saved as a screenshot under target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleJourneyTest {

    private Browser browser;

    @TempDir
    Path folder;

    @BeforeAll
    void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAdministratorLogsInSyncsAndSeesTheRun() {
        try (ConsoleFixture fixture = ConsoleFixture.start(folder, 4)) {
            browser.open(fixture.url("/"));
            assertThat(browser.driver.getCurrentUrl()).endsWith("/login");
            browser.screenshot("login");
            browser.find(By.id("login")).sendKeys(ConsoleFixture.ADMIN);
            browser.find(By.id("password")).sendKeys("not the password");
            browser.clickToNextPage(browser.find(By.id("log-in")));
            assertThat(browser.find(By.id("flash")).getText()).contains("wrong login or password");

            browser.logIn(fixture, ConsoleFixture.ADMIN, ConsoleFixture.ADMIN_PASSWORD);
            assertThat(browser.find(By.id("who")).getText()).isEqualTo(ConsoleFixture.ADMIN);
            browser.clickToNextPage(browser.find(By.id("sync-now-main")));
            assertThat(browser.find(By.id("flash")).getText()).contains("delta run of 'main' started");
            // the job is polled by the page until it ends
            browser.waitFor(driver -> driver.findElements(By.id("job-state")).size() == 1);
            assertThat(browser.find(By.id("job-state")).getText()).isEqualTo("SUCCESS");
            assertThat(browser.find(By.id("erp-main")).getText()).contains("reachable").contains("not in maintenance");
            browser.open(fixture.url("/"));
            WebElement run = browser.find(By.cssSelector("table.runs tr.run"));
            assertThat(run.getText()).contains("DELTA").contains("SUCCESS");
            assertThat(browser.text()).contains("Next scheduled run");
            browser.screenshot("dashboard");

        }
    }

    @Test
    void bobIsRefusedTheDisconnectDeniedToHim() {
        try (ConsoleFixture fixture = ConsoleFixture.start(folder, 1)) {
            browser.logIn(fixture, ConsoleFixture.BOB, ConsoleFixture.BOB_PASSWORD);
            browser.find(By.id("reason-main")).sendKeys("price update");

            browser.clickToNextPage(browser.find(By.id("disconnect-main")));

            assertThat(browser.find(By.id("flash")).getText()).contains("refused: user 'bob' may not disconnect");
            assertThat(browser.find(By.id("link-main")).getText()).isEqualTo("connected");
            assertThat(fixture.engine.erpLinks().state("main").connected()).isTrue();
            browser.screenshot("refused");

            browser.logIn(fixture, ConsoleFixture.ADMIN, ConsoleFixture.ADMIN_PASSWORD);
            browser.find(By.id("reason-main")).sendKeys("price update");
            browser.clickToNextPage(browser.find(By.id("disconnect-main")));
            assertThat(browser.find(By.id("link-main")).getText()).contains("disconnected by admin").contains("price update");
            assertThat(browser.find(By.id("erp-main")).getText()).contains("not asked");
            browser.clickToNextPage(browser.find(By.id("reconnect-main")));
            assertThat(browser.find(By.id("link-main")).getText()).contains("reconnected by admin");
        }
    }
}
