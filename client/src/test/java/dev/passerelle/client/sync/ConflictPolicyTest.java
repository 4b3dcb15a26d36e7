package dev.passerelle.client.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import dev.passerelle.client.ErpFixture;
import dev.passerelle.client.conflict.ConflictPolicy;
import dev.passerelle.client.run.RunReport;
import dev.passerelle.client.run.RunStatus;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conflict grid end to end, against the real ERP endpoint, under both policies of
 * {@code integration.<name>.conflict-policy}: one row per (case, policy), checked on both sides
 * after one run, and the conflicts the run reports.
 */
class ConflictPolicyTest {

    enum Case { SAME_FIELD, DIFFERENT_FIELDS, ERP_DELETE_VERSUS_CRM_UPDATE, CRM_DELETE_VERSUS_ERP_UPDATE }

    static Stream<Arguments> grid() {
        return Stream.of(
                argumentSet("same field on both sides, ERP wins: ERP value on both sides", Case.SAME_FIELD,
                        ConflictPolicy.ERP_WINS),
                argumentSet("same field on both sides, CRM wins: CRM value on both sides", Case.SAME_FIELD,
                        ConflictPolicy.CRM_WINS),
                argumentSet("different fields, ERP wins: both edits kept, no conflict", Case.DIFFERENT_FIELDS,
                        ConflictPolicy.ERP_WINS),
                argumentSet("different fields, CRM wins: both edits kept, no conflict", Case.DIFFERENT_FIELDS,
                        ConflictPolicy.CRM_WINS),
                argumentSet("ERP delete vs CRM update, ERP wins: contact deleted in the CRM",
                        Case.ERP_DELETE_VERSUS_CRM_UPDATE, ConflictPolicy.ERP_WINS),
                argumentSet("ERP delete vs CRM update, CRM wins: contact kept and created again in the ERP",
                        Case.ERP_DELETE_VERSUS_CRM_UPDATE, ConflictPolicy.CRM_WINS),
                argumentSet("CRM delete vs ERP update, ERP wins: contact comes back to the CRM",
                        Case.CRM_DELETE_VERSUS_ERP_UPDATE, ConflictPolicy.ERP_WINS),
                argumentSet("CRM delete vs ERP update, CRM wins: contact deleted in the ERP",
                        Case.CRM_DELETE_VERSUS_ERP_UPDATE, ConflictPolicy.CRM_WINS));
    }

    private ErpFixture fixture;

    @AfterEach
    void stop() {
        fixture.close();
    }

    private String erpText(String sql, Object id) {
        return fixture.erpSql().withHandle(handle -> handle.createQuery(sql).bind("id", id).mapTo(String.class)
                .findOne().orElse(null));
    }

    private String crmText(String sql, Object id) {
        return fixture.crmSql().withHandle(handle -> {
            var query = handle.createQuery(sql);
            if (id != null) {
                query.bind("id", id);
            }
            return query.mapTo(String.class).findOne().orElse(null);
        });
    }

    private void erpUpdate(String sql, Object id) {
        fixture.erpSql().useHandle(handle -> handle.createUpdate(sql).bind("id", id).execute());
    }

