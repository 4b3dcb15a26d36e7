package dev.passerelle.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.passerelle.contract.v1.Account;
import dev.passerelle.contract.v1.AccountType;
import dev.passerelle.contract.v1.Address;
import dev.passerelle.contract.v1.ApplyChanges;
import dev.passerelle.contract.v1.ApplyRecord;
import dev.passerelle.contract.v1.ApplyResult;
import dev.passerelle.contract.v1.ApplyStatus;
import dev.passerelle.contract.v1.Change;
import dev.passerelle.contract.v1.ChangeOperation;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.GetChanges;
import dev.passerelle.contract.v1.GetChangesResponse;
import dev.passerelle.contract.v1.PasserellePortType;
import dev.passerelle.server.demo.DemoErp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;

/**
 * The endpoint over SQL Server: migrations, demo data, GetChanges below MIN_ACTIVE_ROWVERSION(),
 * tombstones by triggers, ApplyChanges. Runs under failsafe only with
 * {@code -Dpasserelle.it.mssql.url=jdbc:sqlserver://...} (user and password in the URL) pointing at
 * an empty database it may fill.
 */
class SqlServerEndpointIT {

    private static String url() {
        String url = System.getProperty("passerelle.it.mssql.url", "");
        assumeTrue(!url.isBlank(), "SQL Server tests skipped: no -Dpasserelle.it.mssql.url given");
        return url;
    }

    private static List<Change> drain(PasserellePortType client, EntityType entity, String[] token) throws Exception {
        List<Change> changes = new ArrayList<>();
        GetChangesResponse page;
        do {
            GetChanges request = new GetChanges();
            request.setEntity(entity);
            request.setToken(token[0]);
            request.setPageSize(500);
            page = client.getChanges(request);
            changes.addAll(page.getChange());
            token[0] = page.getNextToken();
        } while (page.isMore());
        return changes;
    }

    @Test
    void theEndpointTracksAndAppliesChangesOnSqlServer() throws Exception {
        try (ErpServer server = ErpServer.start(TestServers.settings().jdbcUrl(url()).build())) {
            if (DemoErp.isEmpty(server.database())) {
                DemoErp.generate(server.database(), 200, 9);
            }
            PasserellePortType client = TestServers.syncClient(server);
            String[] contactToken = {null};
            assertThat(drain(client, EntityType.CONTACT, contactToken)).isNotEmpty();

            String[] accountToken = {null};
            drain(client, EntityType.ACCOUNT, accountToken);
            long contactId;
            try (Handle handle = server.database().jdbi().open()) {
                contactId = handle.createQuery("SELECT MIN(id) FROM contact").mapTo(Long.class).one();
                handle.execute("DELETE FROM contact WHERE id = ?", contactId);
            }
            assertThat(drain(client, EntityType.CONTACT, contactToken))
                    .anySatisfy(change -> {
                        assertThat(change.getOperation()).isEqualTo(ChangeOperation.DELETE);
                        assertThat(change.getKey()).isEqualTo(Long.toString(contactId));
                    });

            Account account = new Account();
            account.setType(AccountType.CUSTOMER);
            account.setAccountCode("<AUTOERP>");
            account.setName("SQL Server " + UUID.randomUUID());
            Address billing = new Address();
            billing.setCity("Paris");
            billing.setCountry("FR");
            account.setBillingAddress(billing);
            ApplyRecord record = new ApplyRecord();
            record.setClientRef(UUID.randomUUID().toString());
            record.setOperation(ChangeOperation.INSERT);
            record.setEntity(EntityType.ACCOUNT);
            record.setAccount(account);
            ApplyChanges batch = new ApplyChanges();
            batch.setBatchId(UUID.randomUUID().toString());
            batch.getRecord().add(record);
            ApplyResult result = client.applyChanges(batch).getResult().get(0);

            assertThat(result.getStatus()).isEqualTo(ApplyStatus.APPLIED);
            assertThat(drain(client, EntityType.ACCOUNT, accountToken)).extracting(Change::getKey).contains(result.getKey());
            assertThat(client.applyChanges(batch).isReplayed()).isTrue();
        }
    }
}
