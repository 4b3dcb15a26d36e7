package dev.passerelle.client.link;

import dev.passerelle.client.mapping.EntitySpec;
import dev.passerelle.client.store.CompanyFields;
import dev.passerelle.client.store.LinkRows;
import dev.passerelle.client.store.LinkRows.LinkedAccount;
import dev.passerelle.client.store.RecordRows;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** Copies a primary account's fields and revenue onto its company after a link changes (the ERP is the record's source). */
final class Replication {

    private Replication() {
    }

    static void fromAccount(Handle handle, LocalDateTime now, long accountId) {
        LinkRows rows = handle.attach(LinkRows.class);
        LinkedAccount account = CrmLinks.account(rows, accountId);
        if (!account.linked() || !account.isPrimary()) {
            return;
        }
        Map<String, String> values = RecordRows.load(handle, EntitySpec.ACCOUNT, List.of(accountId)).get(accountId);
        CompanyFields.write(handle, now, account.companyId(), values);
        rows.copyRevenue(accountId, account.companyId());
    }
}
