package dev.passerelle.contracttests.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.contract.v1.Account;
import dev.passerelle.contract.v1.ApplyChanges;
import dev.passerelle.contract.v1.ApplyChangesResponse;
import dev.passerelle.contract.v1.ApplyRecord;
import dev.passerelle.contract.v1.ApplyResult;
import dev.passerelle.contract.v1.ApplyStatus;
import dev.passerelle.contract.v1.Change;
import dev.passerelle.contract.v1.ChangeOperation;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.GetChangesResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ApplyChanges: answers in input order, one bad record never blocks the others, replays apply nothing
 * twice, and what it applies comes back once through GetChanges after the token that preceded it.
 */
@ExtendWith(ConformanceExtension.class)
class ApplyConformanceTest {

    @Test
    void replayedBatchAnswersTheStoredAnswerAndAppliesNothingTwice(ConformanceTarget target) {
        Conversation conversation = new Conversation(target);
        String accountKey = conversation.createAccounts(1).get(0);
        String token = conversation.currentToken(EntityType.CONTACT);
        ApplyChanges batch = conversation.batch();
        for (int i = 0; i < 2; i++) {
            ApplyRecord insert = conversation.record(ChangeOperation.INSERT, EntityType.CONTACT, null, null);
            insert.setContact(conversation.newContact(accountKey));
            batch.getRecord().add(insert);
        }

        ApplyChangesResponse first = conversation.apply(batch);
        ApplyChangesResponse replay = conversation.apply(batch);

        assertThat(first.isReplayed()).isFalse();
        assertThat(replay.isReplayed()).isTrue();
        assertThat(replay.getBatchId()).isEqualTo(batch.getBatchId());
        assertThat(first.getResult()).extracting(ApplyResult::getStatus).containsOnly(ApplyStatus.APPLIED);
        assertThat(summary(replay)).isEqualTo(summary(first));
        List<String> created = first.getResult().stream().map(ApplyResult::getKey).toList();
        List<String> delivered = Conversation.changes(conversation.drain(EntityType.CONTACT, token, conversation.pageSize()))
                .stream().filter(change -> change.getContact() != null && accountKey.equals(change.getContact().getAccountKey()))
                .map(Change::getKey).toList();
        assertThat(delivered).as("contacts of %s created since the token", accountKey).containsExactlyInAnyOrderElementsOf(created);
    }

    @Test
    void answersComeInTheOrderTheRecordsWereSent(ConformanceTarget target) {
        Conversation conversation = new Conversation(target);
        String accountKey = conversation.createAccounts(1).get(0);
        ApplyChanges batch = conversation.batch();
        batch.getRecord().add(insertContact(conversation, accountKey, "z-first"));
        batch.getRecord().add(unknownKey(conversation, accountKey, ChangeOperation.UPDATE, "m-second"));
        batch.getRecord().add(insertContact(conversation, accountKey, "a-third"));
        batch.getRecord().add(unknownKey(conversation, accountKey, ChangeOperation.DELETE, "q-fourth"));
        batch.getRecord().add(insertContact(conversation, accountKey, "b-fifth"));

        ApplyChangesResponse answer = conversation.apply(batch);

        assertThat(answer.getResult()).extracting(ApplyResult::getClientRef)
                .containsExactlyElementsOf(batch.getRecord().stream().map(ApplyRecord::getClientRef).toList());
        assertThat(answer.getResult()).extracting(ApplyResult::getStatus).containsExactly(
                ApplyStatus.APPLIED, ApplyStatus.NOT_FOUND, ApplyStatus.APPLIED, ApplyStatus.NOT_FOUND, ApplyStatus.APPLIED);
    }

    @Test
    void recordReferringToAnUnknownAccountIsRejectedAloneWithAFieldError(ConformanceTarget target) {
        Conversation conversation = new Conversation(target);
        String accountKey = conversation.createAccounts(1).get(0);
        ApplyChanges batch = conversation.batch();
        batch.getRecord().add(insertContact(conversation, "ACC-UNKNOWN-" + System.nanoTime(), "orphan"));
        batch.getRecord().add(insertContact(conversation, accountKey, "sound"));

        List<ApplyResult> results = conversation.apply(batch).getResult();

        assertThat(results.get(0).getStatus()).isEqualTo(ApplyStatus.REJECTED);
        assertThat(results.get(0).getFieldError()).isNotEmpty();
        assertThat(results.get(1).getStatus()).isEqualTo(ApplyStatus.APPLIED);
    }

