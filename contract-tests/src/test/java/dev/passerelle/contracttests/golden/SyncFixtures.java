package dev.passerelle.contracttests.golden;

import static dev.passerelle.contracttests.golden.Values.NOW;

import dev.passerelle.contract.v1.Account;
import dev.passerelle.contract.v1.Change;
import dev.passerelle.contract.v1.ChangeOperation;
import dev.passerelle.contract.v1.EntityInfo;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.GetChanges;
import dev.passerelle.contract.v1.GetChangesResponse;
import dev.passerelle.contract.v1.GetServiceInfo;
import dev.passerelle.contract.v1.GetServiceInfoResponse;
import dev.passerelle.contract.v1.SyncDirection;
import dev.passerelle.contract.v1.WaitForChanges;
import dev.passerelle.contract.v1.WaitForChangesResponse;

/** The Java side of the golden GetServiceInfo, GetChanges and WaitForChanges exchanges. */
final class SyncFixtures {

    static final String ACCOUNT_TOKEN = "djEuQUNDT1VOVC4wMDAwMDAwMDAwMDE4MzQ1";
    static final String NEXT_ACCOUNT_TOKEN = "djEuQUNDT1VOVC4wMDAwMDAwMDAwMDE4MzYx";

    private SyncFixtures() {
    }

    static GetServiceInfo serviceInfoRequest() {
        return new GetServiceInfo();
    }

    static GetServiceInfoResponse serviceInfoResponse() {
        GetServiceInfoResponse info = new GetServiceInfoResponse();
        info.setContractVersion("1.0");
        info.setErpProduct("Passerelle reference ERP 1.0");
        info.setCompanyName("Martin Distribution Alimentaire SAS");
        info.setServerTime(NOW);
        info.setMaxPageSize(1000);
        info.setMaxBatchSize(500);
        info.setTombstoneRetentionHours(720);
        info.setMaintenance(false);
        info.getCallerRole().add("sync");
        info.getSupportedEntity().add(entity(EntityType.COMPANY_SETTINGS, SyncDirection.ERP_TO_CRM));
        info.getSupportedEntity().add(entity(EntityType.REPRESENTATIVE, SyncDirection.ERP_TO_CRM));
        info.getSupportedEntity().add(entity(EntityType.ACCOUNT, SyncDirection.BOTH_WAYS));
        info.getSupportedEntity().add(entity(EntityType.DELIVERY_ADDRESS, SyncDirection.BOTH_WAYS));
        info.getSupportedEntity().add(entity(EntityType.CONTACT, SyncDirection.BOTH_WAYS));
        info.getSupportedEntity().add(entity(EntityType.FREE_FIELD_DEFINITION, SyncDirection.ERP_TO_CRM));
        info.getSupportedEntity().add(entity(EntityType.ACCOUNT_FIGURES, SyncDirection.ERP_TO_CRM));
        info.setChangeHorizon(48_213L);
        info.setMaxWaitSeconds(20);
        return info;
    }

    static WaitForChanges waitRequest() {
        WaitForChanges request = new WaitForChanges();
        request.setKnownHorizon(48_213L);
        request.setWaitSeconds(20);
        return request;
    }

    static WaitForChangesResponse waitResponse() {
        WaitForChangesResponse response = new WaitForChangesResponse();
        response.setChangeHorizon(48_220L);
        return response;
    }

    static GetChanges changesRequest() {
        GetChanges request = new GetChanges();
        request.setEntity(EntityType.ACCOUNT);
        request.setToken(ACCOUNT_TOKEN);
        request.setPageSize(500);
        return request;
    }

    /** A delta page: the French customer's VAT number corrected, the Belgian one created, an old account deleted. */
    static GetChangesResponse changesResponse() {
        GetChangesResponse page = new GetChangesResponse();
        page.setEntity(EntityType.ACCOUNT);
        page.setSnapshot(false);
        page.getChange().add(upsert(ChangeOperation.UPDATE, Parties.lemoine()));
        page.getChange().add(upsert(ChangeOperation.INSERT, Parties.vanDamme()));
        Change delete = new Change();
        delete.setOperation(ChangeOperation.DELETE);
        delete.setKey("ACC-000355");
        delete.setVersion(19);
        page.getChange().add(delete);
        page.setNextToken(NEXT_ACCOUNT_TOKEN);
        page.setMore(false);
        return page;
    }

    private static Change upsert(ChangeOperation operation, Account account) {
        Change change = new Change();
        change.setOperation(operation);
        change.setKey(account.getKey());
        change.setVersion(account.getVersion());
        change.setAccount(account);
        return change;
    }

    private static EntityInfo entity(EntityType type, SyncDirection direction) {
        EntityInfo info = new EntityInfo();
        info.setEntity(type);
        info.setDirection(direction);
        return info;
    }
}
