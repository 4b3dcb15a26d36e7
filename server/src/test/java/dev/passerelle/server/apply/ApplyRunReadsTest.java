package dev.passerelle.server.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.contract.v1.Account;
import dev.passerelle.contract.v1.ApplyRecord;
import dev.passerelle.contract.v1.ApplyResult;
import dev.passerelle.contract.v1.ApplyStatus;
import dev.passerelle.contract.v1.DeliveryAddress;
import dev.passerelle.contract.v1.PasserellePortType;
import dev.passerelle.server.ErpServer;
import dev.passerelle.server.TestServers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ApplyChanges reads the rows of a run of records together (before, and the answers after): every
 * record must still see and answer what reading it alone at its turn would give, also when records
 * of one batch name the same row or write each other's rows.
 */
class ApplyRunReadsTest {

    private static ErpServer server;
    private static PasserellePortType client;

    @BeforeAll
    static void start() {
        server = ErpServer.start(TestServers.settings().maxBatchSize(200).build());
        client = TestServers.syncClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<ApplyResult> send(List<ApplyRecord> records) throws Exception {
        return client.applyChanges(Records.batch(records.toArray(ApplyRecord[]::new))).getResult();
    }

    private static List<ApplyResult> newAccounts(int count) throws Exception {
        List<ApplyRecord> inserts = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            inserts.add(Records.insert(Records.account(Records.uniqueCode())));
        }
        List<ApplyResult> created = send(inserts);
        assertThat(created).extracting(ApplyResult::getStatus).containsOnly(ApplyStatus.APPLIED);
        return created;
    }

    @Test
    void eachRecordOfABatchLongerThanOneRunAnswersItsOwnStoredRecord() throws Exception {
        List<ApplyResult> created = newAccounts(120);
        List<ApplyRecord> updates = new ArrayList<>();
        for (ApplyResult account : created) {
            Account changed = account.getAccount();
            changed.setWebsite("https://" + account.getKey() + ".example.com");
            updates.add(Records.update(account.getKey(), account.getVersion(), changed));
        }

        List<ApplyResult> updated = send(updates);

        assertThat(updated).hasSize(120);
        for (int index = 0; index < updated.size(); index++) {
            ApplyResult result = updated.get(index);
            assertThat(result.getClientRef()).isEqualTo(updates.get(index).getClientRef());
            assertThat(result.getStatus()).isEqualTo(ApplyStatus.APPLIED);
            assertThat(result.getKey()).isEqualTo(created.get(index).getKey());
            assertThat(result.getAccount().getWebsite()).isEqualTo("https://" + result.getKey() + ".example.com");
            assertThat(result.getAccount().getAccountCode()).isEqualTo(created.get(index).getAccount().getAccountCode());
            assertThat(result.getVersion()).isGreaterThan(created.get(index).getVersion());
        }
        assertThat(updated).extracting(ApplyResult::getVersion).doesNotHaveDuplicates();
    }

    @Test
    void aSecondUpdateOfTheSameAccountInOneBatchSeesTheFirstAndConflicts() throws Exception {
        ApplyResult created = newAccounts(1).get(0);
        Account first = created.getAccount();
        first.setName("First edit");
        ApplyRecord firstUpdate = Records.update(created.getKey(), created.getVersion(), first);
        Account second = Records.account(created.getAccount().getAccountCode());
        second.setName("Second edit");
        ApplyRecord secondUpdate = Records.update(created.getKey(), created.getVersion(), second);

        List<ApplyResult> results = send(List.of(firstUpdate, secondUpdate));

        assertThat(results.get(0).getStatus()).isEqualTo(ApplyStatus.APPLIED);
        assertThat(results.get(0).getAccount().getName()).isEqualTo("First edit");
        assertThat(results.get(1).getStatus()).isEqualTo(ApplyStatus.CONFLICT);
        assertThat(results.get(1).getAccount().getName()).isEqualTo("First edit");
        assertThat(results.get(1).getVersion()).isEqualTo(results.get(0).getVersion());
    }

    @Test
    void anAddressAnswersItsRecordAsItWasBeforeALaterMainAddressOfTheBatchTookItsPlace() throws Exception {
        String accountKey = newAccounts(1).get(0).getKey();
        DeliveryAddress depot = Records.address(accountKey, "Dépôt " + Records.unique());
        depot.setMain(true);
        ApplyResult depotCreated = send(List.of(Records.insert(depot))).get(0);
        DeliveryAddress store = Records.address(accountKey, "Magasin " + Records.unique());
        ApplyResult storeCreated = send(List.of(Records.insert(store))).get(0);
        DeliveryAddress depotChanged = depotCreated.getDeliveryAddress();
        depotChanged.setContactName("Paul");
        DeliveryAddress storeMain = storeCreated.getDeliveryAddress();
        storeMain.setMain(true);

        List<ApplyResult> results = send(List.of(
                Records.update(depotCreated.getKey(), depotCreated.getVersion(), depotChanged),
                Records.update(storeCreated.getKey(), storeCreated.getVersion(), storeMain)));

        assertThat(results).extracting(ApplyResult::getStatus).containsExactly(ApplyStatus.APPLIED, ApplyStatus.APPLIED);
        assertThat(results.get(0).getDeliveryAddress().isMain()).isTrue();
        assertThat(results.get(0).getDeliveryAddress().getContactName()).isEqualTo("Paul");
        assertThat(results.get(1).getDeliveryAddress().isMain()).isTrue();
        long depotId = Long.parseLong(depotCreated.getKey());
        long mains = server.database().jdbi().withHandle(handle -> handle
                .select("SELECT COUNT(*) FROM delivery_address WHERE id = ? AND is_main = 1", depotId).mapTo(Long.class).one());
        assertThat(mains).isZero();
    }
}
