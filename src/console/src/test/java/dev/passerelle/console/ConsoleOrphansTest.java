package dev.passerelle.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.client.link.CrmLinks;
import dev.passerelle.client.run.Action;
import dev.passerelle.client.store.CompanyRows;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Orphans in a real browser against a real ERP endpoint: accounts taken off their company show on the
 * orphans page, a page at a time and filtered by why; "create company" runs the command it shows and
 * the orphan is gone, its company made; "create companies for all" does it for every orphan, with or
 * without the secondary accounts; a user denied {@code link} is refused with the command's own
 * message, and a form that lost its CSRF token or names an unknown integration changes nothing. Pages are saved under target/screenshots.
 */
class ConsoleOrphansTest extends InBrowser {

    @Test
    void anAdministratorCreatesACompanyForAnOrphanAndItIsGone() {
        try (ConsoleFixture fixture = ConsoleFixture.start(folder, 2)) {
            long account = oneOrphan(fixture);
            String code = codeOf(fixture, account);
            browser.logIn(fixture, ConsoleFixture.ADMIN, ConsoleFixture.ADMIN_PASSWORD);
            browser.clickToNextPage(browser.find(By.id("tab-orphans")));
            WebElement row = browser.find(By.id("orphan-" + account));
            assertThat(row.getText()).contains(code).contains("no company");
            assertThat(row.findElement(By.cssSelector("code.command")).getText())
                    .isEqualTo("crm-sync orphans --create-company " + account);
            assertThat(browser.text()).contains("Rows 1-1 of 1");
            browser.screenshot("orphans");

            browser.clickToNextPage(row.findElement(By.className("create-company")));

            String flash = browser.find(By.id("flash")).getText();
            assertThat(flash).contains("crm-sync orphans --create-company " + account).contains("created for account " + account);
            long company = ConsoleFixture.printedId(flash, "(?<!-)company");
            assertThat(browser.driver.findElements(By.id("orphan-" + account))).isEmpty();
            assertThat(browser.find(By.id("no-orphans")).getText()).contains("No orphan");
            browser.open(fixture.url("/companies/" + company));
            assertThat(browser.find(By.cssSelector("table.accounts")).getText()).contains(code).contains("primary");
            assertThat(fixture.engine.links().orphans("main")).isEmpty();
            Optional<String> made = fixture.engine.store().jdbi().withExtension(CompanyRows.class, rows -> rows.name(company));
            assertThat(made).contains(nameOf(fixture, account));
            assertThat(companyOf(fixture, account)).isEqualTo(company);
        }
    }

    @Test
    void anAdministratorCreatesCompaniesForAllOrphansThenForTheSecondaryAccountsToo() {
        try (ConsoleFixture fixture = ConsoleFixture.start(folder, 4)) {
            Orphans orphans = Orphans.make(fixture, 2);
            List<Long> unlinked = orphans.unlinked();
            long secondary = orphans.secondary();
            long company = orphans.company();
            browser.logIn(fixture, ConsoleFixture.ADMIN, ConsoleFixture.ADMIN_PASSWORD);
            browser.open(fixture.url("/orphans"));
            assertThat(browser.text()).contains("Rows 1-3 of 3");
            assertThat(browser.find(By.cssSelector("#create-all + code.command")).getText())
                    .isEqualTo("crm-sync orphans --integration main --all");
            assertThat(browser.find(By.cssSelector("#create-all-secondary + code.command")).getText())
                    .isEqualTo("crm-sync orphans --integration main --all --include-secondary");

            browser.clickToNextPage(browser.find(By.id("create-all")));

            assertThat(browser.find(By.id("flash")).getText()).contains("crm-sync orphans --integration main --all")
                    .contains("2 companies created");
            assertThat(browser.text()).contains("Rows 1-1 of 1");
            assertThat(browser.find(By.id("orphan-" + secondary)).getText()).contains("secondary account of company " + company);
            for (long account : unlinked) {
                Long own = companyOf(fixture, account);
                assertThat(own).isNotNull();
                Optional<String> made = fixture.engine.store().jdbi().withExtension(CompanyRows.class, rows -> rows.name(own));
                assertThat(made).contains(nameOf(fixture, account));
            }
            browser.screenshot("orphans-all-created");

            browser.clickToNextPage(browser.find(By.id("create-all-secondary")));

            assertThat(browser.find(By.id("flash")).getText()).contains("--all --include-secondary").contains("1 company created");
            assertThat(browser.find(By.id("no-orphans")).getText()).contains("No orphan");
            assertThat(browser.driver.findElements(By.id("create-all"))).isEmpty();
            assertThat(companyOf(fixture, secondary)).isNotNull().isNotEqualTo(company);
            assertThat(fixture.engine.links().orphans("main")).isEmpty();
        }
    }

