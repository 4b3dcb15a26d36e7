package dev.passerelle.contracttests.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.contract.v1.Account;
import dev.passerelle.contract.v1.AccountType;
import dev.passerelle.contract.v1.ApplyChanges;
import dev.passerelle.contract.v1.ApplyChangesResponse;
import dev.passerelle.contract.v1.ApplyRecord;
import dev.passerelle.contract.v1.ApplyResult;
import dev.passerelle.contract.v1.ApplyStatus;
import dev.passerelle.contract.v1.Change;
import dev.passerelle.contract.v1.ChangeOperation;
import dev.passerelle.contract.v1.Contact;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.GetChanges;
import dev.passerelle.contract.v1.GetChangesResponse;
import dev.passerelle.contract.v1.GetServiceInfo;
import dev.passerelle.contract.v1.GetServiceInfoResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The multi-call steps conformance tests share, all made through the contract itself (so they work
 * against any endpoint): creating records, draining a change stream page by page, building batches.
 * Not thread-safe; one per test.
 */
final class Conversation {

    /** Stops a runaway stream (an endpoint answering more=true for ever). */
    private static final int MAX_PAGES = 100_000;

    private final SoapCaller caller;
    private final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
    private int sequence;

    Conversation(ConformanceTarget target) {
        this.caller = target.caller();
    }

    SoapCaller caller() {
        return caller;
    }

    GetServiceInfoResponse serviceInfo() {
        return caller.call(new GetServiceInfo()).answer(GetServiceInfoResponse.class);
    }

    /** The page size to walk streams with: small, to make several pages, unless the kit is told otherwise. */
    int pageSize() {
        return Math.min(serviceInfo().getMaxPageSize(), Integer.getInteger("passerelle.conformance.pageSize", 5));
    }

    /** A fresh client reference, unique to this run. */
    String reference(String kind) {
        return kind + "-" + run + "-" + (++sequence);
    }

    /** Creates customer accounts through ApplyChanges and answers their new keys, in order. */
    List<String> createAccounts(int count) {
        ApplyChanges batch = batch();
        for (int i = 0; i < count; i++) {
            ApplyRecord record = record(ChangeOperation.INSERT, EntityType.ACCOUNT, null, null);
            record.setAccount(newAccount());
            batch.getRecord().add(record);
        }
        List<String> keys = new ArrayList<>();
        for (ApplyResult result : apply(batch).getResult()) {
            assertThat(result.getStatus()).as("creating account %s: %s", result.getClientRef(), result.getFieldError())
                    .isEqualTo(ApplyStatus.APPLIED);
            assertThat(result.getKey()).isNotBlank();
            keys.add(result.getKey());
        }
        return keys;
    }

    Account newAccount() {
        Account account = new Account();
        account.setType(AccountType.CUSTOMER);
        // At most 17 upper-case letters and digits: CF, 8 hex digits, a sequence number.
        account.setAccountCode("CF" + run + (++sequence));
        account.setName("Conformité " + run + " " + sequence + " SARL");
        account.setDormant(false);
        return account;
    }

    Contact newContact(String accountKey) {
        Contact contact = new Contact();
        contact.setAccountKey(accountKey);
        contact.setFirstName("Camille");
        contact.setLastName("Conformité " + run + " " + (++sequence));
        return contact;
    }

    ApplyChanges batch() {
        ApplyChanges batch = new ApplyChanges();
        batch.setBatchId(reference("batch"));
        return batch;
    }

    ApplyRecord record(ChangeOperation operation, EntityType entity, String key, Long baseVersion) {
        ApplyRecord record = new ApplyRecord();
        record.setClientRef(reference(operation.name().toLowerCase(Locale.ROOT)));
        record.setOperation(operation);
        record.setEntity(entity);
        record.setKey(key);
        record.setBaseVersion(baseVersion);
        return record;
    }

    ApplyChangesResponse apply(ApplyChanges batch) {
        return caller.call(batch).answer(ApplyChangesResponse.class);
    }

    /** Every page of an entity's stream after a token (a snapshot without one), until more is false. */
    List<GetChangesResponse> drain(EntityType entity, String token, int pageSize) {
        List<GetChangesResponse> pages = new ArrayList<>();
        String next = token;
        for (int page = 0; page < MAX_PAGES; page++) {
            GetChanges request = new GetChanges();
            request.setEntity(entity);
            request.setToken(next);
            request.setPageSize(pageSize);
            GetChangesResponse answer = caller.call(request).answer(GetChangesResponse.class);
            pages.add(answer);
            assertThat(answer.getNextToken()).as("nextToken of page %d", page + 1).isNotBlank();
            next = answer.getNextToken();
            if (!answer.isMore()) {
                return pages;
            }
        }
        throw new AssertionError(entity + " stream still says more after " + MAX_PAGES + " pages");
    }

    /** The token that follows everything the entity holds now (the end of a full snapshot). */
    String currentToken(EntityType entity) {
        List<GetChangesResponse> pages = drain(entity, null, serviceInfo().getMaxPageSize());
        return pages.get(pages.size() - 1).getNextToken();
    }

    /**
     * A customer account to run real-time queries on: the first active customer of the ACCOUNT
     * snapshot, or one created for the purpose when the ERP has none.
     */
    String someCustomer() {
        GetChanges request = new GetChanges();
        request.setEntity(EntityType.ACCOUNT);
        request.setPageSize(serviceInfo().getMaxPageSize());
        GetChangesResponse first = caller.call(request).answer(GetChangesResponse.class);
        return first.getChange().stream()
                .filter(change -> change.getAccount() != null && change.getAccount().getType() == AccountType.CUSTOMER)
                .filter(change -> !change.getAccount().isDormant())
                .map(Change::getKey)
                .findFirst()
                .orElseGet(() -> createAccounts(1).get(0));
    }

    static List<Change> changes(List<GetChangesResponse> pages) {
        return pages.stream().flatMap(page -> page.getChange().stream()).toList();
    }
}
