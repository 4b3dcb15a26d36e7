package dev.passerelle.launcher.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The administrator denies an action to a CRM user; the user acting with --user is refused (exit 4),
 * nothing written; a login the store does not know is refused too; an allowed user goes through.
 */
class PermissionsJourneyTest {

    @TempDir
    Path folder;

    @Test
    void aDeniedActionAndAnUnknownLoginAreRefusedAndWriteNothing() {
        try (Journey journey = Journey.start(folder, 2)) {
            assertThat(journey.crmSync("users", "add", "bob", "--name", "Bob").exit()).isZero();
            assertThat(journey.crmSync("users", "add", "alice").exit()).isZero();
            assertThat(journey.crmSync("users", "deny", "bob", "create-account").exit()).isZero();
            String company = Long.toString(Journey.printedId(journey.crmSync("company", "add", "--name", "Protégée"), "company"));

            Journey.Result denied = journey.crmSync("create-account", "--company", company, "--user", "bob");
            Journey.Result unknown = journey.crmSync("create-account", "--company", company, "--user", "nobody");

            assertThat(denied.exit()).isEqualTo(4);
            assertThat(denied.err()).contains("may not create account");
            assertThat(unknown.exit()).isEqualTo(4);
            assertThat(unknown.err()).contains("'nobody' is not a CRM user");
            assertThat(journey.crmCount("SELECT COUNT(*) FROM account WHERE company_id = " + company)).isZero();
            Journey.Result allowed = journey.crmSync("create-account", "--company", company, "--user", "alice");
            assertThat(allowed.exit()).as(allowed.all()).isZero();
            Journey.Result listed = journey.crmSync("users", "list", "--format", "json");
            assertThat(listed.out()).contains("\"login\": \"bob\"").contains("\"denied\": \"create-account\"");
        }
    }
}
