package dev.passerelle.contracttests.golden;

import dev.passerelle.contract.v1.Account;
import dev.passerelle.contract.v1.ApplyChanges;
import dev.passerelle.contract.v1.ApplyChangesResponse;
import dev.passerelle.contract.v1.ApplyRecord;
import dev.passerelle.contract.v1.ApplyResult;
import dev.passerelle.contract.v1.ApplyStatus;
import dev.passerelle.contract.v1.ChangeOperation;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.FieldError;
import dev.passerelle.contract.v1.FieldErrorCode;

/**
 * The Java side of the golden ApplyChanges exchange: four CRM changes answered APPLIED (insert with
 * an ERP-allocated code), CONFLICT (contact changed in the ERP meanwhile), APPLIED (delete) and
 * REJECTED (a language outside the company's list), in the order sent.
 */
final class ApplyFixtures {

    static final String BATCH_ID = "crm-run-20261123-1015-b0007";

    private ApplyFixtures() {
    }

    static ApplyChanges request() {
        ApplyChanges batch = new ApplyChanges();
        batch.setBatchId(BATCH_ID);

        ApplyRecord insert = record("COMPANY-20931", ChangeOperation.INSERT, EntityType.ACCOUNT, null, null);
        insert.setAccount(Parties.perrinAsSentByTheCrm());
        batch.getRecord().add(insert);

        ApplyRecord contact = record("CONTACT-4410", ChangeOperation.UPDATE, EntityType.CONTACT, "CON-001207", 3L);
        contact.setContact(Parties.claireLemoine(3, "+33 6 71 20 58 14"));
        batch.getRecord().add(contact);

        batch.getRecord().add(record("ADDRESS-882", ChangeOperation.DELETE, EntityType.DELIVERY_ADDRESS, "ADR-000931", 2L));

        ApplyRecord update = record("COMPANY-18842", ChangeOperation.UPDATE, EntityType.ACCOUNT, Parties.VAN_DAMME_KEY, 1L);
        Account vanDamme = Parties.vanDamme();
        vanDamme.setWebsite("https://www.brouwerij-vandamme.be");
        vanDamme.setLanguage("VLS");
        update.setAccount(vanDamme);
        batch.getRecord().add(update);
        return batch;
    }

    static ApplyChangesResponse response() {
        ApplyChangesResponse answer = new ApplyChangesResponse();
        answer.setBatchId(BATCH_ID);
        answer.setReplayed(false);

        ApplyResult inserted = result("COMPANY-20931", ApplyStatus.APPLIED, "ACC-000633", 1L);
        Account stored = Parties.perrinAsSentByTheCrm();
        stored.setKey("ACC-000633");
        stored.setVersion(1L);
        stored.setAccountCode("C0000633");
        stored.setCurrency("EUR");
        stored.setAccountingCategory("FRANCE");
        stored.setPriceCategory("DETAIL");
        stored.setLanguage("FR");
        stored.setCollectiveAccount("4110000");
        inserted.setAccount(stored);
        answer.getResult().add(inserted);

        ApplyResult conflict = result("CONTACT-4410", ApplyStatus.CONFLICT, "CON-001207", 5L);
        conflict.setContact(Parties.claireLemoine(5, "+33 6 71 20 58 99"));
        answer.getResult().add(conflict);

        answer.getResult().add(result("ADDRESS-882", ApplyStatus.APPLIED, "ADR-000931", 3L));

        ApplyResult rejected = result("COMPANY-18842", ApplyStatus.REJECTED, Parties.VAN_DAMME_KEY, 1L);
        FieldError error = new FieldError();
        error.setField("account.language");
        error.setCode(FieldErrorCode.NOT_IN_LIST);
        error.setMessage("The language must be one of the company's languages: FR, NL, EN, DE.");
        error.setRejectedValue("VLS");
        rejected.getFieldError().add(error);
        answer.getResult().add(rejected);
        return answer;
    }

    private static ApplyRecord record(String clientRef, ChangeOperation operation, EntityType entity, String key, Long baseVersion) {
        ApplyRecord record = new ApplyRecord();
        record.setClientRef(clientRef);
        record.setOperation(operation);
        record.setEntity(entity);
        record.setKey(key);
        record.setBaseVersion(baseVersion);
        return record;
    }

    private static ApplyResult result(String clientRef, ApplyStatus status, String key, Long version) {
        ApplyResult result = new ApplyResult();
        result.setClientRef(clientRef);
        result.setStatus(status);
        result.setKey(key);
        result.setVersion(version);
        return result;
    }
}
