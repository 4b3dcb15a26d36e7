package dev.passerelle.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An administrator walks the console in a real browser against a real ERP endpoint: logs in, syncs
 * and reads the run and its conflict, stops and reactivates a record the ERP rejected, fixes a finding from the
 * diagnose page, opens a company's invoices, reads the settings; bob is refused what is denied to him.
 * Every page is saved as a screenshot under target/screenshots.
 */
class ConsoleJourneyTest extends InBrowser {

    @Test
    void anAdministratorLogsInSyncsAndReadsTheRunsConflict() {
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

            browser.clickToNextPage(run.findElement(By.className("run-link")));
            assertThat(browser.find(By.id("run-status")).getText()).isEqualTo("SUCCESS");
            assertThat(browser.text()).contains("ACCOUNT").contains("ERP_TO_CRM");

            bothSidesChangeOneWebsite(fixture);
            browser.open(fixture.url("/"));
            browser.clickToNextPage(browser.find(By.id("sync-now-main")));
            browser.waitFor(driver -> driver.findElements(By.id("job-state")).size() == 1);
            assertThat(browser.find(By.id("job-state")).getText()).isEqualTo("SUCCESS");
            browser.clickToNextPage(browser.find(By.id("job-run")));
            browser.open(browser.driver.getCurrentUrl() + "?kind=CONFLICT");
            assertThat(browser.find(By.cssSelector("table.log tbody")).getText()).contains("website")
                    .contains("https://crm.example").contains("https://erp.example").contains("ERP wins");
            assertThat(browser.find(By.cssSelector("table.counts")).getText()).contains("ACCOUNT ERP_TO_CRM updated 1");
            browser.screenshot("run");
            browser.open(fixture.url("/runs"));
            assertThat(browser.driver.findElements(By.cssSelector("table.runs tbody tr"))).hasSize(2);
            browser.screenshot("runs");
        }
    }

    @Test
    void aRejectedRecordIsStoppedAndReactivatedFromTheErrorsTab() {
        try (ConsoleFixture fixture = ConsoleFixture.start(folder, 3, "integration.main.code-mode=free")) {
            long account = rejectedAccount(fixture);
            browser.logIn(fixture, ConsoleFixture.ADMIN, ConsoleFixture.ADMIN_PASSWORD);
            browser.clickToNextPage(browser.find(By.id("tab-errors")));
            WebElement row = browser.find(By.cssSelector("table.errors tr.waiting"));
            assertThat(row.getText()).contains(Long.toString(account)).contains("REJECTED");
            assertThat(row.findElement(By.className("field-errors")).getText())
                    .contains("account.accountCode NOT_UNIQUE: another account has this code (PRIS01)");
            browser.screenshot("errors");

            browser.clickToNextPage(row.findElement(By.className("stop")));
            assertThat(browser.find(By.id("flash")).getText()).contains("crm-sync errors --stop").contains("taken out of the flow");
            assertThat(browser.find(By.cssSelector("table.errors tr.stopped")).getText()).contains(Long.toString(account));
            assertThat(fixture.engine.errors().list()).singleElement().satisfies(error -> assertThat(error.stopped()).isTrue());

            browser.clickToNextPage(browser.find(By.cssSelector("table.errors tr.stopped .reactivate")));
            assertThat(browser.find(By.id("flash")).getText()).contains("back in the flow");
            assertThat(browser.find(By.cssSelector("table.errors tr.waiting")).getText()).contains(Long.toString(account));
            assertThat(fixture.engine.errors().list()).singleElement().satisfies(error -> assertThat(error.stopped()).isFalse());
        }
    }

    @Test
    void aFindingIsFixedFromTheDiagnosePageAndIsGone() {
        try (ConsoleFixture fixture = ConsoleFixture.start(folder, 3, "integration.main.code-mode=free")) {
            fixture.crmSync("run", "--no-progress");
            long company = ConsoleFixture.printedId(fixture.crmSync("company", "add", "--name", "Laiterie Moreau",
                    "--type", "CUSTOMER"), "company");
            long account = ConsoleFixture.printedId(fixture.crmSync("create-account", "--company", Long.toString(company)),
                    "account");
            browser.logIn(fixture, ConsoleFixture.ADMIN, ConsoleFixture.ADMIN_PASSWORD);
            browser.clickToNextPage(browser.find(By.id("tab-diagnose")));
            WebElement finding = browser.find(By.cssSelector("article.kind-CODE_TO_TYPE"));
            String command = finding.findElement(By.cssSelector("form.fix code.command")).getText();
            assertThat(command).startsWith("crm-sync set-code --account-id " + account + " --code ");
            browser.screenshot("diagnose");

            browser.clickToNextPage(finding.findElement(By.className("run-fix")));

            assertThat(browser.find(By.id("flash")).getText()).contains(command).contains("account " + account + " has code");
            assertThat(browser.driver.findElements(By.cssSelector("article.kind-CODE_TO_TYPE"))).isEmpty();
            assertThat(fixture.engine.diagnostics().findings()).noneMatch(f -> f.fix().equals(command));
        }
    }

    @Test
    void aCompanysInvoicesComeLiveFromTheErp() {
        try (ConsoleFixture fixture = ConsoleFixture.start(folder, 3)) {
            fixture.crmSync("run", "--no-progress");
            browser.logIn(fixture, ConsoleFixture.ADMIN, ConsoleFixture.ADMIN_PASSWORD);
            browser.clickToNextPage(browser.find(By.id("tab-companies")));
            assertThat(browser.driver.findElements(By.className("company-link"))).hasSize(3);
            browser.screenshot("companies");
            browser.clickToNextPage(browser.find(By.className("company-link")));
            assertThat(browser.find(By.cssSelector("table.accounts")).getText()).contains("primary");
            browser.screenshot("company");

            browser.clickToNextPage(browser.find(By.id("tab-invoices")));

            WebElement figures = browser.find(By.id("figures"));
            assertThat(figures.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
            assertThat(figures.getText()).contains("remaining");
            assertThat(browser.text()).containsPattern("Rows 1-\\d+ of \\d+");
            browser.screenshot("company-invoices");
            browser.clickToNextPage(browser.find(By.id("tab-solvency")));
            assertThat(browser.find(By.id("figures")).getText()).contains("commercial balance");
        }
    }

    @Test
    void anAccountIsUnlinkedAndLinkedAgainFromItsCompany() {
        try (ConsoleFixture fixture = ConsoleFixture.start(folder, 2)) {
            fixture.crmSync("run", "--no-progress");
            browser.logIn(fixture, ConsoleFixture.ADMIN, ConsoleFixture.ADMIN_PASSWORD);
            browser.open(fixture.url("/companies"));
            browser.clickToNextPage(browser.find(By.className("company-link")));
            String company = browser.driver.getCurrentUrl().replaceAll(".*/companies/(\\d+).*", "$1");
            WebElement account = browser.find(By.cssSelector("table.accounts tbody tr"));
            String code = account.findElements(By.tagName("td")).get(2).getText();

            browser.clickToNextPage(account.findElement(By.className("unlink")));

            assertThat(browser.find(By.id("flash")).getText()).contains("crm-sync unlink --account-id").contains("unlinked");
            assertThat(browser.find(By.cssSelector("table.accounts")).getText()).contains("No ERP account");
            assertThat(fixture.engine.links().orphans("main")).extracting(orphan -> orphan.accountCode()).contains(code);

            browser.find(By.id("link-account")).sendKeys(code);
            browser.clickToNextPage(browser.find(By.id("link")));

            assertThat(browser.find(By.id("flash")).getText()).contains("crm-sync link --company " + company + " --account " + code);
            assertThat(browser.find(By.cssSelector("table.accounts")).getText()).contains(code);
            assertThat(fixture.engine.links().orphans("main")).isEmpty();
        }
    }

    @Test
    void theSettingsShowNoSecret() {
        try (ConsoleFixture fixture = ConsoleFixture.start(folder, 1)) {
            browser.logIn(fixture, ConsoleFixture.ADMIN, ConsoleFixture.ADMIN_PASSWORD);
            browser.clickToNextPage(browser.find(By.id("tab-settings")));
            assertThat(browser.find(By.id("settings-main")).getText()).contains("erpPassword ******** (set)")
                    .contains(fixture.erp.endpointUrl().toString());
            assertThat(browser.driver.getPageSource()).doesNotContain(ConsoleFixture.ERP_PASSWORD)
                    .doesNotContain(ConsoleFixture.ADMIN_PASSWORD);
            browser.screenshot("settings");
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

    /** The same field (the web site of a linked account) changed in the ERP and in the CRM since the last run. */
    static void bothSidesChangeOneWebsite(ConsoleFixture fixture) {
        long company = fixture.engine.store().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT MIN(company_id) FROM account WHERE company_id IS NOT NULL").mapTo(Long.class).one());
        String code = fixture.engine.store().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT account_code FROM account WHERE company_id = :company").bind("company", company).mapTo(String.class).first());
        fixture.erpSql().useHandle(handle -> handle.execute("UPDATE account SET website = N'https://erp.example' WHERE code = ?", code));
        fixture.crmSync("company", "edit", Long.toString(company), "--set", "website=https://crm.example");
    }

    /** An account whose typed code the ERP took meanwhile: the run sends it and the ERP rejects it. */
    static long rejectedAccount(ConsoleFixture fixture) {
        fixture.crmSync("run", "--no-progress");
        String company = Long.toString(ConsoleFixture.printedId(fixture.crmSync("company", "add", "--name", "Doublon",
                "--type", "CUSTOMER"), "company"));
        fixture.erpSql().useHandle(handle -> handle.execute("UPDATE account SET code = N'PRIS01' WHERE id = (SELECT MIN(id) FROM account)"));
        long account = ConsoleFixture.printedId(fixture.crmSync("create-account", "--company", company, "--code", "PRIS01"),
                "account");
        fixture.crmSync("run", "--no-progress");
        return account;
    }
}
