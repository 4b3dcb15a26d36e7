package dev.passerelle.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.client.ErpFixture;
import dev.passerelle.client.run.Direction;
import dev.passerelle.client.run.RunReport;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An ERP change to accounts the CRM already has writes what it alters and nothing else: the free
 * fields and account managers read for the whole page, the versions written for the whole page.
 */
class KnownAccountWritesTest {

    private ErpFixture fixture;

    @BeforeEach
    void start() {
        fixture = ErpFixture.start(20);
        fixture.sync();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void changedFreeFieldsReachTheCrmAndUnchangedOnesStayAsTheyAre() {
        List<Long> accounts = fixture.erpSql().withHandle(handle -> handle.createQuery(
                "SELECT account_id FROM account_free_value GROUP BY account_id HAVING COUNT(*) >= 2 ORDER BY account_id")
                .mapTo(Long.class).list());
        assertThat(accounts).as("demo accounts with two free fields or more").hasSizeGreaterThanOrEqualTo(2);
        long edited = accounts.get(0);
        long untouched = accounts.get(1);
        Map<String, String> untouchedBefore = crmFreeFields(untouched);
        fixture.erpSql().useHandle(handle -> {
            long first = handle.createQuery("SELECT MIN(field_id) FROM account_free_value WHERE account_id = :id")
                    .bind("id", edited).mapTo(Long.class).one();
            long last = handle.createQuery("SELECT MAX(field_id) FROM account_free_value WHERE account_id = :id")
                    .bind("id", edited).mapTo(Long.class).one();
            handle.createUpdate("UPDATE account_free_value SET field_value = N'changed in the ERP'"
                    + " WHERE account_id = :id AND field_id = :field").bind("id", edited).bind("field", first).execute();
            handle.createUpdate("DELETE FROM account_free_value WHERE account_id = :id AND field_id = :field")
                    .bind("id", edited).bind("field", last).execute();
            handle.createUpdate("UPDATE account SET website = N'www.untouched.example' WHERE id = :id")
                    .bind("id", untouched).execute();
        });

        RunReport run = fixture.sync();

        assertThat(run.count("ACCOUNT", Direction.ERP_TO_CRM, "updated")).isEqualTo(2);
        assertThat(crmFreeFields(edited)).isEqualTo(erpFreeFields(edited)).containsValue("changed in the ERP");
        assertThat(crmFreeFields(untouched)).isEqualTo(untouchedBefore).isEqualTo(erpFreeFields(untouched));
        for (long account : List.of(edited, untouched)) {
            assertThat(crmVersion(account)).as("the version the page gave account %d", account).isEqualTo(erpVersion(account));
        }
    }

    @Test
    void accountManagersFollowTheirRepresentativeOnAPageOfChanges() {
        long representative = fixture.followFirstRepresentative("alice");
        fixture.crmSql().useHandle(handle -> handle.execute("UPDATE company SET account_manager = NULL"));
        fixture.erpSql().useHandle(handle -> handle.createUpdate("UPDATE account SET representative_id = :rep,"
                + " website = N'www.followed.example' WHERE id IN (SELECT TOP 5 id FROM account ORDER BY id)")
                .bind("rep", representative).execute());

        fixture.sync();

        assertThat(fixture.crmCount("SELECT COUNT(*) FROM company c JOIN account a ON a.company_id = c.id"
                + " WHERE a.website = N'www.followed.example' AND c.account_manager = N'alice'")).isEqualTo(5);
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM company WHERE account_manager IS NOT NULL")).isEqualTo(5);
    }

    private long crmVersion(long erpAccountId) {
        return fixture.crmCount("SELECT erp_version FROM identity_map WHERE entity = N'ACCOUNT' AND erp_key = N'"
                + erpAccountId + "'");
    }

    private long erpVersion(long accountId) {
        return fixture.erpCount("SELECT row_version FROM account WHERE id = " + accountId);
    }

    private Map<String, String> crmFreeFields(long erpAccountId) {
        return fixture.crmSql().withHandle(handle -> handle.createQuery("SELECT v.name, v.field_value"
                        + " FROM free_field_value v JOIN identity_map m ON m.crm_id = v.account_id"
                        + " WHERE m.entity = N'ACCOUNT' AND m.erp_key = :key")
                .bind("key", Long.toString(erpAccountId))
                .reduceRows(new TreeMap<String, String>(), (values, row) -> {
                    values.put(row.getColumn("name", String.class), row.getColumn("field_value", String.class));
                    return values;
                }));
    }

    private Map<String, String> erpFreeFields(long accountId) {
        return fixture.erpSql().withHandle(handle -> handle.createQuery("SELECT d.name, v.field_value"
                        + " FROM account_free_value v JOIN free_field_definition d ON d.id = v.field_id"
                        + " WHERE v.account_id = :id").bind("id", accountId)
                .reduceRows(new TreeMap<String, String>(), (values, row) -> {
                    values.put(row.getColumn("name", String.class), row.getColumn("field_value", String.class));
                    return values;
                }));
    }
}