    @Test
    void updateAfterTheFinalSnapshotTokenIsDeliveredOnceAfterIt(ConformanceTarget target) {
        Conversation conversation = new Conversation(target);
        List<String> created = conversation.createAccounts(2);
        String token = conversation.currentToken(EntityType.ACCOUNT);
        String updatedKey = created.get(1);
        Change current = Conversation.changes(conversation.drain(EntityType.ACCOUNT, null, conversation.serviceInfo().getMaxPageSize()))
                .stream().filter(change -> change.getKey().equals(updatedKey)).findFirst().orElseThrow();

        ApplyChanges batch = conversation.batch();
        ApplyRecord update = conversation.record(ChangeOperation.UPDATE, EntityType.ACCOUNT, updatedKey, current.getVersion());
        Account account = current.getAccount();
        account.setWebsite("https://conformance.example/" + updatedKey);
        update.setAccount(account);
        batch.getRecord().add(update);
        assertThat(conversation.apply(batch).getResult().get(0).getStatus()).isEqualTo(ApplyStatus.APPLIED);

        List<GetChangesResponse> delta = conversation.drain(EntityType.ACCOUNT, token, conversation.pageSize());

        assertThat(delta).allSatisfy(page -> assertThat(page.isSnapshot()).isFalse());
        List<Change> ours = Conversation.changes(delta).stream().filter(change -> created.contains(change.getKey())).toList();
        assertThat(ours).singleElement().satisfies(change -> {
            assertThat(change.getKey()).isEqualTo(updatedKey);
            assertThat(change.getOperation()).isEqualTo(ChangeOperation.UPDATE);
            assertThat(change.getVersion()).isGreaterThan(current.getVersion());
            assertThat(change.getAccount().getWebsite()).isEqualTo("https://conformance.example/" + updatedKey);
        });
    }

    @Test
    void insertResentUnderANewBatchIdAnswersDuplicateWithTheFirstKey(ConformanceTarget target) {
        Conversation conversation = new Conversation(target);
        String accountKey = conversation.createAccounts(1).get(0);
        ApplyRecord insert = insertContact(conversation, accountKey, "resent");
        ApplyChanges first = conversation.batch();
        first.getRecord().add(insert);
        ApplyChanges second = conversation.batch();
        second.getRecord().add(insert);

        ApplyResult applied = conversation.apply(first).getResult().get(0);
        ApplyResult duplicate = conversation.apply(second).getResult().get(0);

        assertThat(applied.getStatus()).isEqualTo(ApplyStatus.APPLIED);
        assertThat(duplicate.getStatus()).isEqualTo(ApplyStatus.DUPLICATE);
        assertThat(duplicate.getKey()).isEqualTo(applied.getKey());
        assertThat(duplicate.getVersion()).isEqualTo(applied.getVersion());
    }

    @Test
    void updateBasedOnAStaleVersionAnswersConflictWithTheCurrentRecord(ConformanceTarget target) {
        Conversation conversation = new Conversation(target);
        String accountKey = conversation.createAccounts(1).get(0);
        ApplyChanges create = conversation.batch();
        create.getRecord().add(insertContact(conversation, accountKey, "contested"));
        ApplyResult created = conversation.apply(create).getResult().get(0);
        ApplyChanges moveOn = conversation.batch();
        moveOn.getRecord().add(updateContact(conversation, created, created.getVersion(), "ERP side"));
        ApplyResult movedOn = conversation.apply(moveOn).getResult().get(0);
        assertThat(movedOn.getStatus()).isEqualTo(ApplyStatus.APPLIED);

        ApplyChanges stale = conversation.batch();
        stale.getRecord().add(updateContact(conversation, created, created.getVersion(), "CRM side"));
        ApplyResult conflict = conversation.apply(stale).getResult().get(0);

        assertThat(conflict.getStatus()).isEqualTo(ApplyStatus.CONFLICT);
        assertThat(conflict.getVersion()).isEqualTo(movedOn.getVersion());
        assertThat(conflict.getContact()).as("the ERP's current record").isNotNull();
        assertThat(conflict.getContact().getFunction()).isEqualTo("ERP side");
    }

    private static ApplyRecord updateContact(Conversation conversation, ApplyResult created, long baseVersion, String function) {
        ApplyRecord update = conversation.record(ChangeOperation.UPDATE, EntityType.CONTACT, created.getKey(), baseVersion);
        update.setContact(created.getContact());
        update.getContact().setKey(created.getKey());
        update.getContact().setFunction(function);
        return update;
    }

    private static ApplyRecord insertContact(Conversation conversation, String accountKey, String label) {
        ApplyRecord insert = conversation.record(ChangeOperation.INSERT, EntityType.CONTACT, null, null);
        insert.setClientRef(label + "-" + insert.getClientRef());
        insert.setContact(conversation.newContact(accountKey));
        return insert;
    }

    private static ApplyRecord unknownKey(Conversation conversation, String accountKey, ChangeOperation operation, String label) {
        ApplyRecord record = conversation.record(operation, EntityType.CONTACT, "CON-UNKNOWN-" + System.nanoTime(), 1L);
        record.setClientRef(label + "-" + record.getClientRef());
        if (operation == ChangeOperation.UPDATE) {
            record.setContact(conversation.newContact(accountKey));
        }
        return record;
    }

    private static List<String> summary(ApplyChangesResponse response) {
        return response.getResult().stream()
                .map(result -> result.getClientRef() + " " + result.getStatus() + " " + result.getKey() + " v" + result.getVersion())
                .toList();
    }
}