    @ParameterizedTest
    @MethodSource("grid")
    void conflictIsSettledByTheConfiguredPolicy(Case scenario, ConflictPolicy policy) {
        fixture = ErpFixture.start(8, options -> options.withConflictPolicy(policy));
        assertThat(fixture.sync().status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(crmText("SELECT conflict_policy FROM integration_settings WHERE name = N'main'", null))
                .as("the policy is stored with the integration's settings").isEqualTo(policy.name());
        String winner = policy == ConflictPolicy.ERP_WINS ? "ERP" : "CRM";
        boolean erpWins = policy == ConflictPolicy.ERP_WINS;
        long account = Long.parseLong(crmText("SELECT MIN(erp_key) FROM identity_map WHERE entity = N'ACCOUNT'"
                + " AND crm_id IN (SELECT id FROM account WHERE dormant = 0 AND company_id IS NOT NULL)", null));
        long company = Long.parseLong(crmText("SELECT CAST(a.company_id AS NVARCHAR(20)) FROM account a JOIN identity_map i"
                + " ON i.crm_id = a.id AND i.entity = N'ACCOUNT' WHERE i.erp_key = :id", Long.toString(account)));
        String contactKey = crmText("SELECT MIN(erp_key) FROM identity_map WHERE entity = N'CONTACT'", null);
        long contact = Long.parseLong(crmText("SELECT CAST(crm_id AS NVARCHAR(20)) FROM identity_map"
                + " WHERE entity = N'CONTACT' AND erp_key = :id", contactKey));
        long erpContact = Long.parseLong(contactKey);

        switch (scenario) {
            case SAME_FIELD -> {
                fixture.engine.edits().renameCompany(company, "CRM Name");
                erpUpdate("UPDATE account SET name = N'ERP Name' WHERE id = :id", account);
            }
            case DIFFERENT_FIELDS -> {
                fixture.engine.edits().editCompany(company, "billing.city", "Lyon CRM");
                erpUpdate("UPDATE account SET website = N'www.erp.example' WHERE id = :id", account);
            }
            case ERP_DELETE_VERSUS_CRM_UPDATE -> {
                fixture.engine.edits().editContact(contact, "function", "CRM Function");
                erpUpdate("DELETE FROM contact WHERE id = :id", erpContact);
            }
            case CRM_DELETE_VERSUS_ERP_UPDATE -> {
                fixture.engine.edits().deleteContact(contact);
                erpUpdate("UPDATE contact SET job_function = N'ERP Function' WHERE id = :id", erpContact);
            }
        }
        RunReport run = fixture.sync();

        assertThat(run.status()).as(run.errors() + " " + run.rejected()).isEqualTo(RunStatus.SUCCESS);
        switch (scenario) {
            case SAME_FIELD -> {
                String expected = erpWins ? "ERP Name" : "CRM Name";
                assertThat(erpText("SELECT name FROM account WHERE id = :id", account)).isEqualTo(expected);
                assertThat(crmText("SELECT name FROM company WHERE id = :id", company)).isEqualTo(expected);
                assertThat(run.conflicts()).singleElement().satisfies(conflict -> {
                    assertThat(conflict.field()).isEqualTo("name");
                    assertThat(conflict.crmValue()).isEqualTo("CRM Name");
                    assertThat(conflict.erpValue()).isEqualTo("ERP Name");
                    assertThat(conflict.winner()).isEqualTo(winner);
                });
            }
            case DIFFERENT_FIELDS -> {
                assertThat(erpText("SELECT city FROM account WHERE id = :id", account)).isEqualTo("Lyon CRM");
                assertThat(erpText("SELECT website FROM account WHERE id = :id", account)).isEqualTo("www.erp.example");
                assertThat(crmText("SELECT city FROM company WHERE id = :id", company)).isEqualTo("Lyon CRM");
                assertThat(crmText("SELECT website FROM company WHERE id = :id", company)).isEqualTo("www.erp.example");
                assertThat(run.conflicts()).isEmpty();
            }
            case ERP_DELETE_VERSUS_CRM_UPDATE -> {
                assertThat(crmText("SELECT job_function FROM contact WHERE id = :id", contact))
                        .isEqualTo(erpWins ? null : "CRM Function");
                assertThat(fixture.erpCount("SELECT COUNT(*) FROM contact WHERE job_function = N'CRM Function'"))
                        .as("created again in the ERP").isEqualTo(erpWins ? 0 : 1);
                String newKey = crmText("SELECT erp_key FROM identity_map WHERE entity = N'CONTACT' AND crm_id = :id", contact);
                String recreated = fixture.erpSql().withHandle(handle -> handle.createQuery("SELECT CAST(id AS NVARCHAR(20))"
                        + " FROM contact WHERE job_function = N'CRM Function'").mapTo(String.class).findFirst().orElse(null));
                assertThat(newKey).as("the key of the record created again, or none").isEqualTo(erpWins ? null : recreated)
                        .isNotEqualTo(contactKey);
                assertThat(run.conflicts()).singleElement().satisfies(conflict -> {
                    assertThat(conflict.field()).isEqualTo(DeleteConflicts.FIELD);
                    assertThat(conflict.winner()).isEqualTo(winner);
                });
            }
            case CRM_DELETE_VERSUS_ERP_UPDATE -> {
                assertThat(fixture.erpCount("SELECT COUNT(*) FROM contact WHERE id = " + erpContact)).isEqualTo(erpWins ? 1 : 0);
                assertThat(fixture.crmCount("SELECT COUNT(*) FROM contact c JOIN identity_map i ON i.crm_id = c.id"
                        + " AND i.entity = N'CONTACT' WHERE c.job_function = N'ERP Function' AND i.erp_key = N'" + contactKey + "'"))
                        .as("the ERP's record back in the CRM").isEqualTo(erpWins ? 1 : 0);
                assertThat(run.conflicts()).singleElement().satisfies(conflict -> {
                    assertThat(conflict.field()).isEqualTo(DeleteConflicts.FIELD);
                    assertThat(conflict.winner()).isEqualTo(winner);
                });
            }
        }
        RunReport next = fixture.sync();
        assertThat(next.conflicts()).as("settled once, no echo").isEmpty();
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM outbox")).isZero();
    }
}
