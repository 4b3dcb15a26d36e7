package dev.passerelle.server.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.passerelle.common.testing.MutableClock;
import dev.passerelle.contract.v1.Change;
import dev.passerelle.contract.v1.ChangeOperation;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.ExpiredTokenFault;
import dev.passerelle.contract.v1.GetChanges;
import dev.passerelle.contract.v1.GetChangesResponse;
import dev.passerelle.contract.v1.GetServiceInfo;
import dev.passerelle.contract.v1.InvalidRequestFault;
import dev.passerelle.contract.v1.PasserellePortType;
import dev.passerelle.server.ErpServer;
import dev.passerelle.server.TestServers;
import dev.passerelle.server.demo.DemoErp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GetChangesTest {

    private final MutableClock clock = MutableClock.systemNow();
    private ErpServer server;
    private PasserellePortType client;

    @BeforeEach
    void start() {
        server = ErpServer.start(TestServers.settings().clock(clock).maxPageSize(100).build());
        DemoErp.generate(server.database(), 120, 5, LocalDate.now(clock));
        client = TestServers.syncClient(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private GetChangesResponse get(EntityType entity, String token, Integer pageSize) throws Exception {
        GetChanges request = new GetChanges();
        request.setEntity(entity);
        request.setToken(token);
        request.setPageSize(pageSize);
        return client.getChanges(request);
    }

    /** Pages until "more" is false; returns the changes and leaves the last token in tokens[0]. */
    private List<Change> drain(EntityType entity, String[] tokens, int pageSize) throws Exception {
        List<Change> changes = new ArrayList<>();
        GetChangesResponse page;
        do {
            page = get(entity, tokens[0], pageSize);
            changes.addAll(page.getChange());
            tokens[0] = page.getNextToken();
        } while (page.isMore());
        return changes;
    }

    private void sql(String statement, Object... arguments) {
        server.database().jdbi().useHandle(handle -> handle.execute(statement, arguments));
    }

    @Test
    void aSnapshotPagesThroughEveryRecordOnceThenTheDeltaIsEmpty() throws Exception {
        String[] token = {null};
        List<Change> snapshot = drain(EntityType.ACCOUNT, token, 50);

        assertThat(snapshot).hasSize(120).allMatch(change -> change.getOperation() == ChangeOperation.INSERT);
        assertThat(snapshot).extracting(Change::getKey).doesNotHaveDuplicates();
        assertThat(snapshot.get(0).getAccount().getAccountCode()).isEqualTo("C0000001");
        assertThat(drain(EntityType.ACCOUNT, token, 50)).isEmpty();
    }

    @Test
    void theChangeHorizonStaysWhileNothingChangesAndMovesWithAnUpdateOrADelete() throws Exception {
        String[] contactToken = {null};
        long contactId = Long.parseLong(drain(EntityType.CONTACT, contactToken, 100).get(0).getKey());
        long first = client.getServiceInfo(new GetServiceInfo()).getChangeHorizon();
        drain(EntityType.ACCOUNT, new String[] {null}, 100);

        assertThat(client.getServiceInfo(new GetServiceInfo()).getChangeHorizon()).isEqualTo(first);
        sql("UPDATE account SET vat_number = 'FR00123456789' WHERE code = 'C0000002'");
        long afterUpdate = client.getServiceInfo(new GetServiceInfo()).getChangeHorizon();
        assertThat(afterUpdate).isGreaterThan(first);
        sql("DELETE FROM contact WHERE id = ?", contactId);
        assertThat(client.getServiceInfo(new GetServiceInfo()).getChangeHorizon()).isGreaterThan(afterUpdate);
    }

    @Test
    void plainSqlUpdatesAndDeletesArriveAfterTheToken() throws Exception {
        String[] accountToken = {null};
        String[] contactToken = {null};
        drain(EntityType.ACCOUNT, accountToken, 100);
        List<Change> contacts = drain(EntityType.CONTACT, contactToken, 100);
        long contactId = Long.parseLong(contacts.get(0).getKey());

        sql("UPDATE account SET vat_number = 'FR00123456789', dormant = 1 WHERE code = 'C0000002'");
        sql("DELETE FROM contact WHERE id = ?", contactId);

        List<Change> accountChanges = drain(EntityType.ACCOUNT, accountToken, 100);
        assertThat(accountChanges).singleElement().satisfies(change -> {
            assertThat(change.getOperation()).isEqualTo(ChangeOperation.UPDATE);
            assertThat(change.getAccount().getVatNumber()).isEqualTo("FR00123456789");
            assertThat(change.getAccount().isDormant()).isTrue();
        });
        assertThat(drain(EntityType.CONTACT, contactToken, 100)).singleElement().satisfies(change -> {
            assertThat(change.getOperation()).isEqualTo(ChangeOperation.DELETE);
            assertThat(change.getKey()).isEqualTo(Long.toString(contactId));
        });
    }

    @Test
    void aRecordCreatedAfterTheTokenArrivesAsAnInsertAndAChangedOneAsAnUpdate() throws Exception {
        String[] token = {null};
        drain(EntityType.REPRESENTATIVE, token, 100);

        sql("INSERT INTO representative (code, last_name) VALUES ('NEW1', 'Nouveau')");
        sql("UPDATE representative SET phone = '+33 1 00 00 00 00' WHERE code = 'REP01'");

        assertThat(drain(EntityType.REPRESENTATIVE, token, 100))
                .extracting(change -> change.getRepresentative().getCode() + " " + change.getOperation())
                .containsExactly("NEW1 INSERT", "REP01 UPDATE");
    }

    @Test
    void aFreeFieldValueChangeGivesTheAccountANewVersion() throws Exception {
        String[] token = {null};
        drain(EntityType.ACCOUNT, token, 100);

        sql("UPDATE account_free_value SET field_value = 'Public' WHERE account_id = (SELECT id FROM account WHERE code = 'C0000001')"
                + " AND field_id = (SELECT id FROM free_field_definition WHERE name = 'SECTOR')");

        assertThat(drain(EntityType.ACCOUNT, token, 100)).singleElement()
                .satisfies(change -> assertThat(change.getAccount().getFreeField())
                        .anySatisfy(field -> assertThat(field.getValue()).isEqualTo("Public")));
    }

    @Test
    void everyAccountCarriesExactlyItsOwnFreeFieldValuesInSnapshotAndDeltaPages() throws Exception {
        String[] token = {null};
        List<Change> snapshot = drain(EntityType.ACCOUNT, token, 50);
        assertThat(snapshot).hasSize(120).allSatisfy(change -> assertThat(freeFields(change))
                .isEqualTo(storedFreeFields(change.getKey())));

        // Three accounts far apart: a delta page whose ids are scattered.
        List<Change> withValues = snapshot.stream().filter(change -> !change.getAccount().getFreeField().isEmpty()).toList();
        assertThat(withValues).hasSizeGreaterThan(60);
        List<String> scattered = List.of(withValues.get(1).getKey(), withValues.get(withValues.size() / 2).getKey(),
                withValues.get(withValues.size() - 2).getKey());
        for (String key : scattered) {
            sql("UPDATE account_free_value SET field_value = 'Scattered' WHERE account_id = ?",
                    dev.passerelle.server.store.Keys.parse(key).orElseThrow());
        }
        List<Change> delta = drain(EntityType.ACCOUNT, token, 50);

        assertThat(delta).extracting(Change::getKey).containsExactlyInAnyOrderElementsOf(scattered);
        assertThat(delta).allSatisfy(change -> assertThat(freeFields(change))
                .isEqualTo(storedFreeFields(change.getKey())).isNotEmpty().allMatch(field -> field.endsWith("=Scattered")));
    }

    private static List<String> freeFields(Change change) {
        return change.getAccount().getFreeField().stream().map(field -> field.getName() + "=" + field.getValue()).toList();
    }

    private List<String> storedFreeFields(String key) {
        return server.database().jdbi().withHandle(handle -> handle.createQuery("SELECT d.name, v.field_value"
                        + " FROM account_free_value v JOIN free_field_definition d ON d.id = v.field_id"
                        + " WHERE v.account_id = :id ORDER BY d.name")
                .bind("id", dev.passerelle.server.store.Keys.parse(key).orElseThrow())
                .map((rows, context) -> rows.getString("name") + "=" + rows.getString("field_value")).list());
    }

    @Test
    void companySettingsCarryTheListsAndChangeWhenAListChanges() throws Exception {
        String[] token = {null};
        List<Change> snapshot = drain(EntityType.COMPANY_SETTINGS, token, 10);
        assertThat(snapshot).singleElement().satisfies(change -> {
            assertThat(change.getCompanySettings().getCurrency()).extracting(value -> value.getCode()).startsWith("EUR");
            assertThat(change.getCompanySettings().getRiskCode()).hasSize(3);
        });

        sql("INSERT INTO setting_value (list_name, code, label, list_position) VALUES ('LANGUAGE', 'IT', N'Italiano', 5)");

        assertThat(drain(EntityType.COMPANY_SETTINGS, token, 10)).singleElement()
                .satisfies(change -> assertThat(change.getCompanySettings().getLanguage()).extracting(value -> value.getCode()).contains("IT"));
    }

    @Test
    void anUncommittedWriteHoldsTheTokenBackUntilItCommits() throws Exception {
        String[] token = {null};
        drain(EntityType.REPRESENTATIVE, token, 100);
        try (Handle writer = server.database().jdbi().open()) {
            writer.begin();
            writer.execute("INSERT INTO representative (code, last_name) VALUES ('LATE', 'Late')");

            assertThat(drain(EntityType.REPRESENTATIVE, token, 100)).isEmpty();

            writer.commit();
        }
        assertThat(drain(EntityType.REPRESENTATIVE, token, 100)).singleElement()
                .satisfies(change -> assertThat(change.getRepresentative().getCode()).isEqualTo("LATE"));
    }

    @Test
    void aTokenOlderThanThePurgedTombstonesIsExpired() throws Exception {
        String[] token = {null};
        drain(EntityType.CONTACT, token, 100);
        sql("DELETE FROM contact WHERE id = (SELECT MIN(id) FROM contact)");
        String beforeDelete = token[0];
        // The tombstone's age is the database's: the endpoint's clock only paces the purge (once a minute).
        // Ageing it stamps it with a new version, read with the delete.
        sql("UPDATE tombstone SET deleted_at = DATEADD(DAY, -31, deleted_at)");
        drain(EntityType.CONTACT, token, 100);
        clock.advance(Duration.ofMinutes(2));

        assertThatThrownBy(() -> get(EntityType.CONTACT, beforeDelete, 10))
                .isInstanceOfSatisfying(ExpiredTokenFault.class,
                        fault -> assertThat(fault.getFaultInfo().getEntity()).isEqualTo(EntityType.CONTACT));
        assertThat(get(EntityType.CONTACT, token[0], 10).getChange()).isEmpty();
    }

    @Test
    void aTokenThatIsNotOursIsExpired() {
        assertThatThrownBy(() -> get(EntityType.ACCOUNT, "bm90LWEtdG9rZW4", 10))
                .isInstanceOfSatisfying(ExpiredTokenFault.class,
                        fault -> assertThat(fault.getFaultInfo().getCorrelationId()).isNotBlank());
    }

    @Test
    void aPageLargerThanTheLimitIsRefused() {
        assertThatThrownBy(() -> get(EntityType.ACCOUNT, null, 101))
                .isInstanceOfSatisfying(InvalidRequestFault.class,
                        fault -> assertThat(fault.getFaultInfo().getFieldError()).extracting(error -> error.getField())
                                .containsExactly("pageSize"));
    }

    @Test
    void everyEntityAnswersASnapshot() throws Exception {
        for (EntityType entity : EntityType.values()) {
            assertThat(drain(entity, new String[] {null}, 100)).as(entity.name()).isNotEmpty();
        }
    }

    @Test
    void tombstonesAreAgedByTheDatabasesClockNotTheEndpoints() throws Exception {
        String[] token = {null};
        drain(EntityType.CONTACT, token, 100);
        sql("DELETE FROM contact WHERE id = (SELECT MIN(id) FROM contact)");
        String beforeDelete = token[0];

        clock.advance(Duration.ofDays(31));

        assertThat(get(EntityType.CONTACT, beforeDelete, 10).getChange()).singleElement()
                .satisfies(change -> assertThat(change.getOperation()).isEqualTo(ChangeOperation.DELETE));
    }

    @Test
    void answersOfBatchesAndReferencesOfInsertsArePurgedPastTheRetention() throws Exception {
        sql("INSERT INTO processed_batch (batch_id, caller, processed_at, answer) VALUES (N'old', N'sync',"
                + " DATEADD(DAY, -31, GETDATE()), N'x'), (N'recent', N'sync', GETDATE(), N'x')");
        sql("INSERT INTO applied_insert (entity, client_ref, record_id, applied_at) VALUES ('CONTACT', N'old', 1,"
                + " DATEADD(DAY, -31, GETDATE())), ('CONTACT', N'recent', 2, GETDATE())");
        clock.advance(Duration.ofMinutes(2));

        get(EntityType.CONTACT, null, 1);

        assertThat(strings("SELECT batch_id FROM processed_batch")).containsExactly("recent");
        assertThat(strings("SELECT client_ref FROM applied_insert")).containsExactly("recent");
    }

    private List<String> strings(String query) {
        return server.database().jdbi().withHandle(handle -> handle.createQuery(query).mapTo(String.class).list());
    }
}
