package dev.passerelle.console;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test class whose tests share one headless Chromium, opened before the first and closed after the
 * last, and get a fresh folder each for their console's store and configuration.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class InBrowser {

    Browser browser;

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
}
