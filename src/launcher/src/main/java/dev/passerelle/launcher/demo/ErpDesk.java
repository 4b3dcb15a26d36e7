package dev.passerelle.launcher.demo;

import dev.passerelle.server.store.demo.ErpDeskRows;
import dev.passerelle.server.store.demo.ErpDeskRows.ContactName;
import dev.passerelle.server.store.demo.ErpDeskRows.Customer;
import java.util.List;
import java.util.function.ToIntFunction;
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

    /** Active customer accounts with a VAT number, in code order. */
    List<Customer> customers(int skip, int count) {
        return erp.withExtension(ErpDeskRows.class, rows -> rows.customers(skip, count));
    }

    void rename(String code, String name) {
        update(code, rows -> rows.rename(code, name));
    }

    void setWebsite(String code, String website) {
        update(code, rows -> rows.setWebsite(code, website));
    }

    void recode(String code, String newCode) {
        update(code, rows -> rows.recode(code, newCode));
    }

    void setDormant(String code) {
        update(code, rows -> rows.setDormant(code));
    }

    /** Deletes the last contact of an account; answers its name. */
    String deleteLastContact(String code) {
        return erp.inTransaction(handle -> {
            ErpDeskRows rows = handle.attach(ErpDeskRows.class);
            ContactName contact = rows.lastContact(code)
                    .orElseThrow(() -> new IllegalStateException("ERP account " + code + " has no contact"));
            rows.deleteContact(contact.id());
            return contact.firstName() + " " + contact.lastName();
        });
    }

    long count(String table) {
        return erp.withExtension(ErpDeskRows.class, rows -> rows.count(table));
    }

    private void update(String code, ToIntFunction<ErpDeskRows> statement) {
        int changed = erp.withExtension(ErpDeskRows.class, statement::applyAsInt);
        if (changed != 1) {
            throw new IllegalStateException("expected one ERP account " + code + " to change, " + changed + " did");
        }
    }
}