    @Test
    void createAllForAnIntegrationTheSettingsDoNotNameIsRefusedAndChangesNothing() {
        try (ConsoleFixture fixture = ConsoleFixture.start(folder, 1)) {
            long account = oneOrphan(fixture);
            browser.logIn(fixture, ConsoleFixture.ADMIN, ConsoleFixture.ADMIN_PASSWORD);
            browser.open(fixture.url("/orphans"));
            WebElement button = browser.find(By.id("create-all"));
            browser.driver.executeScript("arguments[0].form.querySelector('input[name=integration]').value = 'main --include-secondary'",
                    button);

            browser.clickToNextPage(button);

            assertThat(browser.text()).contains("no integration 'main --include-secondary'");
            assertThat(fixture.engine.links().orphans("main")).extracting(CrmLinks.Orphan::accountId).containsExactly(account);
        }
    }

    @Test
    void orphansArePagedAndFilteredByWhy() {
        try (ConsoleFixture fixture = ConsoleFixture.start(folder, 24)) {
            Orphans orphans = Orphans.make(fixture, 22);
            long secondary = orphans.secondary();
            long company = orphans.company();
            browser.logIn(fixture, ConsoleFixture.ADMIN, ConsoleFixture.ADMIN_PASSWORD);

            browser.open(fixture.url("/orphans"));
            assertThat(browser.text()).contains("Rows 1-20 of 23");
            assertThat(browser.driver.findElements(By.cssSelector("table.orphans tbody tr"))).hasSize(20);
            browser.clickToNextPage(browser.find(By.className("next")));
            assertThat(browser.text()).contains("Rows 21-23 of 23");
            assertThat(browser.find(By.id("orphan-" + secondary)).getText()).contains("secondary account of company " + company);

            new Select(browser.find(By.name("kind"))).selectByValue("SECONDARY");
            browser.clickToNextPage(browser.find(By.cssSelector("form.filters button")));
            assertThat(browser.driver.getCurrentUrl()).contains("kind=SECONDARY");
            assertThat(browser.driver.findElements(By.cssSelector("table.orphans tbody tr"))).singleElement()
                    .satisfies(row -> assertThat(row.getAttribute("id")).isEqualTo("orphan-" + secondary));
            assertThat(browser.text()).contains("Rows 1-1 of 1");
            browser.screenshot("orphans-secondary");
            assertThat(fixture.engine.links().orphans("main")).hasSize(23);
        }
    }

