package dev.passerelle.bench.chaos;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.edit.CrmEdits;
import java.net.URI;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import org.jdbi.v3.core.Handle;

/**
 * A CRM user's desk over a trial's store: the engine opened in this JVM (it calls no ERP to edit), the
 * integration's records to draw from, and its identity map as it was before the run. Close it before
 * any engine child opens the store. Not thread-safe.
 */
final class CrmDesk implements AutoCloseable {

    /** A company and its primary account, both CRM ids. */
    record Company(long id, long account) {
    }

    private final CrmEngine engine;
    private final Picks<Company> companies;
    private final Picks<Long> contacts;
    private final Picks<Long> addresses;
    private final Identities identities;

    private CrmDesk(CrmEngine engine, Random random) {
        this.engine = engine;
        try (Handle handle = engine.store().jdbi().open()) {
            this.companies = new Picks<>(handle.createQuery("SELECT company_id, id FROM account WHERE integration = :integration"
                            + " AND is_primary = 1 AND erp_deleted = 0 AND company_id IS NOT NULL ORDER BY id")
                    .bind("integration", Credentials.INTEGRATION)
                    .map((row, context) -> new Company(row.getLong("company_id"), row.getLong("id"))).list(), random);
            this.contacts = new Picks<>(linked(handle, "contact"), random);
            this.addresses = new Picks<>(linked(handle, "address"), random);
            this.identities = Identities.read(handle);
        }
    }

    static CrmDesk open(TrialFolder folder, Credentials credentials, URI endpoint, Random random) {
        CrmEngine engine = CrmEngine.open(credentials.engineSettings(folder.crm(), endpoint));
        try {
            return new CrmDesk(engine, random);
        } catch (RuntimeException failure) {
            engine.close();
            throw failure;
        }
    }

    CrmEdits edits() {
        return engine.edits();
    }

    Picks<Company> companies() {
        return companies;
    }

    Picks<Long> contacts() {
        return contacts;
    }

    Picks<Long> addresses() {
        return addresses;
    }

    /** The ERP row id of a CRM record before the run, when it had one. */
    Long erpIdOf(Entity entity, long crmId) {
        return identities.counterpart(entity, Side.CRM, crmId).orElse(null);
    }

    /** Applies {@code edit} to up to {@code count} records never drawn before. */
    static <T> void each(Picks<T> picks, int count, BiConsumer<Integer, T> edit) {
        List<T> taken = picks.take(count);
        for (int index = 0; index < taken.size(); index++) {
            edit.accept(index + 1, taken.get(index));
        }
    }

    @Override
    public void close() {
        engine.close();
    }

    private static List<Long> linked(Handle handle, String table) {
        return handle.createQuery("SELECT id FROM " + table + " WHERE account_id IN (SELECT id FROM account"
                + " WHERE integration = :integration AND erp_deleted = 0) ORDER BY id")
                .bind("integration", Credentials.INTEGRATION).mapTo(Long.class).list();
    }
}
