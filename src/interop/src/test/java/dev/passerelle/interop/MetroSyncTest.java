package dev.passerelle.interop;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.xml.ws.Holder;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.xml.datatype.XMLGregorianCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import passerelle.erp.v1.Account;
import passerelle.erp.v1.AccountType;
import passerelle.erp.v1.ApplyRecord;
import passerelle.erp.v1.ApplyResult;
import passerelle.erp.v1.ApplyStatus;
import passerelle.erp.v1.Change;
import passerelle.erp.v1.ChangeOperation;
import passerelle.erp.v1.EntityInfo;
import passerelle.erp.v1.EntityType;

/**
 * The delta exchange through the default Metro client: wrapper style makes every answer field an out
 * holder, and the values a response echoes (the entity, the batch id) in/out holders.
 */
@ExtendWith(InteropExtension.class)
class MetroSyncTest {

    @Test
    void getServiceInfoAnswersTheContractVersionAndTheLimits(InteropTarget target) throws Exception {
        Holder<String> contractVersion = new Holder<>();
        Holder<Integer> maxPageSize = new Holder<>();
        Holder<List<String>> callerRole = new Holder<>();
        Holder<List<EntityInfo>> supportedEntity = new Holder<>();
        Holder<Long> changeHorizon = new Holder<>();
        Holder<Integer> maxWaitSeconds = new Holder<>();

        target.port().getServiceInfo(contractVersion, new Holder<String>(), new Holder<String>(),
                new Holder<XMLGregorianCalendar>(), maxPageSize, new Holder<Integer>(), new Holder<Integer>(),
                new Holder<Boolean>(), callerRole, supportedEntity, changeHorizon, maxWaitSeconds);

        assertThat(contractVersion.value).isEqualTo("1.0");
        assertThat(maxPageSize.value).isPositive();
        assertThat(callerRole.value).contains("sync");
        assertThat(supportedEntity.value).extracting(EntityInfo::getEntity).contains(EntityType.ACCOUNT);
        assertThat(changeHorizon.value).as("the optional change horizon, read by a Metro client too").isNotNull();
        assertThat(maxWaitSeconds.value).as("the optional longest wait of WaitForChanges").isPositive();
    }

    @Test
    void waitForChangesAnswersTheHorizonItWasGivenOnceTheWaitIsOver(InteropTarget target) throws Exception {
        Holder<Long> changeHorizon = new Holder<>();
        target.port().getServiceInfo(new Holder<String>(), new Holder<String>(), new Holder<String>(),
                new Holder<XMLGregorianCalendar>(), new Holder<Integer>(), new Holder<Integer>(), new Holder<Integer>(),
                new Holder<Boolean>(), new Holder<List<String>>(), new Holder<List<EntityInfo>>(), changeHorizon,
                new Holder<Integer>());

        long began = System.nanoTime();
        long answered = target.port().waitForChanges(changeHorizon.value, 1);

        assertThat(answered).as("nothing changed in the demo ERP meanwhile").isEqualTo(changeHorizon.value);
        assertThat(System.nanoTime() - began).as("held for the second asked").isGreaterThanOrEqualTo(900_000_000L);
    }

    @Test
    void getChangesWithoutTokenAnswersTheFirstSnapshotPageOfAccounts(InteropTarget target) throws Exception {
        Holder<EntityType> entity = new Holder<>(EntityType.ACCOUNT);
        Holder<Boolean> snapshot = new Holder<>();
        Holder<List<Change>> change = new Holder<>();
        Holder<String> nextToken = new Holder<>();
        Holder<Boolean> more = new Holder<>();

        target.port().getChanges(entity, null, 5, snapshot, change, nextToken, more);

        assertThat(entity.value).as("the entity, echoed").isEqualTo(EntityType.ACCOUNT);
        assertThat(snapshot.value).isTrue();
        assertThat(change.value).hasSize(5).allSatisfy(account -> {
            assertThat(account.getKey()).isNotBlank();
            assertThat(account.getAccount().getName()).isNotBlank();
        });
        assertThat(nextToken.value).isNotBlank();
        assertThat(more.value).as("%d demo accounts, pages of 5", InteropExtension.DEMO_ACCOUNTS).isTrue();
    }

    @Test
    void applyChangesInsertsAnAccountAndAnswersItsKey(InteropTarget target) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        ApplyRecord insert = new ApplyRecord();
        insert.setClientRef("metro-" + run);
        insert.setOperation(ChangeOperation.INSERT);
        insert.setEntity(EntityType.ACCOUNT);
        insert.setAccount(newCustomer("MT" + run, "Métro Interop " + run + " SARL"));
        Holder<String> batchId = new Holder<>("metro-batch-" + run);
        Holder<Boolean> replayed = new Holder<>();
        Holder<List<ApplyResult>> result = new Holder<>();

        target.port().applyChanges(batchId, List.of(insert), replayed, result);

        assertThat(batchId.value).as("the batch id, echoed").isEqualTo("metro-batch-" + run);
        assertThat(replayed.value).isFalse();
        assertThat(result.value).singleElement().satisfies(applied -> {
            assertThat(applied.getStatus()).as("field errors: %s", applied.getFieldError()).isEqualTo(ApplyStatus.APPLIED);
            assertThat(applied.getClientRef()).isEqualTo("metro-" + run);
            assertThat(applied.getKey()).isNotBlank();
        });
    }

    private static Account newCustomer(String code, String name) {
        Account account = new Account();
        account.setType(AccountType.CUSTOMER);
        account.setAccountCode(code);
        account.setName(name);
        account.setDormant(false);
        return account;
    }
}