    @Test
    void aUserDeniedLinkIsRefusedWithTheCommandsMessage() {
        try (ConsoleFixture fixture = ConsoleFixture.start(folder, 1)) {
            long account = oneOrphan(fixture);
            fixture.engine.users().deny(ConsoleFixture.BOB, Action.LINK);
            browser.logIn(fixture, ConsoleFixture.BOB, ConsoleFixture.BOB_PASSWORD);
            browser.open(fixture.url("/orphans"));

            browser.clickToNextPage(browser.find(By.cssSelector("#orphan-" + account + " .create-company")));

            assertThat(browser.find(By.id("flash")).getText()).contains("crm-sync orphans --create-company " + account)
                    .contains("refused: user 'bob' may not link");
            assertThat(browser.find(By.id("orphan-" + account)).getText()).contains("no company");
            assertThat(fixture.engine.links().orphans("main")).extracting(CrmLinks.Orphan::accountId).containsExactly(account);
            browser.screenshot("orphans-refused");

            browser.clickToNextPage(browser.find(By.id("create-all")));

            assertThat(browser.find(By.id("flash")).getText()).contains("crm-sync orphans --integration main --all")
                    .contains("refused: user 'bob' may not link");
            assertThat(fixture.engine.links().orphans("main")).extracting(CrmLinks.Orphan::accountId).containsExactly(account);
        }
    }

    @Test
    void aCreateCompanyWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        try (ConsoleFixture fixture = ConsoleFixture.start(folder, 1)) {
            long account = oneOrphan(fixture);
            browser.logIn(fixture, ConsoleFixture.ADMIN, ConsoleFixture.ADMIN_PASSWORD);
            browser.open(fixture.url("/orphans"));
            WebElement form = browser.find(By.cssSelector("#orphan-" + account + " form"));
            browser.driver.executeScript("arguments[0].querySelector('input[name=_csrf]').remove()", form);

            browser.clickToNextPage(form.findElement(By.className("create-company")));

            assertThat(browser.text()).contains("refused: this form has no valid CSRF token");
            assertThat(fixture.engine.links().orphans("main")).extracting(CrmLinks.Orphan::accountId).containsExactly(account);
            browser.open(fixture.url("/orphans"));
            assertThat(browser.find(By.id("orphan-" + account)).getText()).contains("no company");
        }
    }

    /** After a first sync, the first account taken off its company: the one orphan, by id. */
    private static long oneOrphan(ConsoleFixture fixture) {
        fixture.crmSync("run", "--no-progress");
        long account = linkedAccounts(fixture).get(0);
        fixture.crmSync("unlink", "--account-id", Long.toString(account));
        return account;
    }

    /**
     * Orphans of both kinds after a first sync: the first {@code unlinked} accounts taken off their
     * company, the next one made a secondary account of the company of the one after it.
     */
    private record Orphans(List<Long> unlinked, long secondary, long company) {

        static Orphans make(ConsoleFixture fixture, int unlinked) {
            fixture.crmSync("run", "--no-progress");
            List<Long> linked = linkedAccounts(fixture);
            for (long account : linked.subList(0, unlinked)) {
                fixture.crmSync("unlink", "--account-id", Long.toString(account));
            }
            long secondary = linked.get(unlinked);
            long company = companyOf(fixture, linked.get(unlinked + 1));
            fixture.crmSync("link", "--additional", "--company", Long.toString(company), "--account-id", Long.toString(secondary));
            return new Orphans(List.copyOf(linked.subList(0, unlinked)), secondary, company);
        }
    }

    /** The synced accounts that hang on a company, by id. */
    private static List<Long> linkedAccounts(ConsoleFixture fixture) {
        return fixture.engine.store().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT id FROM account WHERE company_id IS NOT NULL ORDER BY id").mapTo(Long.class).list());
    }

    private static String codeOf(ConsoleFixture fixture, long account) {
        return fixture.engine.store().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT account_code FROM account WHERE id = :id").bind("id", account).mapTo(String.class).one());
    }

    private static String nameOf(ConsoleFixture fixture, long account) {
        return fixture.engine.store().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT name FROM account WHERE id = :id").bind("id", account).mapTo(String.class).one());
    }

    private static Long companyOf(ConsoleFixture fixture, long account) {
        return fixture.engine.store().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT company_id FROM account WHERE id = :id").bind("id", account).mapTo(Long.class).one());
    }
}
