package dev.passerelle.launcher.demo;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * What an ERP user does at the ERP's own desk: plain SQL on the ERP database, with no help from
 * Passerelle. The endpoint's change tracking must still see every one of these changes.
 */
final class ErpDesk {

    private final Jdbi erp;

    ErpDesk(Jdbi erp) {
        this.erp = erp;
    }

    /** Active customer accounts with a VAT number, as (code, name, vat_number), in code order. */
    List<Map<String, Object>> customers(int skip, int count) {
        return erp.withHandle(handle -> handle.createQuery("SELECT code, name, vat_number, country FROM account"
                        + " WHERE account_type = 'CUSTOMER' AND dormant = 0 AND vat_number IS NOT NULL"
                        + " AND country IN ('FR', 'BE', 'DE', 'NL', 'IT', 'ES')"
                        + " ORDER BY code OFFSET :skip ROWS FETCH NEXT :count ROWS ONLY")
                .bind("skip", skip).bind("count", count).mapToMap().list());
    }

    void rename(String code, String name) {
        update("UPDATE account SET name = :value WHERE code = :code", code, name);
    }

    void setWebsite(String code, String website) {
        update("UPDATE account SET website = :value WHERE code = :code", code, website);
    }

    void recode(String code, String newCode) {
        update("UPDATE account SET code = :value WHERE code = :code", code, newCode);
    }

    void setDormant(String code) {
        update("UPDATE account SET dormant = 1 WHERE code = :code AND dormant = :value", code, 0);
    }

    /** Deletes the last contact of an account; answers its name. */
    String deleteLastContact(String code) {
        return erp.inTransaction(handle -> {
            Map<String, Object> contact = handle.createQuery("SELECT c.id, c.first_name, c.last_name FROM contact c"
                            + " JOIN account a ON a.id = c.account_id WHERE a.code = :code ORDER BY c.id DESC")
                    .bind("code", code).mapToMap().first();
            handle.createUpdate("DELETE FROM contact WHERE id = :id").bind("id", contact.get("id")).execute();
            return contact.get("first_name") + " " + contact.get("last_name");
        });
    }

    long count(String table) {
        return erp.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }

    private void update(String sql, String code, Object value) {
        int changed = erp.withHandle(handle -> handle.createUpdate(sql).bind("code", code).bind("value", value).execute());
        if (changed != 1) {
            throw new IllegalStateException("expected one ERP account " + code + " to change, " + changed + " did");
        }
    }
}
