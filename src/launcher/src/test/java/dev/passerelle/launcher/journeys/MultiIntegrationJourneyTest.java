package dev.passerelle.launcher.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.common.db.H2Urls;
import dev.passerelle.server.ErpServer;
import dev.passerelle.server.ServerSettings;
import dev.passerelle.server.security.Role;
import dev.passerelle.server.security.Users;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two ERP companies feed one CRM (multi-integration). The second ERP has customers with the same VAT
 * numbers as the first: each ERP account still gets its own company, never the one linked to the other
 * integration's account.
 */
class MultiIntegrationJourneyTest {

    @TempDir
    Path folder;

    @Test
    void eachErpAccountOfASecondIntegrationGetsACompanyOfItsOwn() {
        try (Journey journey = Journey.start(folder, 5);
             ErpServer belgium = ErpServer.start(ServerSettings.builder().port(0).jdbcUrl(H2Urls.file(folder.resolve("erp-be")))
                     .users(Users.builder().add(Journey.USER, Journey.PASSWORD, Role.SYNC).build()).demoAccounts(5).demoSeed(7)
                     .clock(Clock.systemUTC()).build())) {
            journey.configure("integrations=main,belgium", "integration.belgium.erp.url=" + belgium.endpointUrl(),
                    "integration.belgium.erp.user=" + Journey.USER, "integration.belgium.erp.password=" + Journey.PASSWORD);

            Journey.Result main = journey.crmSync("run", "--no-progress", "--integration", "main");
            Journey.Result second = journey.crmSync("run", "--no-progress", "--integration", "belgium");

            assertThat(main.exit()).as(main.all()).isZero();
            assertThat(second.exit()).as(second.all()).isZero();
            assertThat(second.out()).doesNotContain("matched-by-vat");
            assertThat(journey.crmCount("SELECT COUNT(*) FROM company c WHERE (SELECT COUNT(DISTINCT a.integration) FROM account a"
                    + " WHERE a.company_id = c.id) > 1")).isZero();
            assertThat(journey.crmCount("SELECT COUNT(*) FROM company")).isEqualTo(2 * journey.erpCount("SELECT COUNT(*) FROM account"));
            Journey.Result status = journey.crmSync("status", "--format", "json");
            assertThat(status.out()).contains("\"integration\": \"main\"").contains("\"integration\": \"belgium\"");
        }
    }
}
