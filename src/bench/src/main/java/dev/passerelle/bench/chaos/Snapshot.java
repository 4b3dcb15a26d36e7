package dev.passerelle.bench.chaos;

import dev.passerelle.common.db.H2Urls;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * Both sides at one moment, as the comparison reads them: the ERP's accounts, contacts and delivery
 * addresses, the CRM's records of the integration, its identity map, what still waits in its outbox
 * and error queue, and how many runs a later run found interrupted. Immutable once read.
 *
 * @param erp             the ERP's rows by entity and id
 * @param crm             the CRM's rows by entity and id
 * @param identities      the CRM's identity map
 * @param pendingOutbox   one line per outbox entry still PENDING
 * @param errorQueue      one line per error-queue entry
 * @param interruptedRuns runs a later run closed as interrupted (their process was killed)
 */
record Snapshot(Map<Entity, Map<Long, Row>> erp, Map<Entity, Map<Long, Row>> crm, Identities identities,
        List<String> pendingOutbox, List<String> errorQueue, int interruptedRuns) {

    /**
     * Reads an ERP database and a CRM store kept in H2 files. Either may be open in another process
     * meanwhile (H2 serves it to this one), but none may be written.
     *
     * @throws ChaosFailure when a file is missing or cannot be read
     */
    static Snapshot read(Path erpDatabase, Path crmStore) {
        try (Handle erp = open(erpDatabase); Handle crm = open(crmStore)) {
            return read(erp, crm);
        } catch (ChaosFailure failure) {
            throw failure;
        } catch (RuntimeException failure) {
            throw new ChaosFailure("could not read " + erpDatabase + " and " + crmStore + ": " + failure.getMessage(), failure);
        }
    }

    static Snapshot read(Handle erp, Handle crm) {
        Map<Entity, Map<Long, Row>> erpRows = new EnumMap<>(Entity.class);
        Map<Entity, Map<Long, Row>> crmRows = new EnumMap<>(Entity.class);
        for (Entity entity : Entity.values()) {
            erpRows.put(entity, rows(erp.createQuery(entity.erpQuery()), entity));
            crmRows.put(entity, rows(crm.createQuery(entity.crmQuery()).bind("integration", Credentials.INTEGRATION), entity));
        }
        List<String> pending = crm.createQuery("SELECT id, entity, crm_id, operation, batch_id FROM outbox"
                        + " WHERE integration = :integration AND state = N'PENDING' ORDER BY id")
                .bind("integration", Credentials.INTEGRATION)
                .map((row, context) -> "outbox entry " + row.getLong("id") + ": " + row.getString("operation") + " of "
                        + row.getString("entity") + " " + row.getLong("crm_id")
                        + (row.getString("batch_id") == null ? "" : ", in batch " + row.getString("batch_id")))
                .list();
        List<String> errors = crm.createQuery("SELECT outbox_id, entity, crm_id, status, field_errors FROM error_queue"
                        + " WHERE integration = :integration ORDER BY outbox_id")
                .bind("integration", Credentials.INTEGRATION)
                .map((row, context) -> row.getString("entity") + " " + row.getLong("crm_id") + " (outbox entry "
                        + row.getLong("outbox_id") + ") " + row.getString("status") + ": " + row.getString("field_errors"))
                .list();
        int interrupted = crm.createQuery("SELECT COUNT(*) FROM run_log WHERE message LIKE 'interrupted:%'")
                .mapTo(Integer.class).one();
        return new Snapshot(erpRows, crmRows, Identities.read(crm), pending, errors, interrupted);
    }

    Map<Long, Row> rows(Side side, Entity entity) {
        return (side == Side.ERP ? erp : crm).get(entity);
    }

    private static Map<Long, Row> rows(Query query, Entity entity) {
        Map<Long, Row> rows = new LinkedHashMap<>();
        query.map((row, context) -> {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String field : entity.fields()) {
                fields.put(field, row.getString(field));
            }
            long parent = row.getLong("parent");
            return new Row(row.getLong("id"), row.wasNull() ? null : parent, fields);
        }).forEach(row -> rows.put(row.id(), row));
        return rows;
    }

    /** A handle on an existing H2 file; H2 would create an empty database for a missing one. */
    private static Handle open(Path database) {
        if (!Files.isRegularFile(TrialFolder.dataFile(database))) {
            throw new ChaosFailure("no database at " + TrialFolder.dataFile(database));
        }
        return Jdbi.create(H2Urls.file(database) + ";IFEXISTS=TRUE").open();
    }
}
