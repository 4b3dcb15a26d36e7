package dev.passerelle.launcher.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Create account" from a CRM company, round trip, under each accounting-code mode: free (typed, or
 * [PENDING] until typed), CRM numbering (CRM id and suffix), ERP numbering (the ERP allocates it and
 * answers it with the key). The ERP's answer comes back: the key, the code, the billing address the
 * ERP made a delivery address.
 */
class AccountCreationJourneyTest {

    @TempDir
    Path folder;

    @Test
    void erpNumberingTheErpAllocatesTheCodeAndAnswersItWithTheKey() {
        try (Journey journey = Journey.start(folder, 2)) {
            assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();
            long company = newCompany(journey, "Numérotée Par L'ERP");
            long account = Journey.printedId(journey.crmSync("create-account", "--company", Long.toString(company)), "account");

            Journey.Result run = journey.crmSync("run", "--no-progress");

            assertThat(run.exit()).as(run.all()).isZero();
            String code = journey.crmValue("SELECT account_code FROM account WHERE id = " + account);
            assertThat(code).matches("[A-Z0-9]{1,17}");
            assertThat(run.out()).contains("keys returned").contains(code);
            long key = journey.crmCount("SELECT erp_key FROM identity_map WHERE entity = N'ACCOUNT' AND crm_id = " + account);
            assertThat(journey.erpCount("SELECT COUNT(*) FROM account WHERE id = " + key + " AND code = N'" + code + "'")).isOne();
            assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();
            assertThat(journey.crmCount("SELECT COUNT(*) FROM address WHERE account_id = " + account))
                    .as("the ERP's billing address came back as a delivery address").isPositive();
        }
    }

    @Test
    void crmNumberingTheCodeIsTheCompanyIdAndItsSuffix() {
        try (Journey journey = Journey.start(folder, 2, "integration.main.code-mode=crm", "integration.main.code-suffix=FR")) {
            assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();
            long company = newCompany(journey, "Numérotée Par Le CRM");
            assertThat(journey.crmSync("create-account", "--company", Long.toString(company)).exit()).isZero();

            assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();

            assertThat(journey.erpCount("SELECT COUNT(*) FROM account WHERE code = N'" + company + "FR'")).isOne();
        }
    }

    @Test
    void freeEntryTheAccountWaitsWithPendingUntilTheCodeIsTyped() {
        try (Journey journey = Journey.start(folder, 2, "integration.main.code-mode=free")) {
            assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();
            long company = newCompany(journey, "Saisie Libre");
            long account = Journey.printedId(journey.crmSync("create-account", "--company", Long.toString(company)), "account");

            Journey.Result waiting = journey.crmSync("run", "--no-progress");

            assertThat(waiting.exit()).as(waiting.all()).isIn(0, 1);
            assertThat(journey.erpCount("SELECT COUNT(*) FROM account WHERE name = N'Saisie Libre'")).as("held back").isZero();
            Journey.Result typed = journey.typed(ErrorsTabJourneyTest.fix(journey.crmSync("diagnose"), "CODE_TO_TYPE"));
            Journey.Result sent = journey.crmSync("run", "--no-progress");
            assertThat(typed.exit()).as(typed.all()).isZero();
            assertThat(sent.exit()).as(sent.all()).isZero();
            String code = journey.crmValue("SELECT account_code FROM account WHERE id = " + account);
            assertThat(code).startsWith("SAISIELIBRE");
            assertThat(journey.erpCount("SELECT COUNT(*) FROM account WHERE code = N'" + code + "'")).isOne();
        }
    }

    private static long newCompany(Journey journey, String name) {
        return Journey.printedId(journey.crmSync("company", "add", "--name", name, "--type", "CUSTOMER", "--street",
                "5 place Carnot", "--postal-code", "69002", "--city", "Lyon", "--country", "FR"), "company");
    }
}
