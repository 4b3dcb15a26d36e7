package dev.passerelle.launcher.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * What a script reads: the runs and one run's counts and log ({@code log --format json}), and the
 * findings ({@code diagnose --format json}) with their fix and the other way; a person reads the same
 * finding with its other way printed in full on a line of its own, and that line, typed as printed,
 * clears it.
 */
class ScriptedReportsJourneyTest {

    @TempDir
    Path folder;

    @Test
    void theRunsAndARunsCountsAndConflictsReadAsJson() {
        try (Journey journey = Journey.start(folder, 3)) {
            Journey.Result second = ConflictJourneyTest.bothSidesChange(journey);
            assertThat(second.exit()).as(second.all()).isZero();

            Journey.Result listed = journey.crmSync("log", "--format", "json");
            JsonNode runs = Journey.json(listed);

            assertThat(listed.exit()).as(listed.all()).isZero();
            assertThat(runs.size()).isEqualTo(2);
            List<Long> ids = new ArrayList<>();
            for (JsonNode run : runs) {
                ids.add(run.get("run").asLong());
                assertThat(run.get("mode").asString()).isEqualTo("DELTA");
                assertThat(run.get("status").asString()).isEqualTo("SUCCESS");
                assertThat(run.get("started_utc").asString()).matches("\\d{4}-\\d{2}-\\d{2}.*");
                assertThat(run.get("ms").isNumber()).as("ms of %s", run).isTrue();
            }
            assertThat(ids).containsExactlyInAnyOrder(journey.crmCount("SELECT MIN(id) FROM sync_run"),
                    journey.crmCount("SELECT MAX(id) FROM sync_run"));
            long last = journey.crmCount("SELECT MAX(id) FROM sync_run");

            Journey.Result shown = journey.crmSync("log", "--run", Long.toString(last), "--format", "json");
            JsonNode detail = Journey.json(shown);

            assertThat(shown.exit()).as(shown.all()).isZero();
            assertThat(detail.get("counts")).anySatisfy(count -> {
                assertThat(count.get("entity").asString()).isEqualTo("ACCOUNT");
                assertThat(count.get("direction").asString()).isEqualTo("ERP_TO_CRM");
                assertThat(count.get("records").asInt()).isPositive();
            });
            assertThat(detail.get("counts")).anySatisfy(count -> {
                assertThat(count.get("entity").asString()).isEqualTo("ACCOUNT");
                assertThat(count.get("direction").asString()).isEqualTo("CRM_TO_ERP");
            });
            assertThat(detail.get("log")).anySatisfy(line -> {
                assertThat(line.get("kind").asString()).isEqualTo("CONFLICT");
                assertThat(line.get("field").asString()).isEqualTo("website");
                assertThat(line.get("crm").asString()).isEqualTo("https://crm.example");
                assertThat(line.get("erp").asString()).isEqualTo("https://erp.example");
                assertThat(line.get("message").asString()).contains("ERP wins");
            });
        }
    }

    @Test
    void aFindingsOtherWayReadsAsJsonIsPrintedInFullAndRunsAsPrinted() {
        try (Journey journey = Journey.start(folder, 5)) {
            assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();
            String code = SplitContractJourneyTest.code(journey, 1);
            String key = journey.crmValue("SELECT i.erp_key FROM identity_map i JOIN account a ON a.id = i.crm_id"
                    + " WHERE i.entity = N'ACCOUNT' AND a.account_code = N'" + code + "'");
            String erpName = journey.crmValue("SELECT name FROM account WHERE account_code = N'" + code + "'");
            long lookalike = Journey.printedId(journey.crmSync("company", "add", "--name", erpName.toUpperCase() + " SARL",
                    "--type", "CUSTOMER", "--street", "3 quai Perrache", "--postal-code", "69002", "--city", "Lyon",
                    "--country", "FR"), "company");

            Journey.Result scripted = journey.crmSync("diagnose", "--format", "json");
            Journey.Result read = journey.crmSync("diagnose");

            assertThat(scripted.exit()).as(scripted.all()).isEqualTo(1);
            JsonNode finding = null;
            for (JsonNode each : Journey.json(scripted)) {
                if (each.get("crm_id").asLong() == lookalike) {
                    finding = each;
                }
            }
            assertThat(finding).as("finding of company %d in %s", lookalike, scripted.out()).isNotNull();
            assertThat(finding.get("kind").asString()).isEqualTo("UNLINKED_COMPANY");
            assertThat(finding.get("needs_action").asBoolean()).isTrue();
            assertThat(finding.get("integration").asString()).isEqualTo("main");
            assertThat(finding.get("entity").asString()).isEqualTo("COMPANY");
            assertThat(finding.get("erp_key").asString()).isEqualTo(key);
            assertThat(finding.get("what").asString()).contains("'" + erpName.toUpperCase() + " SARL'").contains(code);
            assertThat(finding.get("fix").asString()).isEqualTo("crm-sync relink --account " + code + " --to-company " + lookalike);
            String alternative = finding.get("alternative").asString();
            assertThat(alternative).isEqualTo("crm-sync create-account --company " + lookalike);
            assertThat(read.out()).contains("  fix:      " + finding.get("fix").asString() + "\n")
                    .contains("  or else:  " + alternative + "\n");

            // not the same company after all: the other way, typed as printed
            Journey.Result created = journey.typed(alternative);
            Journey.Result run = journey.crmSync("run", "--no-progress");

            assertThat(created.exit()).as(created.all()).isZero();
            assertThat(run.exit()).as(run.all()).isZero();
            assertThat(journey.erpCount("SELECT COUNT(*) FROM account WHERE name = N'" + erpName.toUpperCase().replace("'", "''")
                    + " SARL' AND city = N'Lyon'")).isOne();
            assertThat(journey.erpCount("SELECT COUNT(*) FROM account WHERE code = N'" + code + "'")).isOne();
            Journey.Result after = journey.crmSync("diagnose", "--format", "json");
            assertThat(Journey.json(after).findValues("crm_id")).noneSatisfy(id -> assertThat(id.asLong()).isEqualTo(lookalike));
            assertThat(after.exit()).as(after.all()).isZero();
        }
    }
}
