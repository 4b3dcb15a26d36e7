package dev.passerelle.client.link;

import dev.passerelle.client.mapping.EntitySpec;
import dev.passerelle.client.store.CompanyFields;
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
        Map<String, Object> account = CrmLinks.account(handle, accountId);
        if (account.get("company_id") == null || !Boolean.TRUE.equals(account.get("is_primary"))) {
            return;
        }
        long companyId = ((Number) account.get("company_id")).longValue();
        Map<String, String> values = RecordRows.load(handle, EntitySpec.ACCOUNT, List.of(accountId)).get(accountId);
        CompanyFields.write(handle, now, companyId, values);
        String from = " FROM account WHERE id = :account)";
        handle.createUpdate("UPDATE company SET revenue_year = (SELECT revenue_year" + from
                        + ", revenue_currency = (SELECT revenue_currency" + from
                        + ", revenue_this_year = (SELECT revenue_this_year" + from
                        + ", revenue_last_year = (SELECT revenue_last_year" + from + " WHERE id = :company")
                .bind("account", accountId).bind("company", companyId).execute();
    }
}
