package dev.passerelle.launcher.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An integration that keeps dormant accounts (or suppliers) out: their contacts and addresses wait
 * instead of being lost, diagnose says so; when the switch is turned on, the next run brings the
 * accounts with all their contacts and addresses.
 */
class SwitchesJourneyTest {

    @TempDir
    Path folder;

    @Test
    void turningTheDormantSwitchOnLaterBringsTheSkippedAccountsWithTheirChildren() {
        try (Journey journey = Journey.start(folder, 40, "integration.main.sync.dormant=false")) {
            long dormant = journey.erpCount("SELECT COUNT(*) FROM account WHERE dormant = 1");
            assertThat(dormant).as("the demo ERP has dormant accounts").isPositive();

            Journey.Result first = journey.crmSync("run", "--no-progress");
            Journey.Result diagnose = journey.crmSync("diagnose");

            assertThat(first.exit()).as(first.all()).isZero();
            assertThat(journey.crmCount("SELECT COUNT(*) FROM account")).isEqualTo(journey.erpCount("SELECT COUNT(*) FROM account") - dormant);
            assertThat(diagnose.exit()).as("information only").isZero();
            assertThat(diagnose.out()).contains("SKIPPED_CHILDREN").contains("integration.main.sync.dormant = false");

            journey.configure("integration.main.sync.dormant=true");
            Journey.Result after = journey.crmSync("run", "--no-progress");

            assertThat(after.exit()).as(after.all()).isZero();
            assertThat(journey.crmCount("SELECT COUNT(*) FROM account")).isEqualTo(journey.erpCount("SELECT COUNT(*) FROM account"));
            assertThat(journey.crmCount("SELECT COUNT(*) FROM contact")).isEqualTo(journey.erpCount("SELECT COUNT(*) FROM contact"));
            assertThat(journey.crmCount("SELECT COUNT(*) FROM address")).isEqualTo(journey.erpCount("SELECT COUNT(*) FROM delivery_address"));
            assertThat(journey.crmSync("diagnose").out()).doesNotContain("SKIPPED_CHILDREN");
        }
    }

    @Test
    void turningTheSuppliersSwitchOnLaterBringsTheSuppliersWithTheirChildren() {
        try (Journey journey = Journey.start(folder, 40, "integration.main.sync.suppliers=false")) {
            long suppliers = journey.erpCount("SELECT COUNT(*) FROM account WHERE account_type = N'SUPPLIER'");
            assertThat(suppliers).as("the demo ERP has suppliers").isPositive();

            Journey.Result first = journey.crmSync("run", "--no-progress");
            Journey.Result diagnose = journey.crmSync("diagnose");

            assertThat(first.exit()).as(first.all()).isZero();
            assertThat(journey.crmCount("SELECT COUNT(*) FROM account WHERE account_type = N'SUPPLIER'")).isZero();
            assertThat(diagnose.out()).contains("SKIPPED_CHILDREN").contains("integration.main.sync.suppliers = false");

            journey.configure("integration.main.sync.suppliers=true");
            Journey.Result after = journey.crmSync("run", "--no-progress");

            assertThat(after.exit()).as(after.all()).isZero();
            assertThat(journey.crmCount("SELECT COUNT(*) FROM account WHERE account_type = N'SUPPLIER'")).isEqualTo(suppliers);
            assertThat(journey.crmCount("SELECT COUNT(*) FROM contact")).isEqualTo(journey.erpCount("SELECT COUNT(*) FROM contact"));
            assertThat(journey.crmCount("SELECT COUNT(*) FROM address")).isEqualTo(journey.erpCount("SELECT COUNT(*) FROM delivery_address"));
            assertThat(journey.crmSync("diagnose").out()).doesNotContain("SKIPPED_CHILDREN");
        }
    }
}
