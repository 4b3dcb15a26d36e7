package dev.passerelle.server.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.passerelle.contract.v1.Account;
import dev.passerelle.contract.v1.ApplyChanges;
import dev.passerelle.contract.v1.ApplyChangesResponse;
import dev.passerelle.contract.v1.ApplyRecord;
import dev.passerelle.contract.v1.ApplyResult;
import dev.passerelle.contract.v1.ApplyStatus;
import dev.passerelle.contract.v1.Change;
import dev.passerelle.contract.v1.ChangeOperation;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.FieldErrorCode;
import dev.passerelle.contract.v1.GetChanges;
import dev.passerelle.contract.v1.InvalidRequestFault;
import dev.passerelle.contract.v1.PasserellePortType;
import dev.passerelle.server.ErpServer;
import dev.passerelle.server.TestServers;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApplyChangesTest {

    private static ErpServer server;
    private static PasserellePortType client;

    @BeforeAll
    static void start() {
        server = ErpServer.start(TestServers.settings().maxBatchSize(5).build());
        client = TestServers.syncClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static ApplyResult one(ApplyRecord record) throws Exception {
        return client.applyChanges(Records.batch(record)).getResult().get(0);
    }

    private static ApplyResult newAccount() throws Exception {
        ApplyResult result = one(Records.insert(Records.account(Records.uniqueCode())));
        assertThat(result.getStatus()).isEqualTo(ApplyStatus.APPLIED);
        return result;
    }

    private static long count(String sql, Object... arguments) {
        return server.database().jdbi().withHandle(handle -> handle.select(sql, arguments).mapTo(Long.class).one());
    }

    @Test
    void anInsertedAccountComesBackWithKeyVersionAndTheCompanyDefaults() throws Exception {
        String code = Records.uniqueCode();

        ApplyResult result = one(Records.insert(Records.account(code)));

        assertThat(result.getStatus()).isEqualTo(ApplyStatus.APPLIED);
        assertThat(result.getKey()).isNotBlank();
        assertThat(result.getVersion()).isPositive();
        Account stored = result.getAccount();
        assertThat(stored.getAccountCode()).isEqualTo(code);
        assertThat(stored.getCurrency()).isEqualTo("EUR");
        assertThat(stored.getAccountingCategory()).isEqualTo("NATIONAL");
        assertThat(stored.getPriceCategory()).isEqualTo("RETAIL");
        assertThat(stored.getLanguage()).isEqualTo("FR");
        assertThat(stored.getRiskCode()).isEqualTo("OK");
    }

    @Test
    void theErpAllocatesTheCodeOfAnAutoErpAccount() throws Exception {
        ApplyResult first = one(Records.insert(Records.account("<AUTOERP>")));
        ApplyResult second = one(Records.insert(Records.account("<AUTOERP>")));

        assertThat(first.getAccount().getAccountCode()).matches("ERP\\d{8}");
        assertThat(second.getAccount().getAccountCode()).matches("ERP\\d{8}").isNotEqualTo(first.getAccount().getAccountCode());
    }

    @Test
    void aNewAccountsBillingAddressAlsoBecomesItsMainDeliveryAddress() throws Exception {
        ApplyResult account = newAccount();

        assertThat(count("SELECT COUNT(*) FROM delivery_address WHERE account_id = ? AND is_main = 1 AND city = 'Lyon'",
                Long.parseLong(account.getKey()))).isEqualTo(1);
    }

    @Test
    void aDeliveryAddressWithoutLabelGetsAUniqueOne() throws Exception {
        String accountKey = newAccount().getKey();

        ApplyResult first = one(Records.insert(Records.address(accountKey, null)));
        ApplyResult second = one(Records.insert(Records.address(accountKey, " ")));

        assertThat(first.getDeliveryAddress().getLabel()).isEqualTo("Adresse 1");
        assertThat(second.getDeliveryAddress().getLabel()).isEqualTo("Adresse 2");
    }

    @Test
    void anUpdateBasedOnTheCurrentVersionIsAppliedWithANewVersion() throws Exception {
        ApplyResult created = newAccount();
        Account changed = created.getAccount();
        changed.setName("Renamed");

        ApplyResult updated = one(Records.update(created.getKey(), created.getVersion(), changed));

        assertThat(updated.getStatus()).isEqualTo(ApplyStatus.APPLIED);
        assertThat(updated.getVersion()).isGreaterThan(created.getVersion());
        assertThat(updated.getAccount().getName()).isEqualTo("Renamed");
    }

    @Test
    void anUpdateBasedOnAnOlderVersionAnswersConflictWithTheCurrentRecord() throws Exception {
        ApplyResult created = newAccount();
        server.database().jdbi().useHandle(handle ->
                handle.execute("UPDATE account SET name = 'Changed in the ERP' WHERE id = ?", Long.parseLong(created.getKey())));
        Account stale = created.getAccount();
        stale.setName("Changed in the CRM");

        ApplyResult result = one(Records.update(created.getKey(), created.getVersion(), stale));

        assertThat(result.getStatus()).isEqualTo(ApplyStatus.CONFLICT);
        assertThat(result.getAccount().getName()).isEqualTo("Changed in the ERP");
        assertThat(result.getVersion()).isGreaterThan(created.getVersion());
    }

    @Test
    void erpToCrmOnlyFieldsAreNotWrittenByAnUpdate() throws Exception {
        ApplyResult created = newAccount();
        Account changed = created.getAccount();
        changed.setPaymentTerms("CASH");
        changed.setRiskCode("STOP");
        changed.setCollectiveAccount("999");

        Account stored = one(Records.update(created.getKey(), created.getVersion(), changed)).getAccount();

        assertThat(stored.getPaymentTerms()).isEqualTo("30N");
        assertThat(stored.getRiskCode()).isEqualTo("OK");
        assertThat(stored.getCollectiveAccount()).isEqualTo("411000");
    }

    @Test
    void unknownKeysAnswerNotFound() throws Exception {
        assertThat(one(Records.update("987654", 1L, Records.contact("1"))).getStatus()).isEqualTo(ApplyStatus.NOT_FOUND);
        assertThat(one(Records.delete(EntityType.CONTACT, "987654", null)).getStatus()).isEqualTo(ApplyStatus.NOT_FOUND);
        assertThat(one(Records.delete(EntityType.CONTACT, "not-a-key", null)).getStatus()).isEqualTo(ApplyStatus.NOT_FOUND);
    }

    @Test
    void aDeletedContactIsGoneAndReportedByGetChanges() throws Exception {
        ApplyResult contact = one(Records.insert(Records.contact(newAccount().getKey())));
        GetChanges snapshot = new GetChanges();
        snapshot.setEntity(EntityType.CONTACT);
        String token = client.getChanges(snapshot).getNextToken();

        ApplyResult deleted = one(Records.delete(EntityType.CONTACT, contact.getKey(), contact.getVersion()));

        assertThat(deleted.getStatus()).isEqualTo(ApplyStatus.APPLIED);
        assertThat(deleted.getVersion()).isGreaterThan(contact.getVersion());
        GetChanges delta = new GetChanges();
        delta.setEntity(EntityType.CONTACT);
        delta.setToken(token);
        List<Change> changes = client.getChanges(delta).getChange();
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.getOperation()).isEqualTo(ChangeOperation.DELETE);
            assertThat(change.getKey()).isEqualTo(contact.getKey());
        });
    }

    @Test
    void deletingAnAccountIsRefusedAndSetsItDormant() throws Exception {
        ApplyResult account = newAccount();

        ApplyResult result = one(Records.delete(EntityType.ACCOUNT, account.getKey(), null));

        assertThat(result.getStatus()).isEqualTo(ApplyStatus.REJECTED);
        assertThat(result.getFieldError()).extracting(error -> error.getCode()).containsExactly(FieldErrorCode.NOT_ALLOWED);
        assertThat(result.getAccount().isDormant()).isTrue();
        assertThat(count("SELECT COUNT(*) FROM account WHERE id = ? AND dormant = 1", Long.parseLong(account.getKey()))).isEqualTo(1);
    }

    @Test
    void answersComeInInputOrderAndOneBadRecordBlocksNoOther() throws Exception {
        ApplyRecord good = Records.insert(Records.account(Records.uniqueCode()));
        ApplyRecord bad = Records.insert(Records.account("lower"));
        ApplyRecord alsoGood = Records.insert(Records.account(Records.uniqueCode()));

        List<ApplyResult> results = client.applyChanges(Records.batch(good, bad, alsoGood)).getResult();

        assertThat(results).extracting(ApplyResult::getClientRef)
                .containsExactly(good.getClientRef(), bad.getClientRef(), alsoGood.getClientRef());
        assertThat(results).extracting(ApplyResult::getStatus)
                .containsExactly(ApplyStatus.APPLIED, ApplyStatus.REJECTED, ApplyStatus.APPLIED);
    }

    @Test
    void replayingABatchIdReturnsTheStoredAnswerAndAppliesNothingTwice() throws Exception {
        String code = Records.uniqueCode();
        ApplyChanges batch = Records.batch(Records.insert(Records.account(code)));

        ApplyChangesResponse first = client.applyChanges(batch);
        ApplyChangesResponse replay = client.applyChanges(batch);

        assertThat(first.isReplayed()).isFalse();
        assertThat(replay.isReplayed()).isTrue();
        assertThat(replay.getResult()).singleElement().satisfies(result -> {
            assertThat(result.getStatus()).isEqualTo(ApplyStatus.APPLIED);
            assertThat(result.getKey()).isEqualTo(first.getResult().get(0).getKey());
        });
        assertThat(count("SELECT COUNT(*) FROM account WHERE code = ?", code)).isEqualTo(1);
    }

    @Test
    void anInsertWhoseClientReferenceWasAppliedBeforeAnswersDuplicate() throws Exception {
        ApplyRecord insert = Records.insert(Records.account(Records.uniqueCode()));
        String key = client.applyChanges(Records.batch(insert)).getResult().get(0).getKey();

        ApplyResult again = client.applyChanges(Records.batch(insert)).getResult().get(0);

        assertThat(again.getStatus()).isEqualTo(ApplyStatus.DUPLICATE);
        assertThat(again.getKey()).isEqualTo(key);
    }

    @Test
    void aBatchOverTheSizeLimitIsRefusedWhole() {
        ApplyRecord[] records = new ApplyRecord[6];
        for (int index = 0; index < records.length; index++) {
            records[index] = Records.insert(Records.account(Records.uniqueCode()));
        }

        assertThatThrownBy(() -> client.applyChanges(Records.batch(records)))
                .isInstanceOfSatisfying(InvalidRequestFault.class, fault -> assertThat(fault.getFaultInfo().getFieldError())
                        .extracting(error -> error.getCode()).containsExactly(FieldErrorCode.OUT_OF_RANGE));
        assertThat(count("SELECT COUNT(*) FROM account WHERE code = ?", records[0].getAccount().getAccountCode())).isZero();
    }

    @Test
    void clientReferencesRepeatedInABatchAreRefused() {
        ApplyRecord first = Records.insert(Records.account(Records.uniqueCode()));
        ApplyRecord second = Records.insert(Records.account(Records.uniqueCode()));
        second.setClientRef(first.getClientRef());

        assertThatThrownBy(() -> client.applyChanges(Records.batch(first, second))).isInstanceOf(InvalidRequestFault.class);
    }
}
